import { easternDate, easternToUtcIso, isoDateRange } from '../core/edgar-time';
import type { FilingQueue } from '../core/ports/channels';
import type { DailyIndexEntry, EdgarSource, FeedFiling } from '../core/ports/edgar';
import {
  EdgarMalformedError,
  EdgarRateLimitedError,
  EdgarUnavailableError,
  formMatches,
} from '../core/ports/edgar';
import type { Logger } from '../core/ports/log';
import type { FilingRepository, StateStore } from '../core/ports/store';
import type { FilingJob, FilingRecord } from '../core/types';
import { readDailyIndex, uniqueAccessions } from './read-daily-index';

export const EDGAR_POLL_STATE_KEY = 'edgar:poll';
/** EDGAR's feed holds about 5,100 entries: 51 full pages of 100 (the 52nd answers 503). */
export const FEED_MAX_PAGES = 52;
/** Newest accessions remembered, to know where the last poll stopped (about 90 KB in the state item). */
export const MAX_SEEN = 4000;
const DAY_MS = 86_400_000;

export interface PollEdgarDeps {
  edgar: EdgarSource;
  filings: FilingRepository;
  queue: FilingQueue;
  state: StateStore;
  clock: () => Date;
  log: Logger;
}

export interface PollEdgarOptions {
  /** Forms to record and queue (exact, or a prefix ending in '*'). */
  forms: string[];
  /** Feed pages read at most per poll (default: the whole feed, 52). */
  maxPages?: number;
  /** Daily indexes tried at most per poll (default 7). */
  maxIndexDays?: number;
  /** Wait between two tries of a daily index that is not published yet (default 30 min). */
  indexRetryMs?: number;
  /**
   * Read each business day's daily index once EDGAR publishes it, to catch a filing the feed listed below
   * where a poll stopped (late dissemination). Default true.
   */
  reconcile?: boolean;
}

/** What the poller remembers between runs (StateStore key `edgar:poll`). */
export interface EdgarPollCursor {
  /** Accessions already handled, newest first, bounded. */
  seen: string[];
  /** Newest acceptance time handled (UTC ISO): where a gap starts. */
  newestAcceptedAt: string | null;
  /** Eastern dates whose daily index must still be read because the feed could not cover them. */
  pendingDates: string[];
  /** Last try per pending date (UTC ISO), so an unpublished index is not fetched on every poll. */
  indexTriedAt: Record<string, string>;
  /**
   * Set when a poll stopped paging (rate-limited, EDGAR unavailable) above where the poll before it stopped: the
   * newest acceptance time handled before it (UTC ISO). The next poll pages on past the accessions seen since,
   * down to this time, so the unread pages come from the feed, not a day later from the daily index.
   */
  unreadSince?: string | null;
}

export interface EdgarPollReport {
  pages: number;
  entries: number;
  /** Relevant filings recorded for the first time and queued. */
  queued: number;
  /** Relevant filings already recorded (not queued again). */
  alreadyRecorded: number;
  malformedPages: { start: number; reason: string }[];
  reachedSeen: boolean;
  /** The feed did not reach the last poll: the daily index fills the gap. */
  gap: boolean;
  backfilledDates: string[];
  pendingDates: string[];
  rateLimited: boolean;
  retryAfterMs: number | null;
  /** Set when paging stopped on a transient failure. */
  interrupted: string | null;
}

const emptyCursor = (): EdgarPollCursor => ({
  seen: [],
  newestAcceptedAt: null,
  pendingDates: [],
  indexTriedAt: {},
});

/** A record in the `queued` state, before its job is sent. */
export function filingRecordFor(
  source: Pick<
    FilingRecord,
    'accession' | 'cik' | 'company' | 'formType' | 'items' | 'acceptedAt' | 'filedDate'
  > & { submissionBytes?: number | null },
  edgar: EdgarSource,
  now: Date,
): FilingRecord {
  return {
    accession: source.accession,
    cik: source.cik,
    company: source.company,
    formType: source.formType,
    items: source.items,
    acceptedAt: source.acceptedAt,
    filedDate: source.filedDate,
    indexUrl: edgar.indexUrl(source),
    fullTextUrl: edgar.fullTextUrl(source),
    ...(source.submissionBytes != null ? { submissionBytes: source.submissionBytes } : {}),
    state: 'queued',
    reason: null,
    mentionCount: 0,
    updatedAt: now.toISOString(),
  };
}

