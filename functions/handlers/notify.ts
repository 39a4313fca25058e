import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { Deal } from '../core/types';
import { toDeal } from '../store/deals';
import { type NotifyDeps, notifySubscribers } from '../use-cases/notify-subscribers';

function image(raw: Record<string, unknown> | undefined): Deal | null {
  // Lambda's stream image type and the SDK's AttributeValue are the same wire shape under two names.
  return raw ? toDeal(unmarshall(raw as Record<string, AttributeValue>)) : null;
}

/** Deals change stream → alerts. Records are handled in order; a failed one is retried from there. */
export function createNotifyHandler(
  deps: NotifyDeps,
): (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse> {
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
