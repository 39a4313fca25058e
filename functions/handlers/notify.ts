import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { Deal } from '../core/types';
import { type NotifyDeps, notifySubscribers } from '../use-cases/notify-subscribers';

/**
 * Deals change stream → alerts. Records are handled in order; a failed one is retried from there. The store
 * owns the item format, so it decodes the images (store/deals.ts `dealFromStreamImage`).
 */
export function createNotifyHandler(
  deps: NotifyDeps,
  decodeDeal: (image: Record<string, unknown>) => Deal,
): (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse> {
  const image = (raw: Record<string, unknown> | undefined) => (raw ? decodeDeal(raw) : null);
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const recordHandler = async (record: DynamoDBRecord) => {
    const current = image(record.dynamodb?.NewImage);
    if (!current) return; // a removed deal alerts nobody
    await notifySubscribers(deps, [{ previous: image(record.dynamodb?.OldImage), current }]);
  };
  return (event) =>
    processPartialResponse(event, recordHandler, processor, {
      processInParallel: false,
      throwOnFullBatchFailure: false,
    });
}