export function jobFor(record: FilingRecord): FilingJob {
  return { accession: record.accession, cik: record.cik, company: record.company, formType: record.formType };
}

/** A daily-index line as a record: the index gives no acceptance time, so the filing date's midnight (Eastern). */
export function recordFromIndex(entry: DailyIndexEntry, edgar: EdgarSource, now: Date): FilingRecord {
  const compact = `${entry.dateFiled.replace(/-/g, '')}000000`;
  return filingRecordFor(
    { ...entry, items: [], acceptedAt: easternToUtcIso(compact), filedDate: entry.dateFiled },
    edgar,
    now,
  );
}

/** A record still `queued` this long after it was written was sent; only younger ones may have been lost. */
export const REQUEUE_WITHIN_MS = 60 * 60_000;
const WRITE_CONCURRENCY = 8;

/**
 * Writes each record with a conditional put, then queues the new ones in one send. Only after this returns
 * may the caller remember the accessions: a crash in between leaves them unseen, so the next run sends again
 * (the worker is idempotent).
 */
export async function recordAndQueue(
  deps: { filings: FilingRepository; queue: FilingQueue; clock?: () => Date },
  records: FilingRecord[],
): Promise<{ queued: number; alreadyRecorded: number }> {
  const now = (deps.clock ?? (() => new Date()))().getTime();
  const outcomes: (FilingJob | null)[] = new Array(records.length).fill(null);
  let next = 0;
  const work = async (): Promise<void> => {
    for (let i = next++; i < records.length; i = next++) {
      const record = records[i] as FilingRecord;
      if (await deps.filings.putIfNew(record)) {
        outcomes[i] = jobFor(record);
        continue;
      }
      // Written by a run that died before its cursor was saved: the job may never have been sent.
      const existing = await deps.filings.get(record.accession);
      if (existing?.state === 'queued' && now - Date.parse(existing.updatedAt) < REQUEUE_WITHIN_MS) {
        outcomes[i] = jobFor(existing);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITE_CONCURRENCY, records.length) }, work));
  const jobs = outcomes.filter((job): job is FilingJob => job !== null);
  if (jobs.length) await deps.queue.send(jobs);
  return { queued: jobs.length, alreadyRecorded: records.length - jobs.length };
}

/**
 * One poll of the current-filings feed: pages until it reaches accessions it has already seen, records and
 * queues the relevant new filings, and backfills from the daily index whatever the feed could not cover.
 */
