import { describe, expect, it } from 'vitest';
import {
  type DailyIndexEntry,
  EdgarMalformedError,
  EdgarNotFoundError,
  EdgarRateLimitedError,
  EdgarUnavailableError,
} from '../../../functions/core/ports/edgar';
import { readDailyIndex, uniqueAccessions } from '../../../functions/use-cases/read-daily-index';
import { FakeEdgar } from './fakes';

function failingWith(error: Error): FakeEdgar {
  const edgar = new FakeEdgar();
  edgar.index = async () => {
    throw error;
  };
  return edgar;
}

const entry = (accession: string, company: string): DailyIndexEntry => ({
  formType: '8-K',
  company,
  cik: '0000000001',
  dateFiled: '2026-01-12',
  accession,
});

describe('readDailyIndex', () => {
  it('gives the entries, or null when EDGAR has no index for the day', async () => {
    const edgar = new FakeEdgar();
    edgar.index = async (date) => (date === '2026-01-12' ? [entry('0000000001-26-000001', 'A')] : null);
    expect(await readDailyIndex(edgar, '2026-01-12')).toEqual({
      kind: 'read',
      entries: [entry('0000000001-26-000001', 'A')],
    });
    expect(await readDailyIndex(edgar, '2026-01-10')).toEqual({ kind: 'read', entries: null });
  });

  it('sorts the port errors: a rate limit stops the run, an outage or a malformed index fails the day', async () => {
    const limited = new EdgarRateLimitedError(60_000, 'http://x');
    expect(await readDailyIndex(failingWith(limited), '2026-01-12')).toEqual({
      kind: 'rate_limited',
      error: limited,
    });
    const down = new EdgarUnavailableError('http://x', 'HTTP 503');
    expect(await readDailyIndex(failingWith(down), '2026-01-12')).toEqual({ kind: 'failed', error: down });
    const malformed = new EdgarMalformedError('daily index', 'no header');
    expect(await readDailyIndex(failingWith(malformed), '2026-01-12')).toEqual({
      kind: 'failed',
      error: malformed,
    });
  });

  it('throws any other error', async () => {
    await expect(
      readDailyIndex(failingWith(new EdgarNotFoundError('http://x')), '2026-01-12'),
    ).rejects.toThrow(EdgarNotFoundError);
  });
});

describe('uniqueAccessions', () => {
  it('keeps the first entry of each accession, in order', () => {
    const entries = [entry('1-26-1', 'Filer'), entry('2-26-2', 'B'), entry('1-26-1', 'Subject')];
    expect(uniqueAccessions(entries)).toEqual([entry('1-26-1', 'Filer'), entry('2-26-2', 'B')]);
  });
});
