import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { FilingQueue } from '../core/ports/channels';

export class QueueSendError extends Error {
  override readonly name = 'QueueSendError';
}

/** Filing jobs to SQS, ten to a batch (SQS's limit); any entry SQS refuses fails the call so the poll retries. */
export function createSqsFilingQueue(sqs: SQSClient, queueUrl: string): FilingQueue {
  return {
    async send(jobs) {
      for (let i = 0; i < jobs.length; i += 10) {
        const batch = jobs.slice(i, i + 10);
        const out = await sqs.send(
          new SendMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: batch.map((job, n) => ({ Id: String(n), MessageBody: JSON.stringify(job) })),
          }),
        );
        if (out.Failed?.length) {
          const first = out.Failed[0];
          throw new QueueSendError(
            `SQS refused ${out.Failed.length} job(s): ${first?.Code} ${first?.Message ?? ''}`,
          );
        }
      }
    },
  };
}
