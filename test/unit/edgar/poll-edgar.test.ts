import { describe, expect, it } from 'vitest';
import type { FeedFiling, FeedPage } from '../../../functions/core/ports/edgar';
import {
  EdgarMalformedError,
  EdgarRateLimitedError,
  EdgarUnavailableError,
  formMatches,
} from '../../../functions/core/ports/edgar';
import { silentLogger } from '../../../functions/core/ports/log';
import { parseCurrentFeed } from '../../../functions/sources/edgar/feed';
import { decodeText } from '../../../functions/sources/http';
import {
  EDGAR_POLL_STATE_KEY,
  type EdgarPollCursor,
  pollEdgar,
  pollEdgarLoop,
} from '../../../functions/use-cases/poll-edgar';
import { RecordingQueue } from '../../support/recording-queue';
import { FakeEdgar, MemoryFilings, MemoryState } from './fakes';
import { feedPages, fixtureBytes } from './fixtures';

const FORMS = ['8-K', '8-K/A', '6-K', '10-Q', '10-K', 'S-1', 'S-1/A', '424B*'];
const DAY = feedPages('getcurrent-2026-01-12').filter((p) => p.start < 5100);
const RECORDED: FeedPage[] = DAY.map((p) =>
  parseCurrentFeed(decodeText(fixtureBytes(p.file), null), p.start),
);
// 2026-01-12 16:30 UTC: the recording's moment (11:28 EST).
const NOW = new Date('2026-01-12T16:30:00Z');

function relevantAccessions(pages: FeedPage[]): Set<string> {
  return new Set(
    pages
      .flatMap((p) => p.filings)
      .filter((f) => formMatches(f.formType, FORMS))
      .map((f) => f.accession),
  );
}

function setup(pages: FeedPage[] = RECORDED) {
  const edgar = new FakeEdgar();
  edgar.pages = async (start) => pages[start / 100] ?? { start, filings: [], entryCount: 0, endOfFeed: true };
  const deps = {
    edgar,
    filings: new MemoryFilings(),
    queue: new RecordingQueue(),
    state: new MemoryState(),
    clock: () => NOW,
    log: silentLogger,
  };
  return deps;
}

function newFiling(accession: string, formType: string, acceptedAt = '2026-01-12T16:29:00.000Z'): FeedFiling {
  return {
    accession,
    formType,
    company: 'Example Compute Corp',
    cik: '0000000042',
    companies: [{ name: 'Example Compute Corp', cik: '0000000042', role: 'Filer' }],
    items: ['1.01'],
    filedDate: '2026-01-12',
    acceptedAt,
    indexUrl: '',
  };
}

function withTop(extra: FeedFiling[]): FeedPage[] {
  const [first, ...rest] = RECORDED;
  if (!first) throw new Error('no pages');
  return [{ ...first, filings: [...extra, ...first.filings] }, ...rest];
}

