import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import {
  EdgarMalformedError,
  EdgarRateLimitedError,
  EdgarTooLargeError,
  EdgarUnavailableError,
} from '../../../functions/core/ports/edgar';
import { silentLogger } from '../../../functions/core/ports/log';
import type { FilingJob, SourcedMention } from '../../../functions/core/types';
import { documentText, submissionReader } from '../../../functions/sources/edgar/documents';
import { parseSubmission } from '../../../functions/sources/edgar/submission';
import { filingRecordFor } from '../../../functions/use-cases/poll-edgar';
import {
  FilingBusyError,
  FilingRetryableError,
  processFiling,
} from '../../../functions/use-cases/process-filing';
import { FakeEdgar, MemoryFilings } from './fakes';
import { fixtureText } from './fixtures';

const NOW = new Date('2025-09-30T20:16:00Z');

async function setup(accession: string, cik: string, company: string, formType: string) {
  const edgar = new FakeEdgar();
  edgar.sub = async (ref) => parseSubmission(fixtureText(`submissions/${ref.accession}.txt`));
  const filings = new MemoryFilings();
  const recorded: SourcedMention[][] = [];
  const deps = {
    edgar,
    filings,
    extract: extractMentions,
    documents: submissionReader,
    recordMentions: vi.fn(async (m: SourcedMention[]) => {
      recorded.push(m);
      return { dealIds: m.map((x) => `${x.buyer.id}--${x.provider.id}`) };
    }),
    clock: () => NOW,
    log: silentLogger,
  };
  const job: FilingJob = { accession, cik, company, formType };
  await filings.putIfNew(
    filingRecordFor(
      { ...job, items: [], acceptedAt: '2025-09-30T20:15:30.000Z', filedDate: '2025-09-30' },
      edgar,
      NOW,
    ),
  );
  return { deps, job, recorded, filings, edgar };
}

/** The compute-contract 8-K fixture (CoreWeave's order form with Meta) most tests run on. */
const setupCoreWeave8k = () => setup('9999999999-25-000901', '0001769628', 'CoreWeave, Inc.', '8-K');

