import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DeliveryLedger } from '../core/ports/store';
import { isConditionFailure } from './client';

/** Long enough to outlive any stream or queue redelivery. */
const KEEP_SECONDS = 90 * 24 * 3600;

export function createDeliveryLedger(
  doc: DynamoDBDocumentClient,
  tableName: string,
  now: () => Date = () => new Date(),
): DeliveryLedger {
  return {
    async claim(key) {
      const at = now();
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              key,
              claimedAt: at.toISOString(),
              expiresAt: Math.floor(at.getTime() / 1000) + KEEP_SECONDS,
            },
            ConditionExpression: 'attribute_not_exists(#key)',
            ExpressionAttributeNames: { '#key': 'key' },
          }),
        );
        return true;
      } catch (err) {
        if (isConditionFailure(err)) return false;
        throw err;
      }
    },
    async release(key) {
      await doc.send(new DeleteCommand({ TableName: tableName, Key: { key } }));
    },
  };
}
