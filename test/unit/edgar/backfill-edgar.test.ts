import { describe, expect, it } from 'vitest';
import { EdgarRateLimitedError } from '../../../functions/core/ports/edgar';
import { silentLogger } from '../../../functions/core/ports/log';
import { parseFormIndex } from '../../../functions/sources/edgar/daily-index';
import { parseFullTextSearch } from '../../../functions/sources/edgar/full-text-search';
import { backfillEdgar } from '../../../functions/use-cases/backfill-edgar';
import { RecordingQueue } from '../../support/recording-queue';
import { FakeEdgar, MemoryFilings } from './fakes';
import { fixtureText } from './fixtures';

function setup() {
  const edgar = new FakeEdgar();
  return {
    edgar,
    filings: new MemoryFilings(),
    queue: new RecordingQueue(),
    clock: () => new Date('2026-01-12T12:00:00Z'),
    log: silentLogger,
  };
}

describe('backfillEdgar', () => {
  it('reads each daily index of the range and queues each relevant filing once, even when run twice', async () => {
    const deps = setup();
    const index = parseFormIndex(fixtureText('index/form.20200318.idx'));
    deps.edgar.index = async (date) => (date === '2020-03-18' ? index : null);
    const report = await backfillEdgar(deps, {
      from: '2020-03-16',
      to: '2020-03-18',
      forms: ['8-K', '8-K/A'],
    });
    const expected = new Set(
      index.filter((e) => e.formType === '8-K' || e.formType === '8-K/A').map((e) => e.accession),
    );
    expect(report).toMatchObject({
      mode: 'daily-index',
      dates: 3,
      missingIndexes: ['2020-03-16', '2020-03-17'],
      queued: expected.size,
    });
    expect(new Set(deps.queue.jobs.map((j) => j.accession))).toEqual(expected);
    // A second run: the filings are recorded (state queued, so they are sent again for safety) but not duplicated in the store.
    for (const job of deps.queue.jobs) await deps.filings.setState(job.accession, 'done');
    const again = await backfillEdgar(deps, {
      from: '2020-03-18',
      to: '2020-03-18',
      forms: ['8-K', '8-K/A'],
    });
    expect(again).toMatchObject({ queued: 0, alreadyRecorded: expected.size });
  });

  it('finds candidates by phrase with full-text search, paging by offset', async () => {
    const deps = setup();
    const page = parseFullTextSearch(fixtureText('efts/search-index-8-K.json'));
    deps.edgar.search = async (q) => (q.offset ? { total: page.total, hits: [] } : page);
    const report = await backfillEdgar(deps, {
      from: '2021-01-01',
      to: '2024-12-31',
      forms: ['8-K'],
      query: 'order form',
    });
    expect(report.mode).toBe('full-text-search');
    expect(report.queued).toBe(page.hits.filter((h) => h.formType === '8-K').length);
    expect(deps.edgar.calls).toEqual(['search:0', `search:${page.hits.length}`]);
    expect(deps.filings.items.get('0001104659-21-077166')).toMatchObject({
      company: 'Maquia Capital Acquisition Corp',
      cik: '0001844419',
      filedDate: '2021-06-04',
      acceptedAt: '2021-06-04T04:00:00.000Z',
    });
  });

  it('stops on a rate limit and says where to resume', async () => {
    const deps = setup();
    deps.edgar.index = async (date) => {
      if (date === '2020-03-17') throw new EdgarRateLimitedError(600_000, 'http://x');
      return [];
    };
    const report = await backfillEdgar(deps, { from: '2020-03-16', to: '2020-03-20', forms: ['8-K'] });
    expect(report).toMatchObject({ rateLimited: true, resumeFrom: '2020-03-17' });
    expect(deps.edgar.calls).toEqual(['index:2020-03-16', 'index:2020-03-17']);
  });

  it('rejects a reversed or malformed range', async () => {
    await expect(backfillEdgar(setup(), { from: '2020-03-18', to: '2020-03-01', forms: [] })).rejects.toThrow(
      RangeError,
    );
    await expect(backfillEdgar(setup(), { from: 'yesterday', to: '2020-03-01', forms: [] })).rejects.toThrow(
      RangeError,
    );
  });
});
