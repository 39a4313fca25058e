import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { LeaseStore } from '../core/ports/lease';
import { isConditionFailure } from './client';

/**
 * Leases as items of the state table (`lease#<name>`): a conditional put wins only when no live lease of
 * another owner exists, so a lease is exclusive without reserved concurrency (which new accounts cannot grant).
 */
export function createLeaseStore(
  doc: DynamoDBDocumentClient,
  tableName: string,
  now: () => Date = () => new Date(),
): LeaseStore {
  const key = (name: string) => `lease#${name}`;
  return {
    async acquire(name, owner, until) {
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: { key: key(name), owner, expiresAtMs: until.getTime() },
            ConditionExpression: 'attribute_not_exists(#key) OR expiresAtMs < :now OR #owner = :owner',
            ExpressionAttributeNames: { '#key': 'key', '#owner': 'owner' },
            ExpressionAttributeValues: { ':now': now().getTime(), ':owner': owner },
          }),
        );
        return true;
      } catch (err) {
        if (isConditionFailure(err)) return false;
        throw err;
      }
    },
    async release(name, owner) {
      try {
        await doc.send(
          new DeleteCommand({
            TableName: tableName,
            Key: { key: key(name) },
            ConditionExpression: '#owner = :owner',
            ExpressionAttributeNames: { '#owner': 'owner' },
            ExpressionAttributeValues: { ':owner': owner },
          }),
        );
      } catch (err) {
        // Expired and taken by another poller meanwhile: theirs now, nothing to give back.
        if (!isConditionFailure(err)) throw err;
      }
    },
  };
}
