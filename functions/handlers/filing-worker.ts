import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { z } from 'zod';
import type { Logger } from '../core/ports/log';
import type { FilingJob } from '../core/types';

const filingJob = z.object({
  accession: z.string().regex(/^\d{10}-\d{2}-\d{6}$/),
  cik: z.string().regex(/^\d{1,10}$/),
  company: z.string(),
  formType: z.string().min(1),
});

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
  const job = filingJob.safeParse(body);
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
    processPartialResponse(event, recordHandler, processor, { throwOnFullBatchFailure: false });
}