describe('pollEdgar', () => {
  it('first poll: records and queues every relevant filing of the feed once, amendments and 6-Ks included', async () => {
    const deps = setup();
    const report = await pollEdgar(deps, { forms: FORMS });
    const expected = relevantAccessions(RECORDED);
    const queued = deps.queue.jobs.map((j) => j.accession);
    expect(new Set(queued).size).toBe(queued.length);
    expect(new Set(queued)).toEqual(expected);
    // 51 full pages, then the end of the feed (EDGAR's 503 past the end).
    expect(report).toMatchObject({ pages: 52, entries: 5100, gap: false, queued: expected.size });
    expect(deps.queue.jobs.some((j) => j.formType === '8-K/A')).toBe(true);
    expect(deps.queue.jobs.some((j) => j.formType === '6-K')).toBe(true);
    expect(deps.queue.jobs.some((j) => j.formType === '4')).toBe(false);
    // Every queued job has its record, written first, in the queued state.
    for (const job of deps.queue.jobs) expect(deps.filings.items.get(job.accession)?.state).toBe('queued');
    const cursor = await deps.state.get<EdgarPollCursor>(EDGAR_POLL_STATE_KEY);
    expect(cursor?.newestAcceptedAt).toBe('2026-01-12T16:27:39.000Z');
    expect(cursor?.seen[0]).toBe(RECORDED[0]?.filings[0]?.accession);
  });

  it('a second poll reads one page and queues nothing; new filings on top are queued once', async () => {
    const deps = setup();
    await pollEdgar(deps, { forms: FORMS });
    const before = deps.queue.jobs.length;
    deps.edgar.calls.length = 0;
    const again = await pollEdgar(deps, { forms: FORMS });
    expect(again).toMatchObject({ pages: 1, queued: 0, reachedSeen: true, gap: false });
    expect(deps.queue.jobs.length).toBe(before);

    const extra = [
      newFiling('9999999999-26-000101', '8-K'),
      newFiling('9999999999-26-000102', '8-K/A'),
      newFiling('9999999999-26-000103', '4'),
    ];
    deps.edgar.pages = async (start) =>
      withTop(extra)[start / 100] ?? { start, filings: [], entryCount: 0, endOfFeed: true };
    const third = await pollEdgar(deps, { forms: FORMS });
    expect(third.queued).toBe(2);
    expect(deps.queue.jobs.slice(before).map((j) => j.accession)).toEqual([
      '9999999999-26-000101',
      '9999999999-26-000102',
    ]);
    const fourth = await pollEdgar(deps, { forms: FORMS });
    expect(fourth.queued).toBe(0);
  });

  it('records a malformed page and goes on with the next ones', async () => {
    const deps = setup();
    deps.edgar.pages = async (start) => {
      if (start === 300) throw new EdgarMalformedError('feed page', 'unclosed tag');
      return RECORDED[start / 100] ?? { start, filings: [], entryCount: 0, endOfFeed: true };
    };
    const report = await pollEdgar(deps, { forms: FORMS });
    expect(report.malformedPages).toEqual([{ start: 300, reason: 'unclosed tag' }]);
    expect(report.pages).toBe(51);
    const missing = relevantAccessions([RECORDED[3] as FeedPage]);
    const others = relevantAccessions(RECORDED.filter((_, i) => i !== 3));
    const queued = new Set(deps.queue.jobs.map((j) => j.accession));
    for (const a of others) expect(queued.has(a)).toBe(true);
    // Whatever was only on the bad page is not invented.
    for (const a of missing) if (!others.has(a)) expect(queued.has(a)).toBe(false);
  });

  it('backfills from the daily index when the gap is wider than the feed', async () => {
    const deps = setup();
    await deps.state.put<EdgarPollCursor>(EDGAR_POLL_STATE_KEY, {
      seen: ['9999999999-26-000001'],
      newestAcceptedAt: '2026-01-06T20:00:00.000Z',
      pendingDates: [],
      indexTriedAt: {},
    });
    const inFeed = RECORDED[50]?.filings.find((f) => f.formType === '8-K');
    if (!inFeed) throw new Error('fixture has no 8-K on the last page');
    deps.edgar.index = async (date) => {
      if (date === '2026-01-06' || date === '2026-01-07') {
        return [
          {
            formType: '8-K',
            company: 'Gap Co',
            cik: '0000000777',
            dateFiled: date,
            accession: `9999999999-26-00${date.slice(8)}01`,
          },
          {
            formType: '4',
            company: 'Gap Co',
            cik: '0000000777',
            dateFiled: date,
            accession: `9999999999-26-00${date.slice(8)}02`,
          },
          // Also in the feed: must not be queued twice.
          {
            formType: inFeed.formType,
            company: inFeed.company,
            cik: inFeed.cik,
            dateFiled: date,
            accession: inFeed.accession,
          },
        ];
      }
      return null;
    };
    const report = await pollEdgar(deps, { forms: FORMS });
    expect(report.gap).toBe(true);
    expect(report.backfilledDates).toEqual(['2026-01-06', '2026-01-07']);
    // Weekend days and today are left for later (no index yet).
    expect(report.pendingDates).toEqual([
      '2026-01-08',
      '2026-01-09',
      '2026-01-10',
      '2026-01-11',
      '2026-01-12',
    ]);
    const queued = deps.queue.jobs.map((j) => j.accession);
    expect(new Set(queued).size).toBe(queued.length);
    expect(queued).toContain('9999999999-26-000601');
    expect(queued).toContain('9999999999-26-000701');
    expect(queued).not.toContain('9999999999-26-000602');
    expect(deps.filings.items.get('9999999999-26-000601')).toMatchObject({
      company: 'Gap Co',
      acceptedAt: '2026-01-06T05:00:00.000Z',
      filedDate: '2026-01-06',
    });
    // The next poll does not fetch the unpublished indexes again within the retry interval.
    deps.edgar.calls.length = 0;
    const next = await pollEdgar(deps, { forms: FORMS });
    expect(next.queued).toBe(0);
    expect(deps.edgar.calls.filter((c) => c.startsWith('index:'))).toEqual([]);
  });

  it('stops the whole poll when rate-limited, keeps what is durable, and leaves the gap to the next poll', async () => {
    const deps = setup();
    await pollEdgar(deps, { forms: FORMS, maxPages: 1 });
    const before = await deps.state.get<EdgarPollCursor>(EDGAR_POLL_STATE_KEY);
    const top = [newFiling('9999999999-26-000201', '8-K')];
    // Page 0 holds only new filings (no overlap with the last poll), then EDGAR rate-limits us.
    deps.edgar.pages = async (start) => {
      if (start === 0) return { start: 0, filings: top, entryCount: 100, endOfFeed: false };
      throw new EdgarRateLimitedError(600_000, 'http://x');
    };
    const report = await pollEdgar(deps, { forms: FORMS });
    expect(report).toMatchObject({ rateLimited: true, retryAfterMs: 600_000, queued: 1, gap: false });
    expect(deps.edgar.calls.filter((c) => c.startsWith('feed:'))).toEqual(['feed:0', 'feed:0', 'feed:100']);
    expect(deps.edgar.calls.some((c) => c.startsWith('index:'))).toBe(false);
    // The next poll reads on below the new filing, down to where the poll before the interrupted one stopped.
    expect((await deps.state.get<EdgarPollCursor>(EDGAR_POLL_STATE_KEY))?.unreadSince).toBe(
      before?.newestAcceptedAt,
    );
  });

  it('does not advance the cursor when the queue send fails; the next poll sends again', async () => {
    const deps = setup([
      { start: 0, filings: [newFiling('9999999999-26-000301', '8-K')], entryCount: 1, endOfFeed: true },
    ]);
    deps.queue.failNext = true;
    await expect(pollEdgar(deps, { forms: FORMS })).rejects.toThrow('queue down');
    expect(await deps.state.get(EDGAR_POLL_STATE_KEY)).toBeNull();
    expect(deps.filings.items.get('9999999999-26-000301')?.state).toBe('queued');
    const retry = await pollEdgar(deps, { forms: FORMS });
    expect(retry.queued).toBe(1);
    expect(deps.queue.jobs.map((j) => j.accession)).toEqual(['9999999999-26-000301']);
    expect((await pollEdgar(deps, { forms: FORMS })).queued).toBe(0);
  });

  it('stops paging on a transient failure; the next poll reads on where it stopped, with no gap for the index', async () => {
    const deps = setup();
    await deps.state.put<EdgarPollCursor>(EDGAR_POLL_STATE_KEY, {
      seen: ['9999999999-26-000001'],
      newestAcceptedAt: '2026-01-12T10:00:00.000Z',
      pendingDates: [],
      indexTriedAt: {},
    });
    deps.edgar.pages = async (start) => {
      if (start >= 200) throw new EdgarUnavailableError('http://x', 'HTTP 500');
      return RECORDED[start / 100] as FeedPage;
    };
    const report = await pollEdgar(deps, { forms: FORMS });
    expect(report.interrupted).toMatch(/500/);
    expect(report.gap).toBe(false);
    const cursor = await deps.state.get<EdgarPollCursor>(EDGAR_POLL_STATE_KEY);
    expect(cursor?.unreadSince).toBe('2026-01-12T10:00:00.000Z');

    deps.edgar.pages = async (start) => RECORDED[start / 100] as FeedPage;
    const next = await pollEdgar(deps, { forms: FORMS });
    expect(next).toMatchObject({ interrupted: null, gap: false });
    // It read past the two pages the interrupted poll saw, down to 10:00, and no further.
    const read = RECORDED.slice(0, next.pages).flatMap((p) => p.filings);
    expect(next.pages).toBeGreaterThan(2);
    expect(read.at(-1)!.acceptedAt <= '2026-01-12T10:00:00.000Z').toBe(true);
    expect(RECORDED[next.pages - 2]!.filings.every((f) => f.acceptedAt > '2026-01-12T10:00:00.000Z')).toBe(
      true,
    );
    const queued = deps.queue.jobs.map((j) => j.accession);
    expect(new Set(queued).size).toBe(queued.length);
    expect(new Set(queued)).toEqual(relevantAccessions(RECORDED.slice(0, next.pages)));
    expect((await deps.state.get<EdgarPollCursor>(EDGAR_POLL_STATE_KEY))?.unreadSince).toBeNull();
  });
});

