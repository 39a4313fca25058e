import { type AttributeValue, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { ClaimState, DeliveryLedger } from '../core/ports/store';
import { batchPutItems, isConditionFailure } from './client';

/** Long enough to outlive any stream or queue redelivery. */
const KEEP_SECONDS = 90 * 24 * 3600;
/**
 * A claim older than this was left by an invocation that died between claim and send (a delivery run claims at
 * most DELIVERY_CLAIM_CHUNK alerts before it publishes and marks them): the next attempt takes it over and sends.
 */
export const STALE_CLAIM_MS = 70_000;
/** Items in one TransactWriteItems call (DynamoDB's limit). */
const TRANSACTION_ITEMS = 100;
/** Rounds of a claim whose transaction was cancelled by other keys' conditions (each round drops those keys). */
const CLAIM_ROUNDS = 4;

/** Sent alerts whose mark DynamoDB left unprocessed after every round: the message fails and is redelivered. */
export class LedgerWriteError extends Error {
  override readonly name = 'LedgerWriteError';
}

/**
 * The state of a key whose claim was refused, from the item that refused it (the exception carries it in the
 * low-level attribute format). Items of the one-phase ledger (no state) were written when sent; without the item,
 * busy: the batch is retried, never sent twice.
 */
function refusedBy(item: Record<string, AttributeValue> | undefined): ClaimState {
  if (!item) return 'busy';
  return item.state?.S === 'claimed' ? 'busy' : 'sent';
}

export function createDeliveryLedger(
  doc: DynamoDBDocumentClient,
  tableName: string,
  now: () => Date = () => new Date(),
  /** STALE_CLAIM_MS, but for the local runner under test (TEST_ONLY_STALE_CLAIM_SECONDS). */
  staleClaimMs: number = STALE_CLAIM_MS,
): DeliveryLedger {
  /**
   * Claims up to 100 keys in one transaction, each on the condition that it is new or a stale claim. A cancelled
   * transaction names the keys whose condition failed, with the item that failed it (sent, or claimed by another
   * run and still fresh), and the keys caught in another transaction (busy); the rest go in the next round.
   */
  async function claimChunk(keys: string[], states: Map<string, ClaimState>): Promise<void> {
    let pending = keys;
    for (let round = 0; pending.length > 0 && round < CLAIM_ROUNDS; round++) {
      const at = now().getTime();
      try {
        await doc.send(
          new TransactWriteCommand({
            TransactItems: pending.map((key) => ({
              Put: {
                TableName: tableName,
                Item: {
                  key,
                  state: 'claimed',
                  claimedAtMs: at,
                  expiresAt: Math.floor(at / 1000) + KEEP_SECONDS,
                },
                ConditionExpression:
                  'attribute_not_exists(#key) OR (#state = :claimed AND claimedAtMs < :stale)',
                ExpressionAttributeNames: { '#key': 'key', '#state': 'state' },
                ExpressionAttributeValues: { ':claimed': 'claimed', ':stale': at - staleClaimMs },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            })),
          }),
        );
        for (const key of pending) states.set(key, 'claimed');
        pending = [];
      } catch (err) {
        if (!(err instanceof TransactionCanceledException)) throw err;
        const reasons = err.CancellationReasons ?? [];
        const next: string[] = [];
        pending.forEach((key, i) => {
          const reason = reasons[i];
          if (reason?.Code === 'ConditionalCheckFailed') states.set(key, refusedBy(reason.Item));
          else if (reason?.Code === 'TransactionConflict') states.set(key, 'busy');
          else if (reason?.Code === 'None' || reason?.Code === undefined) next.push(key);
          else throw err; // throttled or refused: the batch is retried
        });
        pending = next;
      }
    }
    for (const key of pending) states.set(key, 'busy');
  }

  return {
    async claim(keys) {
      const unique = [...new Set(keys)];
      const states = new Map<string, ClaimState>();
      for (let i = 0; i < unique.length; i += TRANSACTION_ITEMS)
        await claimChunk(unique.slice(i, i + TRANSACTION_ITEMS), states);
      return states;
    },
    async markSent(keys) {
      // The caller holds these claims: the sent item replaces the claim unconditionally, 25 to a request.
      const at = now().getTime();
      const unprocessed = await batchPutItems(
        doc,
        tableName,
        [...new Set(keys)].map((key) => ({
          key,
          state: 'sent',
          sentAtMs: at,
          expiresAt: Math.floor(at / 1000) + KEEP_SECONDS,
        })),
      );
      if (unprocessed > 0)
        throw new LedgerWriteError(`${unprocessed} alert(s) not marked sent; retry the batch`);
    },
    async release(keys) {
      await Promise.all(
        [...new Set(keys)].map((key) =>
          doc
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
            }),
        ),
      );
    },
  };
}
