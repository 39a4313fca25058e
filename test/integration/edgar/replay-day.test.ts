import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { formMatches } from '../../../functions/core/ports/edgar';
import { silentLogger } from '../../../functions/core/ports/log';
import { createEdgarHttpClient, EdgarClient } from '../../../functions/sources/edgar/client';
import { parseMasterIndex } from '../../../functions/sources/edgar/daily-index';
import { submissionReader } from '../../../functions/sources/edgar/documents';
import { parseCurrentFeed } from '../../../functions/sources/edgar/feed';
import { decodeText } from '../../../functions/sources/http';
import {
  EDGAR_POLL_STATE_KEY,
  type EdgarPollCursor,
  pollEdgar,
} from '../../../functions/use-cases/poll-edgar';
import { processFiling } from '../../../functions/use-cases/process-filing';
import { recordMentions } from '../../../functions/use-cases/record-mentions';
import { createTestStore, type TestStore } from '../../support/dynamo';
import { edgarPollDeps } from '../../support/edgar-poll-deps';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';
import { RecordingQueue } from '../../support/recording-queue';

const FIXTURES = new URL('../../fixtures/edgar/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, FIXTURES));
const FORMS = ['8-K', '8-K/A', '6-K', '10-Q', '10-K', 'S-1', 'S-1/A', '424B*'];
const NOW = new Date('2026-01-12T16:30:00Z');
const INDEXES: Record<string, string> = {
  '/Archives/edgar/daily-index/2026/QTR1/master.20260106.idx': 'index/master.20260106.idx',
  '/Archives/edgar/daily-index/2026/QTR1/master.20260107.idx': 'index/master.20260107.idx',
  '/Archives/edgar/daily-index/2026/QTR1/master.20260108.idx': 'index/master.20260108.idx',
};

// Two filings that appear after the recording: the compute-contract 8-K and an amendment, as feed entries.
const LIVE_ENTRIES = `<entry>
<title>8-K - CoreWeave, Inc. (0001769628) (Filer)</title>
<link rel="alternate" type="text/html" href="https://www.sec.gov/Archives/edgar/data/1769628/999999999925000901/9999999999-25-000901-index.htm"/>
<summary type="html"> &lt;b&gt;Filed:&lt;/b&gt; 2026-01-12 &lt;b&gt;AccNo:&lt;/b&gt; 9999999999-25-000901 &lt;b&gt;Size:&lt;/b&gt; 40 KB
&lt;br&gt;Item 1.01: Entry into a Material Definitive Agreement
&lt;br&gt;Item 7.01: Regulation FD Disclosure
&lt;br&gt;Item 9.01: Financial Statements and Exhibits
</summary>
<updated>2026-01-12T11:29:30-05:00</updated>
<category scheme="https://www.sec.gov/" label="form type" term="8-K"/>
<id>urn:tag:sec.gov,2008:accession-number=9999999999-25-000901</id>
</entry>
<entry>
<title>8-K/A - CoreWeave, Inc. (0001769628) (Filer)</title>
<link rel="alternate" type="text/html" href="https://www.sec.gov/Archives/edgar/data/1769628/999999999925000903/9999999999-25-000903-index.htm"/>
<summary type="html"> &lt;b&gt;Filed:&lt;/b&gt; 2026-01-12 &lt;b&gt;AccNo:&lt;/b&gt; 9999999999-25-000903 &lt;b&gt;Size:&lt;/b&gt; 20 KB
&lt;br&gt;Item 1.01: Entry into a Material Definitive Agreement
</summary>
<updated>2026-01-12T11:29:10-05:00</updated>
<category scheme="https://www.sec.gov/" label="form type" term="8-K/A"/>
<id>urn:tag:sec.gov,2008:accession-number=9999999999-25-000903</id>
</entry>
`;

let live = false;
function serveEdgar(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://edgar.test');
  if (url.pathname === '/cgi-bin/browse-edgar' && url.searchParams.get('action') === 'getcurrent') {
    const start = Number(url.searchParams.get('start'));
    const file = `getcurrent-2026-01-12/page-${String(start).padStart(5, '0')}.xml`;
    if (start >= 5100) {
      // What EDGAR answers past the end of the feed.
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end(read('getcurrent-2026-01-12/page-05100.xml'));
      return;
    }
    let body = read(file).toString('latin1');
    if (live && start === 0) body = body.replace('<entry>', `${LIVE_ENTRIES}<entry>`);
    res.writeHead(200, { 'content-type': 'application/atom+xml' });
    res.end(Buffer.from(body, 'latin1'));
    return;
  }
  const index = INDEXES[url.pathname];
  if (index) {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(read(index));
    return;
  }
  const submission = /^\/Archives\/edgar\/data\/\d+\/\d{18}\/(\d{10}-\d{2}-\d{6})\.txt$/.exec(
    url.pathname,
  )?.[1];
  if (submission === '9999999999-25-000901' || submission === '9999999999-25-000903') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(read(`submissions/${submission}.txt`));
    return;
  }
  // EDGAR answers 403 for daily indexes it does not have (weekends, not yet published) and 404 elsewhere.
  res.writeHead(url.pathname.includes('daily-index') ? 403 : 404, { 'content-type': 'text/html' });
  res.end('<html>Not Found</html>');
}