describe('pollEdgar reconciliation with the daily index', () => {
  it("reads each business day's index once published and queues what the feed listed below where polls stopped", async () => {
    const deps = setup();
    const first = await pollEdgar(deps, { forms: FORMS });
    expect(first.pendingDates).toEqual(['2026-01-12']);
    const feedAccession = deps.queue.jobs[0]?.accession as string;
    const before = deps.queue.jobs.length;
    deps.edgar.index = async (date) =>
      date === '2026-01-12'
        ? [
            {
              formType: '8-K',
              company: 'Late Co',
              cik: '0000000888',
              dateFiled: date,
              accession: '9999999999-26-000401',
            },
            {
              formType: '8-K',
              company: 'Seen Co',
              cik: '0000000889',
              dateFiled: date,
              accession: feedAccession,
            },
          ]
        : null;
    // The same day: not published yet, not even asked for.
    deps.edgar.calls.length = 0;
    await pollEdgar(deps, { forms: FORMS });
    expect(deps.edgar.calls.some((c) => c.startsWith('index:'))).toBe(false);
    // The next morning: read once, the late filing queued, the one already seen left alone.
    const tomorrow = { ...deps, clock: () => new Date('2026-01-13T14:00:00Z') };
    const next = await pollEdgar(tomorrow, { forms: FORMS });
    expect(next.backfilledDates).toEqual(['2026-01-12']);
    expect(next.pendingDates).toEqual(['2026-01-13']);
    expect(deps.queue.jobs.slice(before).map((j) => j.accession)).toEqual(['9999999999-26-000401']);
    deps.edgar.calls.length = 0;
    await pollEdgar(tomorrow, { forms: FORMS });
    expect(deps.edgar.calls.filter((c) => c.startsWith('index:'))).toEqual([]);
  });

  it('does not add weekend days, and can be turned off', async () => {
    const saturday = { ...setup(), clock: () => new Date('2026-01-10T15:00:00Z') };
    expect((await pollEdgar(saturday, { forms: FORMS })).pendingDates).toEqual([]);
    const off = setup();
    expect((await pollEdgar(off, { forms: FORMS, reconcile: false })).pendingDates).toEqual([]);
  });

  it('does not queue again a filing recorded long ago that is still queued (it was sent; the DLQ has it)', async () => {
    const deps = setup([
      { start: 0, filings: [newFiling('9999999999-26-000501', '8-K')], entryCount: 1, endOfFeed: true },
    ]);
    await deps.filings.putIfNew({
      accession: '9999999999-26-000501',
      cik: '0000000042',
      company: 'Example Compute Corp',
      formType: '8-K',
      items: [],
      acceptedAt: '2026-01-12T10:00:00.000Z',
      filedDate: '2026-01-12',
      indexUrl: '',
      fullTextUrl: '',
      state: 'queued',
      reason: null,
      mentionCount: 0,
      updatedAt: '2026-01-12T10:00:00.000Z',
    });
    const report = await pollEdgar(deps, { forms: FORMS });
    expect(report).toMatchObject({ queued: 0, alreadyRecorded: 1 });
  });
});

describe('pollEdgarLoop', () => {
  it('polls every interval until the deadline, on a fake clock', async () => {
    let now = Date.parse('2026-01-12T16:30:00Z');
    const deps = {
      ...setup(),
      clock: () => new Date(now),
      sleep: async (ms: number) => {
        now += ms;
      },
    };
    const report = await pollEdgarLoop(deps, { forms: FORMS, intervalMs: 10_000, untilMs: now + 55_000 });
    expect(report.polls).toBe(6);
    expect(report.rateLimited).toBe(false);
  });

  it('stops at once when rate-limited', async () => {
    let now = 0;
    const deps = {
      ...setup(),
      clock: () => new Date(now),
      sleep: async (ms: number) => {
        now += ms;
      },
    };
    deps.edgar.pages = async () => {
      throw new EdgarRateLimitedError(600_000, 'http://x');
    };
    const report = await pollEdgarLoop(deps, { forms: FORMS, intervalMs: 10_000, untilMs: 55_000 });
    expect(report).toMatchObject({ polls: 1, rateLimited: true });
  });
});