export async function pollEdgar(deps: PollEdgarDeps, opts: PollEdgarOptions): Promise<EdgarPollReport> {
  const { edgar, log } = deps;
  const now = deps.clock();
  const cursor = (await deps.state.get<EdgarPollCursor>(EDGAR_POLL_STATE_KEY)) ?? emptyCursor();
  const seen = new Set(cursor.seen);
  const hadHistory = cursor.seen.length > 0;
  /** Where the feed has been read down to before: the last poll's newest, or where an interrupted poll began. */
  const coveredTo = cursor.unreadSince ?? cursor.newestAcceptedAt;
  const maxPages = Math.min(opts.maxPages ?? FEED_MAX_PAGES, FEED_MAX_PAGES);
  const report: EdgarPollReport = {
    pages: 0,
    entries: 0,
    queued: 0,
    alreadyRecorded: 0,
    malformedPages: [],
    reachedSeen: false,
    gap: false,
    backfilledDates: [],
    pendingDates: [],
    rateLimited: false,
    retryAfterMs: null,
    interrupted: null,
  };
  const fresh: string[] = [];
  const handledThisRun = new Set<string>();
  let newest = cursor.newestAcceptedAt;
  let oldestThisRun: string | null = null;
  let endOfFeed = false;
  // After an interrupted poll, the accessions it saw on top are not where reading may stop.
  const caughtUp = () =>
    cursor.unreadSince ? oldestThisRun !== null && oldestThisRun <= cursor.unreadSince : report.reachedSeen;

  for (let page = 0; page < maxPages; page++) {
    const start = page * 100;
    let filings: FeedFiling[];
    try {
      const result = await edgar.currentFeedPage(start);
      report.pages++;
      report.entries += result.entryCount;
      filings = result.filings;
      endOfFeed = result.endOfFeed;
    } catch (error) {
      if (error instanceof EdgarMalformedError) {
        // Recorded and skipped: the next page goes on. Its filings are caught by the overlap or the index.
        report.malformedPages.push({ start, reason: error.detail });
        log.warn('edgar feed page malformed', { start, reason: error.detail });
        continue;
      }
      if (error instanceof EdgarRateLimitedError) {
        report.rateLimited = true;
        report.retryAfterMs = error.retryAfterMs;
        report.interrupted = error.message;
        log.error('edgar rate limited: stopping the poll', {
          retryAfterMs: error.retryAfterMs,
          url: error.url,
        });
        break;
      }
      if (error instanceof EdgarUnavailableError) {
        report.interrupted = error.message;
        log.warn('edgar feed unavailable: stopping the poll', { start, detail: error.detail });
        break;
      }
      throw error;
    }
    const records: FilingRecord[] = [];
    for (const filing of filings) {
      if (seen.has(filing.accession)) {
        report.reachedSeen = true;
        continue;
      }
      if (handledThisRun.has(filing.accession)) continue;
      handledThisRun.add(filing.accession);
      if (formMatches(filing.formType, opts.forms)) records.push(filingRecordFor(filing, edgar, now));
    }
    const outcome = await recordAndQueue(deps, records);
    report.queued += outcome.queued;
    report.alreadyRecorded += outcome.alreadyRecorded;
    for (const filing of filings) {
      if (!seen.has(filing.accession)) fresh.push(filing.accession);
      if (!newest || filing.acceptedAt > newest) newest = filing.acceptedAt;
      if (!oldestThisRun || filing.acceptedAt < oldestThisRun) oldestThisRun = filing.acceptedAt;
    }
    if (caughtUp() || endOfFeed) break;
  }

  const pending = new Set(cursor.pendingDates);
  // Paging stopped early: the next poll reads on from the feed, while the feed still holds the unread entries.
  const unreadSince = hadHistory && !caughtUp() && report.interrupted ? coveredTo : null;
  if (unreadSince) log.warn('edgar feed paging interrupted: the next poll reads on', { unreadSince });
  else if (hadHistory && !caughtUp() && oldestThisRun && coveredTo) {
    // The feed did not reach where the last poll stopped: every day from there to the oldest entry read now
    // (plus the following days, as a filing accepted after 17:30 is dated the next business day) is read
    // from the daily index once EDGAR publishes it.
    report.gap = true;
    const from = easternDate(new Date(coveredTo));
    const to = easternDate(new Date(Math.min(Date.parse(oldestThisRun) + 4 * DAY_MS, now.getTime())));
    for (const date of isoDateRange(from, to, 60)) pending.add(date);
    log.warn('edgar feed gap: backfilling from the daily index', { from, to });
  }

  const today = easternDate(now);
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  if (opts.reconcile !== false && weekday >= 1 && weekday <= 5 && report.pages > 0) pending.add(today);

  // The feed's accessions are remembered before the index is read, so the index does not queue them again.
  const seenList = [...fresh, ...cursor.seen];
  const nextCursor: EdgarPollCursor = {
    seen: seenList,
    newestAcceptedAt: newest,
    pendingDates: [...pending].sort(),
    indexTriedAt: { ...cursor.indexTriedAt },
    unreadSince,
  };
  if (!report.rateLimited) {
    await backfillPendingDates(deps, opts, nextCursor, new Set(seenList), report, now);
  }
  nextCursor.seen = nextCursor.seen.slice(0, MAX_SEEN);
  for (const date of Object.keys(nextCursor.indexTriedAt)) {
    if (!nextCursor.pendingDates.includes(date)) delete nextCursor.indexTriedAt[date];
  }
  report.pendingDates = nextCursor.pendingDates;
  await deps.state.put(EDGAR_POLL_STATE_KEY, nextCursor);
  log.info('edgar poll done', { ...report, malformedPages: report.malformedPages.length });
  return report;
}