function recordedRelevant(): Set<string> {
  const out = new Set<string>();
  for (let start = 0; start < 5100; start += 100) {
    const file = `getcurrent-2026-01-12/page-${String(start).padStart(5, '0')}.xml`;
    for (const f of parseCurrentFeed(decodeText(read(file), null), start).filings) {
      if (formMatches(f.formType, FORMS)) out.add(f.accession);
    }
  }
  for (const file of Object.values(INDEXES)) {
    for (const e of parseMasterIndex(read(file).toString('latin1')))
      if (formMatches(e.formType, FORMS)) out.add(e.accession);
  }
  return out;
}

describe('replay of the recorded 2026-01-12 EDGAR day against DynamoDB Local', () => {
  let server: FixtureServer;
  let store: TestStore;
  let edgar: EdgarClient;
  const queue = new RecordingQueue();
  const deps = () => edgarPollDeps(store, edgar, queue, NOW);

  beforeAll(async () => {
    server = await startFixtureServer(serveEdgar);
    store = await createTestStore();
    const { http } = createEdgarHttpClient({
      userAgent: 'Compute Alerts Replay ops@example.com',
      maxRps: 10,
    });
    edgar = new EdgarClient({ http, baseUrl: server.url });
    // The last poll was on 2026-01-06: far more than the feed's ~5,100 entries ago.
    await store.state.put<EdgarPollCursor>(EDGAR_POLL_STATE_KEY, {
      seen: ['9999999999-26-000001'],
      newestAcceptedAt: '2026-01-06T20:00:00.000Z',
      pendingDates: [],
      indexTriedAt: {},
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  // Every relevant filing of 52 pages and three indexes written to DynamoDB Local: about 50 s on a loaded 2-core
  // machine (the integration default of 60 s was met only just), hence its own bound.
  it('pages the whole feed, backfills the gap from the daily index, and records + queues each relevant filing once', {
    timeout: 180_000,
  }, async () => {
    const report = await pollEdgar(deps(), { forms: FORMS });
    expect(report).toMatchObject({
      pages: 52,
      entries: 5100,
      gap: true,
      reachedSeen: false,
      rateLimited: false,
    });
    expect(report.malformedPages).toEqual([]);
    expect(report.backfilledDates).toEqual(['2026-01-06', '2026-01-07', '2026-01-08']);
    // 01-09 has no index on this server yet, 01-10/11 are a weekend, 01-12 is today: all kept for later.
    expect(report.pendingDates).toEqual(['2026-01-09', '2026-01-10', '2026-01-11', '2026-01-12']);

    const expected = recordedRelevant();
    const queued = queue.jobs.map((j) => j.accession);
    expect(new Set(queued).size).toBe(queued.length);
    expect(new Set(queued)).toEqual(expected);
    expect(queued).toEqual(
      expect.arrayContaining(['9999999999-26-000081', '9999999999-26-000082', '9999999999-26-000061']),
    );
    expect(queued).not.toContain('9999999999-26-000083');
    expect(queue.jobs.filter((j) => j.formType === '8-K/A').length).toBeGreaterThanOrEqual(10);

    // Every queued filing is in the table, written before it was queued.
    for (const accession of [...expected].slice(0, 200)) {
      expect((await store.filings.get(accession))?.state).toBe('queued');
    }
    const amendment = await store.filings.get('0001213900-26-003038');
    expect(amendment).toMatchObject({
      formType: '8-K/A',
      company: 'Evolution Metals & Technologies Corp.',
      cik: '0001866226',
      filedDate: '2026-01-09',
    });
    expect(amendment?.items).toContain('1.01');
    // A Form 4 of the day is not relevant: never recorded.
    expect(await store.filings.get('0000080661-26-000032')).toBeNull();
  });

  it('a repeated poll reads one page and queues nothing', async () => {
    const before = queue.jobs.length;
    const requestsBefore = server.requests.length;
    const report = await pollEdgar(deps(), { forms: FORMS });
    expect(report).toMatchObject({ pages: 1, queued: 0, reachedSeen: true, gap: false });
    expect(queue.jobs.length).toBe(before);
    expect(server.requests.length - requestsBefore).toBe(1);
  });

  it('new filings on top of the feed (an 8-K and its 8-K/A) are queued once, across repeated polls', async () => {
    live = true;
    const before = queue.jobs.length;
    const first = await pollEdgar(deps(), { forms: FORMS });
    const second = await pollEdgar(deps(), { forms: FORMS });
    expect(first.queued).toBe(2);
    expect(second.queued).toBe(0);
    expect(queue.jobs.slice(before).map((j) => [j.accession, j.formType, j.cik])).toEqual([
      ['9999999999-25-000901', '8-K', '0001769628'],
      ['9999999999-25-000903', '8-K/A', '0001769628'],
    ]);
    expect(await store.filings.get('9999999999-25-000901')).toMatchObject({
      acceptedAt: '2026-01-12T16:29:30.000Z',
      items: ['1.01', '7.01', '9.01'],
      state: 'queued',
    });
  });

  it('processFiling turns the compute-contract 8-K into a deal, and is idempotent on redelivery', async () => {
    const job = queue.jobs.find((j) => j.accession === '9999999999-25-000901');
    if (!job) throw new Error('job not queued');
    const workerDeps = {
      edgar,
      filings: store.filings,
      extract: extractMentions,
      documents: submissionReader,
      recordMentions: (mentions: Parameters<typeof recordMentions>[1]) =>
        recordMentions({ deals: store.deals, clock: () => NOW }, mentions),
      clock: () => NOW,
      log: silentLogger,
    };
    const result = await processFiling(workerDeps, job);
    expect(result.status).toBe('done');
    expect(result.mentions).toBeGreaterThanOrEqual(1);
    expect(await store.filings.get(job.accession)).toMatchObject({
      state: 'done',
      mentionCount: result.mentions,
    });
    const deals = await store.deals.list({ limit: 10 });
    expect(deals.items).toHaveLength(1);
    expect(deals.items[0]).toMatchObject({
      buyer: expect.objectContaining({ name: expect.stringMatching(/Meta/) }),
      provider: expect.objectContaining({ name: expect.stringMatching(/CoreWeave/) }),
      valueUsd: 14_200_000_000,
      confirmedByFiling: true,
    });
    const version = deals.items[0]?.version;

    const submissionFetches = server.requests.filter((r) =>
      r.url.endsWith('9999999999-25-000901.txt'),
    ).length;
    expect(await processFiling(workerDeps, job)).toEqual({ status: 'duplicate', mentions: result.mentions });
    expect(server.requests.filter((r) => r.url.endsWith('9999999999-25-000901.txt')).length).toBe(
      submissionFetches,
    );
    expect((await store.deals.list({ limit: 10 })).items[0]?.version).toBe(version);

    // The amendment's contract exhibit merges into the same deal.
    const amendment = queue.jobs.find((j) => j.accession === '9999999999-25-000903');
    if (!amendment) throw new Error('amendment not queued');
    expect((await processFiling(workerDeps, amendment)).status).toBe('done');
    expect((await store.deals.list({ limit: 10 })).items).toHaveLength(1);
  });
});
