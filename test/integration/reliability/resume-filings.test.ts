import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { silentLogger } from '../../../functions/core/ports/log';
import type { FilingJob, FilingRecord } from '../../../functions/core/types';
import { createFilingWorkerHandler } from '../../../functions/handlers/filing-worker';
import { InProcessQueue } from '../../../functions/local/in-process-queue';
import { submissionReader } from '../../../functions/sources/edgar/documents';
import { parseSubmission } from '../../../functions/sources/edgar/submission';
import { filingRecordFor } from '../../../functions/use-cases/poll-edgar';
import { processFiling } from '../../../functions/use-cases/process-filing';
import { recordMentions } from '../../../functions/use-cases/record-mentions';
import { resumeUnfinishedFilings } from '../../../functions/use-cases/resume-filings';
import { createTestStore } from '../../support/dynamo';
import { FakeEdgar } from '../../unit/edgar/fakes';
import { fixtureText } from '../../unit/edgar/fixtures';

const COREWEAVE: FilingJob = {
  accession: '9999999999-25-000901',
  cik: '0001769628',
  company: 'CoreWeave, Inc.',
  formType: '8-K',
};

function record(edgar: FakeEdgar, accession: string): FilingRecord {
  return filingRecordFor(
    { ...COREWEAVE, accession, items: [], acceptedAt: '2025-09-30T20:15:30.000Z', filedDate: '2025-09-30' },
    edgar,
    new Date(),
  );
}

async function setup() {
  const store = await createTestStore();
  const edgar = new FakeEdgar();
  edgar.sub = async (ref) => parseSubmission(fixtureText(`submissions/${ref.accession}.txt`));
  const clock = () => new Date();
  const worker = createFilingWorkerHandler(
    (job) =>
      processFiling(
        {
          edgar,
          filings: store.filings,
          extract: extractMentions,
          documents: submissionReader,
          recordMentions: (m) => recordMentions({ deals: store.deals, clock }, m),
          clock,
          log: silentLogger,
        },
        job,
      ),
    silentLogger,
  );
  const queue = new InProcessQueue(worker, { log: silentLogger, retryDelayMs: 10 });
  return { store, edgar, queue };
}

describe('a crash while a filing is processed (issue 12, item 2)', () => {
  it('the restarted runner gives back the dead claim and the filing gets its deal', async () => {
    const { store, edgar, queue } = await setup();
    await store.filings.putIfNew(record(edgar, COREWEAVE.accession));
    // The worker claimed it, then the process was killed: the in-memory queue is gone.
    expect(await store.filings.setState(COREWEAVE.accession, 'processing', { from: ['queued'] })).toBe(true);
    const restartedAt = new Date(Date.now() + 5);
    await new Promise((r) => setTimeout(r, 10));

    const report = await resumeUnfinishedFilings(
      { filings: store.filings, queue, log: silentLogger },
      { claimedBefore: restartedAt },
    );
    await queue.idle();
    expect(report).toEqual({ requeued: 1, staleClaims: 1 });
    expect((await store.filings.get(COREWEAVE.accession))?.state).toBe('done');
    const deals = await store.deals.list({ limit: 10 });
    expect(deals.items.map((d) => `${d.provider.name} -> ${d.buyer.name}`)).toContain(
      'CoreWeave, Inc. -> Meta Platforms, Inc.',
    );

    // Idempotent: a second start finds nothing left to do.
    expect(
      await resumeUnfinishedFilings(
        { filings: store.filings, queue, log: silentLogger },
        { claimedBefore: new Date() },
      ),
    ).toEqual({ requeued: 0, staleClaims: 0 });
  });

  it('re-sends queued and failed records, leaves live claims and finished filings alone', async () => {
    const { store, edgar } = await setup();
    const states: [string, FilingRecord['state']][] = [
      ['0000000001-25-000001', 'queued'],
      ['0000000001-25-000002', 'failed'],
      ['0000000001-25-000003', 'processing'],
      ['0000000001-25-000004', 'done'],
      ['0000000001-25-000005', 'skipped'],
    ];
    for (const [accession, state] of states) {
      await store.filings.putIfNew({ ...record(edgar, accession), state });
    }
    const before = new Date(Date.now() + 5);
    await new Promise((r) => setTimeout(r, 10));
    // A claim taken after the restart belongs to a live worker.
    await store.filings.putIfNew({ ...record(edgar, '0000000001-25-000006'), state: 'queued' });
    await store.filings.setState('0000000001-25-000006', 'processing', { from: ['queued'] });
    const sent: FilingJob[] = [];
    const report = await resumeUnfinishedFilings(
      { filings: store.filings, queue: { send: async (jobs) => void sent.push(...jobs) }, log: silentLogger },
      { claimedBefore: before },
    );
    expect(sent.map((j) => j.accession).sort()).toEqual([
      '0000000001-25-000001',
      '0000000001-25-000002',
      '0000000001-25-000003',
    ]);
    expect(report.staleClaims).toBe(1);
    expect((await store.filings.get('0000000001-25-000003'))?.state).toBe('queued');
    expect((await store.filings.get('0000000001-25-000006'))?.state).toBe('processing');
  });

  it('does not take back a claim that changed after it was read', async () => {
    const { store, edgar } = await setup();
    await store.filings.putIfNew({ ...record(edgar, '0000000002-25-000001'), state: 'processing' });
    const seen = await store.filings.get('0000000002-25-000001');
    await new Promise((r) => setTimeout(r, 5));
    await store.filings.setState('0000000002-25-000001', 'processing', { from: ['processing'] });
    expect(
      await store.filings.setState('0000000002-25-000001', 'queued', {
        from: ['processing'],
        ifUpdatedAt: seen?.updatedAt,
      }),
    ).toBe(false);
  });
});
