import type { FilingQueue } from '../core/ports/channels';
import type { Logger } from '../core/ports/log';
import type { FilingRepository } from '../core/ports/store';
import type { FilingJob } from '../core/types';
import { jobFor } from './poll-edgar';

export interface ResumeFilingsReport {
  /** Jobs sent again: `queued` and `failed` records, and `processing` records whose claim was given back. */
  requeued: number;
  /** Stale `processing` claims given back (their worker died). */
  staleClaims: number;
}

/** Records read per page; the filter runs on DynamoDB's side, so a page holds only unfinished filings. */
const PAGE = 200;
/** Bound on one resume: far above a day's relevant filings. */
const MAX_RESUMED = 5000;

/**
 * Sends again the job of every filing that is not finished. For the local runner, whose queue lives in memory:
 * a crash loses the queued messages and leaves claims that no worker holds any more. A `processing` claim
 * last written before `claimedBefore` (the moment this process started, or a worker's timeout ago) belongs to
 * a dead worker: it is given back (`processing` -> `queued`, only if nobody touched the record since it was
 * read) before its job is sent. Safe to repeat: the worker claims each filing once, and a finished one is a
 * duplicate it skips.
 */
export async function resumeUnfinishedFilings(
  deps: { filings: FilingRepository; queue: FilingQueue; log: Logger },
  opts: { claimedBefore: Date },
): Promise<ResumeFilingsReport> {
  const report: ResumeFilingsReport = { requeued: 0, staleClaims: 0 };
  const jobs: FilingJob[] = [];
  let cursor: string | null = null;
  do {
    const page = await deps.filings.list({
      limit: PAGE,
      cursor,
      states: ['queued', 'processing', 'failed'],
    });
    for (const record of page.items) {
      if (record.state === 'processing') {
        if (Date.parse(record.updatedAt) >= opts.claimedBefore.getTime()) continue;
        const given = await deps.filings.setState(record.accession, 'queued', {
          from: ['processing'],
          ifUpdatedAt: record.updatedAt,
        });
        if (!given) continue;
        report.staleClaims++;
      } else if (record.state !== 'queued' && record.state !== 'failed') {
        continue;
      }
      jobs.push(jobFor(record));
    }
    cursor = page.cursor;
  } while (cursor && jobs.length < MAX_RESUMED);
  if (jobs.length) await deps.queue.send(jobs);
  report.requeued = jobs.length;
  if (jobs.length) deps.log.info('unfinished filings queued again', { ...report });
  return report;
}
