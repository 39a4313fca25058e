import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { SubscriptionRepository } from '../core/ports/store';
import type { Subscription } from '../core/types';
import { batchGetItems, isConditionFailure } from './client';

/** State-table item counting subscription writes: notify rescans only when it moved. */
const VERSION_KEY = 'subscriptions:version';

/**
 * Subscriptions, and a version bumped by every write. `all()` keeps the scanned set per process and checks the
 * version (one small read) before reusing it, so notify does not scan 10,000 subscriptions for every stream record.
 */
export function createSubscriptionRepository(
  doc: DynamoDBDocumentClient,
  tableName: string,
  stateTableName: string,
): SubscriptionRepository {
  let cached: { version: number; items: Subscription[] } | null = null;
  const bump = () =>
    doc.send(
      new UpdateCommand({
        TableName: stateTableName,
        Key: { key: VERSION_KEY },
        UpdateExpression: 'ADD version :one',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );
  return {
    async put(subscription) {
      await doc.send(new PutCommand({ TableName: tableName, Item: subscription }));
      await bump();
    },
    async get(id) {
      const out = await doc.send(new GetCommand({ TableName: tableName, Key: { id } }));
      return (out.Item as Subscription | undefined) ?? null;
    },
    async getMany(ids) {
      return (await batchGetItems(doc, tableName, 'id', ids)) as Subscription[];
    },
    async delete(id) {
      await doc.send(new DeleteCommand({ TableName: tableName, Key: { id } }));
      await bump();
    },
    async setEndpointState(id, state) {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: { id },
            UpdateExpression: 'SET endpointState = :state',
            ConditionExpression: 'attribute_exists(id)',
            ExpressionAttributeValues: { ':state': state },
          }),
        );
      } catch (err) {
        if (isConditionFailure(err)) return;
        throw err;
      }
      // Listings read the cached set too: they must show the new state.
      await bump();
    },
    async findByEndpoint(endpoint) {
      const items: Subscription[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await doc.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: 'byEndpoint',
            KeyConditionExpression: 'endpoint = :endpoint',
            ExpressionAttributeValues: { ':endpoint': endpoint },
            ExclusiveStartKey: start,
          }),
        );
        items.push(...((page.Items ?? []) as Subscription[]));
        start = page.LastEvaluatedKey;
      } while (start);
      return items;
    },
    async all() {
      const out = await doc.send(
        new GetCommand({ TableName: stateTableName, Key: { key: VERSION_KEY }, ConsistentRead: true }),
      );
      const version = Number(out.Item?.version ?? 0);
      if (cached?.version === version) return cached.items;
      const items: Subscription[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await doc.send(
          new ScanCommand({ TableName: tableName, ExclusiveStartKey: start, ConsistentRead: true }),
        );
        items.push(...((page.Items ?? []) as Subscription[]));
        start = page.LastEvaluatedKey;
      } while (start);
      cached = { version, items };
      return items;
    },
  };
}
