import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import type { SubscriptionRepository } from '../core/ports/store';
import type { Subscription } from '../core/types';

export function createSubscriptionRepository(
  doc: DynamoDBDocumentClient,
  tableName: string,
): SubscriptionRepository {
  return {
    async put(subscription) {
      await doc.send(new PutCommand({ TableName: tableName, Item: subscription }));
    },
    async get(id) {
      const out = await doc.send(new GetCommand({ TableName: tableName, Key: { id } }));
      return (out.Item as Subscription | undefined) ?? null;
    },
    async delete(id) {
      await doc.send(new DeleteCommand({ TableName: tableName, Key: { id } }));
    },
    // Subscriptions are few (one per subscriber endpoint); notify reads them all per change batch.
    async all() {
      const items: Subscription[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await doc.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
        items.push(...((out.Items ?? []) as Subscription[]));
        start = out.LastEvaluatedKey;
      } while (start);
      return items;
    },
  };
}
