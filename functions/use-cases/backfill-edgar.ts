import { easternToUtcIso, isoDateRange } from '../core/edgar-time';
import type { FilingQueue } from '../core/ports/channels';
import type { EdgarSource } from '../core/ports/edgar';
import { EdgarRateLimitedError, formMatches } from '../core/ports/edgar';
import type { Logger } from '../core/ports/log';
import type { FilingRepository } from '../core/ports/store';
import type { FilingRecord } from '../core/types';
import { filingRecordFor, recordAndQueue, recordFromIndex } from './poll-edgar';
import { readDailyIndex, uniqueAccessions } from './read-daily-index';

export interface BackfillEdgarDeps {
  edgar: EdgarSource;
  filings: FilingRepository;
  queue: FilingQueue;
  clock: () => Date;
  log: Logger;
  /** Called once per day read from the daily indexes, in order: a long backfill shows where it is. */
  progress?: (day: BackfillDay) => void;
}

export interface BackfillDay {
  date: string;
  /** 1-based position of the day in the range, and the range's length. */
  index: number;
  of: number;
  outcome: 'read' | 'no index' | 'failed';
  candidates: number;
  /** Why the day failed (outcome 'failed'). */
  reason?: string;
}

export interface BackfillEdgarOptions {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  forms: string[];
  /** A phrase: find candidates with EDGAR full-text search instead of reading every daily index. */
  query?: string;
  /** Bound on full-text-search hits read (default 1,000: ten pages). */
  maxHits?: number;
}

export interface EdgarBackfillReport {
  mode: 'daily-index' | 'full-text-search';
  dates: number;
  candidates: number;
  queued: number;
  alreadyRecorded: number;
  /** Days EDGAR has no index for (weekends, holidays). */
  missingIndexes: string[];
  failedDates: { date: string; reason: string }[];
  rateLimited: boolean;
  /** Where to resume after a rate limit: the first date (index mode) or offset (search mode) not done. */
  resumeFrom: string | null;
}

const MAX_BACKFILL_DAYS = 3700;

/** Fills history: every relevant filing of the date range recorded and queued once (existing ones untouched). */
export async function backfillEdgar(
  deps: BackfillEdgarDeps,
  opts: BackfillEdgarOptions,
): Promise<EdgarBackfillReport> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.from) || !/^\d{4}-\d{2}-\d{2}$/.test(opts.to) || opts.from > opts.to) {
    throw new RangeError(`backfill needs --from <= --to as YYYY-MM-DD, got ${opts.from}..${opts.to}`);
  }
  return opts.query ? bySearch(deps, opts, opts.query) : byIndex(deps, opts);
}

async function byIndex(deps: BackfillEdgarDeps, opts: BackfillEdgarOptions): Promise<EdgarBackfillReport> {
  const dates = isoDateRange(opts.from, opts.to, MAX_BACKFILL_DAYS);
  const report = emptyReport('daily-index', dates.length);
  for (const [i, date] of dates.entries()) {
    const day = { date, index: i + 1, of: dates.length };
    const read = await readDailyIndex(deps.edgar, date);
    if (read.kind === 'rate_limited') {
      report.rateLimited = true;
      report.resumeFrom = date;
      deps.log.error('edgar rate limited: backfill stopped', {
        resumeFrom: date,
        retryAfterMs: read.error.retryAfterMs,
      });
      return report;
    }
    if (read.kind === 'failed') {
      report.failedDates.push({ date, reason: read.error.message });
      deps.progress?.({ ...day, outcome: 'failed', candidates: 0, reason: read.error.message });
      continue;
    }
    const { entries } = read;
    if (entries === null) {
      report.missingIndexes.push(date);
      deps.progress?.({ ...day, outcome: 'no index', candidates: 0 });
      continue;
    }
    const now = deps.clock();
    const records = uniqueAccessions(entries.filter((e) => formMatches(e.formType, opts.forms))).map((e) =>
      recordFromIndex(e, deps.edgar, now),
    );
    await recordBatch(deps, records, report);
    deps.log.info('edgar backfill day', { date, candidates: records.length });
    deps.progress?.({ ...day, outcome: 'read', candidates: records.length });
  }
  return report;
}

async function bySearch(
  deps: BackfillEdgarDeps,
  opts: BackfillEdgarOptions,
  query: string,
): Promise<EdgarBackfillReport> {
  const report = emptyReport('full-text-search', isoDateRange(opts.from, opts.to, MAX_BACKFILL_DAYS).length);
  const maxHits = opts.maxHits ?? 1000;
  const seen = new Set<string>();
  for (let offset = 0; offset < maxHits; ) {
    let result: Awaited<ReturnType<EdgarSource['fullTextSearch']>>;
    try {
      // Wildcard forms ("424B*") are not understood by the search: filter those locally.
      const forms = opts.forms.filter((f) => !f.endsWith('*'));
      result = await deps.edgar.fullTextSearch({ query, forms, from: opts.from, to: opts.to, offset });
    } catch (error) {
      if (error instanceof EdgarRateLimitedError) {
        report.rateLimited = true;
        report.resumeFrom = String(offset);
        return report;
      }
      throw error;
    }
    if (result.hits.length === 0) break;
    const now = deps.clock();
    const records: FilingRecord[] = [];
    for (const hit of result.hits) {
      if (seen.has(hit.accession) || !formMatches(hit.formType, opts.forms)) continue;
      seen.add(hit.accession);
      const filedDate = hit.filedDate && /^\d{4}-\d{2}-\d{2}$/.test(hit.filedDate) ? hit.filedDate : null;
      const acceptedAt = filedDate
        ? easternToUtcIso(`${filedDate.replace(/-/g, '')}000000`)
        : now.toISOString();
      records.push(filingRecordFor({ ...hit, items: [], acceptedAt, filedDate }, deps.edgar, now));
    }
    await recordBatch(deps, records, report);
    offset += result.hits.length;
    if (offset >= result.total) break;
  }
  return report;
}

async function recordBatch(
  deps: BackfillEdgarDeps,
  records: FilingRecord[],
  report: EdgarBackfillReport,
): Promise<void> {
  report.candidates += records.length;
  // SQS takes batches of 10; the queue adapter splits, this only bounds one call.
  for (let i = 0; i < records.length; i += 100) {
    const outcome = await recordAndQueue(deps, records.slice(i, i + 100));
    report.queued += outcome.queued;
    report.alreadyRecorded += outcome.alreadyRecorded;
  }
}

function emptyReport(mode: EdgarBackfillReport['mode'], dates: number): EdgarBackfillReport {
  return {
    mode,
    dates,
    candidates: 0,
    queued: 0,
    alreadyRecorded: 0,
    missingIndexes: [],
    failedDates: [],
    rateLimited: false,
    resumeFrom: null,
  };
}
