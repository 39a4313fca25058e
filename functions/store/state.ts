import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { StateStore } from '../core/ports/store';

export function createStateStore(doc: DynamoDBDocumentClient, tableName: string): StateStore {
  return {
    async get<T>(key: string) {
      const out = await doc.send(
        new GetCommand({ TableName: tableName, Key: { key }, ConsistentRead: true }),
      );
      return out.Item ? (out.Item.value as T) : null;
    },
    async put<T>(key: string, value: T) {
      await doc.send(
        new PutCommand({ TableName: tableName, Item: { key, value, updatedAt: new Date().toISOString() } }),
      );
    },
  };
}
