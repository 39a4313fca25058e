import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { InvalidCursorError, StoreUnavailableError } from '../core/ports/store';

// Errors that mean the database could not be reached or would not serve now (after the SDK's own retries),
// as opposed to a request it refused.
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const UNAVAILABLE_NAMES = new Set([
  'TimeoutError',
  'RequestTimeout',
  'ServiceUnavailable',
  'InternalServerError',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
]);

/** A typed StoreUnavailableError for an outage or throttling; any other error unchanged. */
export function classifyStoreError(err: unknown): unknown {
  if (!(err instanceof Error) || err instanceof StoreUnavailableError) return err;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code))
    return new StoreUnavailableError(code, { cause: err });
  if (UNAVAILABLE_NAMES.has(err.name)) return new StoreUnavailableError(err.name, { cause: err });
  // An index added by the last deploy that DynamoDB is still filling refuses reads for a while: not the caller's
  // mistake nor a fault of ours, so a 503 with Retry-After (docs/operations.md, "Upgrades").
  if (err.name === 'ValidationException' && /backfilling/i.test(err.message))
    return new StoreUnavailableError('index backfilling', { cause: err });
  return err;
}

export function createDocumentClient(config: DynamoDBClientConfig = {}): DynamoDBDocumentClient {
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  // Outermost step, so it sees the error left after the SDK's retries.
  doc.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (err) {
        throw classifyStoreError(err);
      }
    },
    { step: 'initialize', name: 'classifyStoreErrors' },
  );
  return doc;
}

/** Opaque page cursors: the DynamoDB LastEvaluatedKey, base64url JSON. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
}

/**
 * Decodes a cursor into the start key of the index it pages. `keys` names the key attributes the index's
 * LastEvaluatedKey holds, each a string, and `fixed` the values that must match (the list partition): a
 * cursor of another shape would make DynamoDB refuse the query, and that is the caller's mistake.
 */
export function decodeCursor(
  cursor: string | null | undefined,
  keys: readonly string[],
  fixed: Record<string, string> = {},
): Record<string, string> | undefined {
  if (!cursor) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InvalidCursorError();
  const entries = Object.entries(value);
  const wellFormed =
    entries.length === keys.length &&
    entries.every(
      ([k, v]) =>
        keys.includes(k) &&
        typeof v === 'string' &&
        v.length > 0 &&
        Buffer.byteLength(v) <= 1024 &&
        (fixed[k] === undefined || fixed[k] === v),
    );
  if (!wellFormed) throw new InvalidCursorError();
  return value as Record<string, string>;
}

export function isConditionFailure(err: unknown): boolean {
  return err instanceof Error && err.name === 'ConditionalCheckFailedException';
}

/** A transaction cancelled because one of its conditions failed (not for a conflict or a throttle). */
export function isTransactionConditionFailure(err: unknown): boolean {
  if (!(err instanceof Error) || err.name !== 'TransactionCanceledException') return false;
  const reasons = (err as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.some((r) => r.Code === 'ConditionalCheckFailed');
}

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

/** Writes the items together or not at all: false (nothing written) when one of their conditions failed. */
export async function writeTogether(doc: DynamoDBDocumentClient, items: TransactItems): Promise<boolean> {
  try {
    await doc.send(new TransactWriteCommand({ TransactItems: items }));
    return true;
  } catch (err) {
    if (isTransactionConditionFailure(err)) return false;
    throw err;
  }
}

/**
 * Items by key, 100 keys a BatchGetItem call (DynamoDB's limit). Unprocessed keys come back under load; a few
 * rounds settle them, and a StoreUnavailableError says when they did not. Missing items are left out; the order
 * is not the keys'. `consistent` reads each item's latest write.
 */
export async function batchGetItems(
  doc: DynamoDBDocumentClient,
  tableName: string,
  keyName: string,
  ids: string[],
  consistent = false,
): Promise<NonNullable<BatchGetCommandOutput['Responses']>[string]> {
  const unique = [...new Set(ids)];
  const items: NonNullable<BatchGetCommandOutput['Responses']>[string] = [];
  for (let i = 0; i < unique.length; i += 100) {
    let keys: Record<string, unknown>[] | undefined = unique
      .slice(i, i + 100)
      .map((id) => ({ [keyName]: id }));
    for (let round = 0; keys?.length && round < 5; round++) {
      if (round > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** round));
      const out: BatchGetCommandOutput = await doc.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys, ConsistentRead: consistent } } }),
      );
      items.push(...(out.Responses?.[tableName] ?? []));
      keys = out.UnprocessedKeys?.[tableName]?.Keys;
    }
    // A key left unread is not a missing item: the caller must not act as if it were (and retries later).
    if (keys?.length) throw new StoreUnavailableError(`${keys.length} keys left unprocessed by BatchGetItem`);
  }
  return items;
}

/**
 * Puts items 25 to a BatchWriteItem call (DynamoDB's limit), unconditionally. Unprocessed items come back under
 * load: they are sent again after a short pause, a few rounds. Returns how many were still left unprocessed.
 */
export async function batchPutItems(
  doc: DynamoDBDocumentClient,
  tableName: string,
  items: readonly object[],
): Promise<number> {
  let left = 0;
  for (let i = 0; i < items.length; i += 25) {
    let requests: NonNullable<BatchWriteCommandOutput['UnprocessedItems']>[string] | undefined = items
      .slice(i, i + 25)
      .map((item) => ({ PutRequest: { Item: item as Record<string, unknown> } }));
    for (let round = 0; requests?.length && round < 5; round++) {
      if (round > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** round));
      const out: BatchWriteCommandOutput = await doc.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = out.UnprocessedItems?.[tableName];
    }
    left += requests?.length ?? 0;
  }
  return left;
}