describe('processFiling', () => {
  it("extracts the compute contract from CoreWeave's 8-K and its EX-99.1, with full source references", async () => {
    const { deps, job, recorded, filings } = await setupCoreWeave8k();
    const result = await processFiling(deps, job);
    expect(result.status).toBe('done');
    expect(result.mentions).toBeGreaterThanOrEqual(2);
    const mentions = recorded.flat();
    const primary = mentions.find((m) => m.source.documentType === '8-K');
    expect(primary).toMatchObject({
      buyer: { name: 'Meta Platforms, Inc.' },
      provider: { name: 'CoreWeave, Inc.' },
      valueUsd: 14_200_000_000,
      source: {
        kind: 'filing',
        id: '9999999999-25-000901/8-K',
        url: 'https://www.sec.gov/Archives/edgar/data/1769628/999999999925000901/9999999999-25-000901-index.htm',
        formType: '8-K',
        documentType: '8-K',
        publishedAt: '2025-09-30T20:15:30.000Z',
      },
    });
    expect(mentions.some((m) => m.source.id === '9999999999-25-000901/EX-99.1')).toBe(true);
    // The GRAPHIC and the XBRL schema are never read.
    expect(mentions.every((m) => ['8-K', 'EX-99.1'].includes(m.source.documentType ?? ''))).toBe(true);
    expect(await filings.get(job.accession)).toMatchObject({ state: 'done', mentionCount: result.mentions });
  });

  it('is idempotent on redelivery: the second delivery is a duplicate and records nothing', async () => {
    const { deps, job, edgar } = await setup('9999999999-25-000901', '0001769628', 'CoreWeave, Inc.', '8-K');
    const first = await processFiling(deps, job);
    const second = await processFiling(deps, job);
    expect(second).toEqual({ status: 'duplicate', mentions: first.mentions });
    expect(deps.recordMentions).toHaveBeenCalledTimes(1);
    expect(edgar.calls.filter((c) => c.startsWith('submission:'))).toHaveLength(1);
  });

  it("finds a 6-K's disclosure in its exhibit (Nebius / Microsoft)", async () => {
    const { deps, job, recorded } = await setup(
      '9999999999-25-000902',
      '0001513845',
      'Nebius Group N.V.',
      '6-K',
    );
    expect((await processFiling(deps, job)).status).toBe('done');
    expect(recorded.flat()).toEqual([
      expect.objectContaining({
        valueUsd: 17_400_000_000,
        provider: expect.objectContaining({ name: 'Nebius Group N.V.' }),
        source: expect.objectContaining({ id: '9999999999-25-000902/EX-99.1', formType: '6-K' }),
      }),
    ]);
  });

  it('reads an 8-K/A and its EX-10.1 contract', async () => {
    const { deps, job, recorded } = await setup(
      '9999999999-25-000903',
      '0001769628',
      'CoreWeave, Inc.',
      '8-K/A',
    );
    await processFiling(deps, job);
    expect(recorded.flat().map((m) => [m.source.id, m.source.publishedAt])).toEqual([
      ['9999999999-25-000903/EX-10.1', '2025-11-03T13:01:02.000Z'],
    ]);
  });

  it('marks a filing done with no mentions when there is nothing to find', async () => {
    const { deps, job, filings } = await setup(
      '0001628280-25-058337',
      '0001326801',
      'Meta Platforms, Inc.',
      '8-K',
    );
    expect(await processFiling(deps, job)).toEqual({ status: 'done', mentions: 0 });
    expect(deps.recordMentions).not.toHaveBeenCalled();
    expect((await filings.get(job.accession))?.state).toBe('done');
  });

  it('processes a large submission document by document, leaving out one over the per-document bound', async () => {
    const base = fixtureText('submissions/9999999999-25-000901.txt');
    const huge = `<DOCUMENT>\n<TYPE>EX-99.2\n<SEQUENCE>5\n<FILENAME>big.htm\n<TEXT>\n<p>${'rack '.repeat(2_000_000)}</p>\n</TEXT>\n</DOCUMENT>\n`;
    const big = parseSubmission(base.replace('</SEC-DOCUMENT>', `${huge}</SEC-DOCUMENT>`));
    const readTypes = async (maxDocumentChars: number) => {
      const { deps, job, edgar } = await setupCoreWeave8k();
      edgar.sub = async () => big;
      const seen: string[] = [];
      const extract = (input: Parameters<typeof extractMentions>[0]) => {
        seen.push(input.documentType ?? '');
        return input.text.length < 100_000 ? extractMentions(input) : [];
      };
      expect((await processFiling({ ...deps, extract, maxDocumentChars }, job)).status).toBe('done');
      return seen;
    };
    expect(await readTypes(5_000_000)).toEqual(['8-K', 'EX-99.1']);
    // Control: under a larger bound the same document is read, so the bound is what left it out.
    expect(await readTypes(50_000_000)).toEqual(['8-K', 'EX-99.1', 'EX-99.2']);
    // Reading 10 MB of markup twice: slow on a loaded machine, and not what this test measures.
  }, 60_000);

  it('refuses an absurd size with a recorded reason', async () => {
    const { deps, job, filings, edgar } = await setupCoreWeave8k();
    edgar.sub = async () => {
      throw new EdgarTooLargeError('http://x', 64 * 1024 * 1024);
    };
    expect(await processFiling(deps, job)).toEqual({ status: 'skipped', mentions: 0 });
    expect(await filings.get(job.accession)).toMatchObject({
      state: 'skipped',
      reason: expect.stringMatching(/bound/),
    });
    expect((await processFiling(deps, job)).status).toBe('duplicate');
  });

  it('records a malformed submission as skipped', async () => {
    const { deps, job, filings, edgar } = await setupCoreWeave8k();
    edgar.sub = async () => {
      throw new EdgarMalformedError('submission', 'no <SEC-HEADER>');
    };
    expect((await processFiling(deps, job)).status).toBe('skipped');
    expect((await filings.get(job.accession))?.reason).toMatch(/SEC-HEADER/);
  });

  it('raises a retryable error on a transient failure, and a redelivery then succeeds', async () => {
    const { deps, job, filings, edgar } = await setupCoreWeave8k();
    const real = edgar.sub;
    edgar.sub = async () => {
      throw new EdgarUnavailableError('http://x', 'HTTP 503');
    };
    await expect(processFiling(deps, job)).rejects.toBeInstanceOf(FilingRetryableError);
    expect(await filings.get(job.accession)).toMatchObject({
      state: 'failed',
      reason: expect.stringMatching(/503/),
    });
    edgar.sub = async () => {
      throw new EdgarRateLimitedError(660_000, 'http://x');
    };
    await expect(processFiling(deps, job)).rejects.toMatchObject({ retryAfterMs: 660_000 });
    edgar.sub = real;
    expect((await processFiling(deps, job)).status).toBe('done');
  });

  it('marks failed and retries when recording the mentions fails', async () => {
    const { deps, job, filings } = await setupCoreWeave8k();
    deps.recordMentions.mockRejectedValueOnce(new Error('conditional check failed'));
    await expect(processFiling(deps, job)).rejects.toBeInstanceOf(FilingRetryableError);
    expect((await filings.get(job.accession))?.state).toBe('failed');
    expect((await processFiling(deps, job)).status).toBe('done');
  });

  it('leaves a filing another worker is processing right now', async () => {
    const { deps, job, filings } = await setupCoreWeave8k();
    await filings.setState(job.accession, 'processing');
    await expect(processFiling({ ...deps, clock: () => new Date() }, job)).rejects.toBeInstanceOf(
      FilingBusyError,
    );
    // A claim older than the stale bound belongs to a dead worker: taken over.
    const later = () => new Date(Date.now() + 20 * 60_000);
    expect((await processFiling({ ...deps, clock: later }, job)).status).toBe('done');
  });

  it('records a job it has never seen (sent by hand) before processing it', async () => {
    const { deps, filings } = await setup('9999999999-25-000901', '0001769628', 'CoreWeave, Inc.', '8-K');
    const job = {
      accession: '9999999999-25-000902',
      cik: '0001513845',
      company: 'Nebius Group N.V.',
      formType: '6-K',
    };
    expect((await processFiling(deps, job)).status).toBe('done');
    expect((await filings.get(job.accession))?.state).toBe('done');
  });
});

