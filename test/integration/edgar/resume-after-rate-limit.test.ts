import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FeedFiling, formMatches } from '../../../functions/core/ports/edgar';
import { createEdgarHttpClient, EdgarClient } from '../../../functions/sources/edgar/client';
import { parseCurrentFeed } from '../../../functions/sources/edgar/feed';
import { decodeText } from '../../../functions/sources/http';
import {
  EDGAR_POLL_STATE_KEY,
  type EdgarPollCursor,
  pollEdgar,
} from '../../../functions/use-cases/poll-edgar';
import { createTestStore, type TestStore } from '../../support/dynamo';
import { edgarPollDeps } from '../../support/edgar-poll-deps';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';
import { RecordingQueue } from '../../support/recording-queue';

// EDGAR rate-limits the poller while it pages the current feed. The pages it did not read must come from the
// feed on the next poll (it reads on down to where the poll before stopped), not a day later from the daily
// index: before, the next poll stopped at the accessions the interrupted one had seen on top.

const FIXTURES = new URL('../../fixtures/edgar/getcurrent-2026-01-12/', import.meta.url);
const pageFile = (start: number) => new URL(`page-${String(start).padStart(5, '0')}.xml`, FIXTURES);
const FORMS = ['8-K', '8-K/A', '6-K', '10-Q', '10-K', 'S-1', 'S-1/A', '424B*'];
const NOW = new Date('2026-01-12T16:30:00Z');
/** The last poll read down to this page of the recording; EDGAR answers 429 at the fifth page once. */
const LAST_POLL_PAGE = 10;
const THROTTLED_START = 400;

function recordedPage(index: number): FeedFiling[] {
  return parseCurrentFeed(decodeText(readFileSync(pageFile(index * 100)), null), index * 100).filings;
}

let throttleOnce = true;
function serveFeed(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://edgar.test');
  const start = Number(url.searchParams.get('start'));
  if (url.pathname !== '/cgi-bin/browse-edgar' || url.searchParams.get('action') !== 'getcurrent') {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<html>Not Found</html>');
    return;
  }
  if (start === THROTTLED_START && throttleOnce) {
    throttleOnce = false;
    // A Retry-After longer than the client waits inside one invocation: the poll stops at once.
    res.writeHead(429, { 'content-type': 'text/html', 'retry-after': '600' });
    res.end('<html>Too Many Requests</html>');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/atom+xml' });
  res.end(readFileSync(pageFile(start)));
}

describe('a poll rate-limited while paging the current feed', () => {
  let server: FixtureServer;
  let store: TestStore;
  const queue = new RecordingQueue();
  /** Each poll with its own client, as each scheduled invocation has (the 429 blocks the client that met it). */
  const poll = () => {
    const { http } = createEdgarHttpClient({ userAgent: 'Compute Alerts Tests ops@example.com', maxRps: 10 });
    const edgar = new EdgarClient({ http, baseUrl: server.url });
    return pollEdgar(edgarPollDeps(store, edgar, queue, NOW), { forms: FORMS });
  };
  const feedRequests = () => server.requests.filter((r) => r.url.includes('action=getcurrent'));
  const cursor = () => store.state.get<EdgarPollCursor>(EDGAR_POLL_STATE_KEY);
  const lastPoll = recordedPage(LAST_POLL_PAGE);
  const unread = Array.from({ length: LAST_POLL_PAGE }, (_, i) => recordedPage(i)).flat();

  beforeAll(async () => {
    server = await startFixtureServer(serveFeed);
    store = await createTestStore();
    // The last poll read down to page 10 of what the feed holds now: pages 0-9 are new.
    await store.state.put<EdgarPollCursor>(EDGAR_POLL_STATE_KEY, {
      seen: lastPoll.map((f) => f.accession),
      newestAcceptedAt:
        lastPoll
          .map((f) => f.acceptedAt)
          .sort()
          .at(-1) ?? null,
      pendingDates: [],
      indexTriedAt: {},
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('stops at the 429 without declaring a gap for the daily index, and remembers where to read on', async () => {
    const before = await cursor();
    const report = await poll();
    expect(report).toMatchObject({ pages: 4, rateLimited: true, gap: false, reachedSeen: false });
    expect((await cursor())?.unreadSince).toBe(before?.newestAcceptedAt);
    expect(report.pendingDates).toEqual(['2026-01-12']); // today's reconciliation only
  });

  it('the next poll reads the unread pages from the feed and queues each of their filings once', async () => {
    const requestsBefore = feedRequests().length;
    const report = await poll();
    expect(report).toMatchObject({ rateLimited: false, interrupted: null, gap: false });
    const starts = feedRequests()
      .slice(requestsBefore)
      .map((r) => Number(new URL(r.url, server.url).searchParams.get('start')));
    // Past the four pages the interrupted poll saw, through the fifth it was refused, down to the last poll.
    expect(starts.slice(0, 6)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(starts.length).toBeGreaterThanOrEqual(LAST_POLL_PAGE);

    const expected = new Set(unread.filter((f) => formMatches(f.formType, FORMS)).map((f) => f.accession));
    expect(expected.size).toBeGreaterThan(50);
    const queued = queue.jobs.map((j) => j.accession);
    expect(new Set(queued).size).toBe(queued.length);
    expect(new Set(queued)).toEqual(expected);
    expect((await cursor())?.unreadSince).toBeNull();
    // Nothing was left for a daily index: the gap dates never became pending.
    expect(server.requests.some((r) => r.url.includes('daily-index'))).toBe(false);
  });

  it('a poll after that reads one page and queues nothing', async () => {
    const before = queue.jobs.length;
    const report = await poll();
    expect(report).toMatchObject({ pages: 1, queued: 0, reachedSeen: true, gap: false });
    expect(queue.jobs.length).toBe(before);
  });
});
