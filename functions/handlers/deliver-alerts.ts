import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { DeliveryBatch } from '../core/ports/channels';
import { deliverQueuedBatch, type QueuedDeliverDeps } from '../use-cases/deliver-alerts';

/** A queue message that is not a delivery batch: it fails, and after its retries waits in the dead-letter queue. */
export class InvalidDeliveryBatchError extends Error {
  override readonly name = 'InvalidDeliveryBatchError';
}

function parseBatch(record: SQSRecord): DeliveryBatch {
  const body = JSON.parse(record.body) as Partial<DeliveryBatch>;
  if (typeof body.deal?.id !== 'string' || !Array.isArray(body.plans))
    throw new InvalidDeliveryBatchError(`message ${record.messageId} is not a delivery batch`);
  return body as DeliveryBatch;
}

/** Delivery queue -> alerts. Each message is one batch; a failed one is redelivered by SQS alone. */
export function createDeliverAlertsHandler(
  deps: QueuedDeliverDeps,
): (event: SQSEvent) => Promise<SQSBatchResponse> {
  const processor = new BatchProcessor(EventType.SQS);
  const recordHandler = async (record: SQSRecord) => {
    await deliverQueuedBatch(deps, parseBatch(record));
  };
  return (event) =>
    processPartialResponse(event, recordHandler, processor, { throwOnFullBatchFailure: false });
}