async function backfillPendingDates(
  deps: PollEdgarDeps,
  opts: PollEdgarOptions,
  cursor: EdgarPollCursor,
  seen: Set<string>,
  report: EdgarPollReport,
  now: Date,
): Promise<void> {
  const today = easternDate(now);
  const retryMs = opts.indexRetryMs ?? 30 * 60_000;
  let tries = 0;
  for (const date of [...cursor.pendingDates]) {
    // EDGAR publishes a day's index after the day ends.
    if (date >= today || tries >= (opts.maxIndexDays ?? 7)) continue;
    const lastTry = cursor.indexTriedAt[date];
    if (lastTry && now.getTime() - Date.parse(lastTry) < retryMs) continue;
    tries++;
    const read = await readDailyIndex(deps.edgar, date);
    if (read.kind === 'rate_limited') {
      report.rateLimited = true;
      report.retryAfterMs = read.error.retryAfterMs;
      return;
    }
    if (read.kind === 'failed') {
      deps.log.warn('edgar daily index failed; will retry', { date, error: read.error.message });
      cursor.indexTriedAt[date] = now.toISOString();
      continue;
    }
    const { entries } = read;
    if (entries === null) {
      // Weekends and holidays never get an index: give up on a date a week old.
      if (now.getTime() - Date.parse(`${date}T00:00:00Z`) > 7 * DAY_MS) {
        cursor.pendingDates = cursor.pendingDates.filter((d) => d !== date);
        deps.log.info('edgar daily index absent; date dropped', { date });
      } else {
        cursor.indexTriedAt[date] = now.toISOString();
      }
      continue;
    }
    const records = uniqueAccessions(
      entries.filter((e) => !seen.has(e.accession) && formMatches(e.formType, opts.forms)),
    ).map((e) => recordFromIndex(e, deps.edgar, now));
    const outcome = await recordAndQueue(deps, records);
    report.queued += outcome.queued;
    report.alreadyRecorded += outcome.alreadyRecorded;
    for (const record of records) {
      seen.add(record.accession);
      cursor.seen.unshift(record.accession);
    }
    cursor.pendingDates = cursor.pendingDates.filter((d) => d !== date);
    report.backfilledDates.push(date);
    deps.log.info('edgar daily index backfilled', {
      date,
      entries: entries.length,
      recorded: records.length,
    });
  }
}

export interface PollLoopOptions extends PollEdgarOptions {
  intervalMs: number;
  /** Stop starting new polls after this epoch ms (the Lambda's deadline minus a margin). */
  untilMs: number;
}

export interface PollLoopReport {
  polls: number;
  queued: number;
  rateLimited: boolean;
  reports: EdgarPollReport[];
}

/**
 * Polls every `intervalMs` until `untilMs`: sub-minute freshness inside one scheduled invocation. Stops at
 * once when EDGAR rate-limits us.
 */
export async function pollEdgarLoop(
  deps: PollEdgarDeps & { sleep?: (ms: number) => Promise<void> },
  opts: PollLoopOptions,
): Promise<PollLoopReport> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const out: PollLoopReport = { polls: 0, queued: 0, rateLimited: false, reports: [] };
  for (;;) {
    const startedAt = deps.clock().getTime();
    const report = await pollEdgar(deps, opts);
    out.polls++;
    out.queued += report.queued;
    // Bounded: a long loop keeps only its last reports.
    out.reports.push(report);
    if (out.reports.length > 20) out.reports.shift();
    if (report.rateLimited) {
      out.rateLimited = true;
      return out;
    }
    const next = startedAt + opts.intervalMs;
    if (next >= opts.untilMs) return out;
    const wait = next - deps.clock().getTime();
    if (wait > 0) await sleep(wait);
  }
}