describe('documentText', () => {
  it('converts HTML, keeps plain text, drops binaries and XBRL', () => {
    expect(documentText('<html><body><p>A &amp; B</p></body></html>')).toBe('A & B');
    expect(documentText('plain words')).toBe('plain words');
    expect(documentText('begin 644 logo.jpg\nM_]C_X')).toBeNull();
    expect(documentText('<XBRL>\n<xs:schema/>')).toBeNull();
    // Inline XBRL: the primary document of a modern 8-K, wrapped in <XBRL> by the full submission.
    const ixbrl =
      '<XBRL>\n<?xml version="1.0"?>\n<html><body><p>Order form with Meta</p></body></html>\n</XBRL>';
    expect(documentText(ixbrl)).toBe('Order form with Meta');
  });
});

describe('processFiling on inline XBRL primary documents', () => {
  it('reads the prose of a real iXBRL 8-K (Meta, Item 5.02) instead of skipping it', () => {
    const submission = parseSubmission(fixtureText('submissions/0001628280-25-058337.txt'));
    const primary = submission.documents.find((d) => d.type === '8-K');
    expect(primary?.body.trimStart().startsWith('<XBRL>')).toBe(true);
    const text = documentText(primary?.body ?? '');
    expect(text).toMatch(/Item 5\.02/);
    expect(text).not.toMatch(/<\/?(XBRL|html|ix:)/i);
  });

  it('finds a deal stated only in the iXBRL primary document of an 8-K/A', async () => {
    const { deps, job, recorded } = await setup(
      '9999999999-24-000121',
      '0001839341',
      'Core Scientific, Inc.',
      '8-K/A',
    );
    const corpusDoc = new URL(
      '../../corpus/docs/f-core-scientific-coreweave-8ka-2024-06.txt',
      import.meta.url,
    );
    deps.edgar.sub = async () => parseSubmission(readFileSync(corpusDoc, 'utf8'));
    const result = await processFiling(deps, job);
    expect(result.mentions).toBe(1);
    expect(recorded.flat()[0]).toMatchObject({
      buyer: { id: 'coreweave' },
      provider: { id: 'core-scientific' },
      valueUsd: 3.5e9,
      source: { documentType: '8-K/A' },
    });
  });
});
