import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { en } from 'zod/locales';
import * as z from 'zod/mini';
import type { Logger } from '../core/ports/log';
import type { FilingJob } from '../core/types';

// zod/mini, not zod (config.ts says why); a poison message's error reads in English whoever loads first.
z.config(en());
const filingJob = z.object({
  accession: z.string().check(z.regex(/^\d{10}-\d{2}-\d{6}$/)),
  cik: z.string().check(z.regex(/^\d{1,10}$/)),
  company: z.string(),
  formType: z.string().check(z.minLength(1)),
});

/** The worker's Lambda timeout (infra/ingestion.ts): one filing per invocation (SQS batch size 1). */
export const FILING_WORKER_TIMEOUT_SECONDS = 300;
/** Leave this much of the invocation for extraction and the writes after the last fetch. */
const AFTER_FETCH_MS = 30_000;
/**
 * The worker's base EDGAR timeout, so that the longest fetch ends inside the invocation: a submission fetch
 * may take 6 times the base (sources/edgar/client.ts), up to 4 attempts (3 retries) with backoffs of at most
 * 20 s between them: 4 x 6 x base + 3 x 20 s + AFTER_FETCH_MS <= the timeout (base 8.75 s, a submission 52.5 s).
 */
export const WORKER_EDGAR_TIMEOUT_MS = Math.floor(
  (FILING_WORKER_TIMEOUT_SECONDS * 1000 - AFTER_FETCH_MS - 3 * 20_000) / (4 * 6),
);

export class PoisonMessageError extends Error {
  override readonly name = 'PoisonMessageError';
}

export function parseFilingJob(record: SQSRecord): FilingJob {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    throw new PoisonMessageError(`message ${record.messageId} is not JSON`);
  }
  // One job per invocation (SQS batch size 1): zod's generated fast path would not pay for itself.
  const job = filingJob.safeParse(body, { jitless: true });
  if (!job.success)
    throw new PoisonMessageError(`message ${record.messageId} is not a filing job: ${job.error.message}`);
  return job.data;
}

/**
 * SQS batch → one filing each, reporting partial batch failures: only the failed messages come back, and after
 * maxReceiveCount tries SQS moves them to the dead-letter queue (with the error logged here as the reason).
 */
export function createFilingWorkerHandler(
  processFiling: (job: FilingJob) => Promise<unknown>,
  log: Logger,
): (event: SQSEvent) => Promise<SQSBatchResponse> {
  const processor = new BatchProcessor(EventType.SQS);
  const recordHandler = async (record: SQSRecord) => {
    try {
      return await processFiling(parseFilingJob(record));
    } catch (err) {
      log.error('filing failed', {
        messageId: record.messageId,
        receiveCount: record.attributes.ApproximateReceiveCount,
        error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
      });
      throw err;
    }
  };
  return (event) =>
    // One at a time: a large submission holds ~8 times its size in memory (npm run bench), never two at once.
    processPartialResponse(event, recordHandler, processor, {
      processInParallel: false,
      throwOnFullBatchFailure: false,
    });
}
