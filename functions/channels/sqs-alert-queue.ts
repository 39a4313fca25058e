import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { AlertQueue, DeliveryBatch } from '../core/ports/channels';
import { QueueSendError } from './sqs-filing-queue';

/** SQS takes 10 entries and 256 KiB a SendMessageBatch call; stay a little under the size. */
const MAX_ENTRIES = 10;
const MAX_CALL_BYTES = 240 * 1024;

/**
 * Delivery batches to SQS, as few calls as the limits allow. Any entry SQS refuses fails the call, so that the
 * stream record is retried (the ledger keeps batches already delivered from alerting twice).
 */
export function createSqsAlertQueue(sqs: SQSClient, queueUrl: string): AlertQueue {
  const flush = async (bodies: string[], delaySeconds: number | undefined) => {
    const out = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: bodies.map((body, n) => ({ Id: String(n), MessageBody: body, DelaySeconds: delaySeconds })),
      }),
    );
    if (out.Failed?.length) {
      const first = out.Failed[0];
      throw new QueueSendError(
        `SQS refused ${out.Failed.length} delivery batch(es): ${first?.Code} ${first?.Message ?? ''}`,
      );
    }
  };
  return {
    async send(batches: DeliveryBatch[], opts = {}) {
      let pending: string[] = [];
      let bytes = 0;
      for (const batch of batches) {
        const body = JSON.stringify(batch);
        const size = Buffer.byteLength(body);
        if (pending.length === MAX_ENTRIES || (pending.length > 0 && bytes + size > MAX_CALL_BYTES)) {
          await flush(pending, opts.delaySeconds);
          pending = [];
          bytes = 0;
        }
        pending.push(body);
        bytes += size;
      }
      if (pending.length > 0) await flush(pending, opts.delaySeconds);
    },
  };
}
