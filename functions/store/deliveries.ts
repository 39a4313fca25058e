import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { DeliveryLedger } from '../core/ports/store';
import { isConditionFailure } from './client';

/** Long enough to outlive any stream or queue redelivery. */
const KEEP_SECONDS = 90 * 24 * 3600;
/**
 * A claim older than this was left by an invocation that died between claim and send (notify's timeout is 60 s):
 * the next delivery attempt takes it over and sends.
 */
export const STALE_CLAIM_MS = 70_000;

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
              state: 'claimed',
              claimedAtMs: at.getTime(),
              expiresAt: Math.floor(at.getTime() / 1000) + KEEP_SECONDS,
            },
            ConditionExpression: 'attribute_not_exists(#key) OR (#state = :claimed AND claimedAtMs < :stale)',
            ExpressionAttributeNames: { '#key': 'key', '#state': 'state' },
            ExpressionAttributeValues: { ':claimed': 'claimed', ':stale': at.getTime() - STALE_CLAIM_MS },
          }),
        );
        return 'claimed';
      } catch (err) {
        if (!isConditionFailure(err)) throw err;
      }
      const out = await doc.send(
        new GetCommand({ TableName: tableName, Key: { key }, ConsistentRead: true }),
      );
      // Items of the one-phase ledger (no state) were written when sent.
      return out.Item?.state === 'claimed' ? 'busy' : 'sent';
    },
    async markSent(key) {
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { key },
          UpdateExpression: 'SET #state = :sent, sentAtMs = :now',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sent': 'sent', ':now': now().getTime() },
        }),
      );
    },
    async release(key) {
      await doc
        .send(
          new DeleteCommand({
            TableName: tableName,
            Key: { key },
            // Never un-send: only a claim is given back.
            ConditionExpression: '#state = :claimed',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':claimed': 'claimed' },
          }),
        )
        .catch((err: unknown) => {
          if (!isConditionFailure(err)) throw err;
        });
    },
  };
}
