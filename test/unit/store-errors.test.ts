import type { BatchGetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../functions/core/ports/store';
import { batchGetItems, classifyStoreError } from '../../functions/store/client';

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('classifyStoreError', () => {
  it('takes a read of an index DynamoDB is still filling for unavailability (503), not a bug (500)', () => {
    const err = classifyStoreError(
      named('ValidationException', 'Cannot read from backfilling global secondary index: byAnnouncedAt'),
    );
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as StoreUnavailableError).reason).toBe('index backfilling');
  });

  it('leaves any other refused request as it is', () => {
    const refused = named('ValidationException', 'The provided key element does not match the schema');
    expect(classifyStoreError(refused)).toBe(refused);
  });

  it('takes throttling and a refused connection for unavailability', () => {
    expect(classifyStoreError(named('ThrottlingException', 'slow down'))).toBeInstanceOf(
      StoreUnavailableError,
    );
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(classifyStoreError(refused)).toBeInstanceOf(StoreUnavailableError);
  });
});

/** DynamoDB under load, which DynamoDB Local never is: each call serves `served` keys and leaves the rest. */
function busyTable(served: number) {
  const calls: string[][] = [];
  const doc = {
    async send(command: BatchGetCommand) {
      const keys = (command.input.RequestItems?.t?.Keys ?? []) as { id: string }[];
      calls.push(keys.map((k) => k.id));
      const left = keys.slice(served);
      return {
        Responses: { t: keys.slice(0, served).map((k) => ({ id: k.id })) },
        UnprocessedKeys: left.length ? { t: { Keys: left } } : {},
      };
    },
  };
  return { doc: doc as unknown as DynamoDBDocumentClient, calls };
}

describe('batchGetItems', () => {
  it('reads again the keys a busy table left unprocessed', async () => {
    const { doc, calls } = busyTable(2);
    const items = await batchGetItems(doc, 't', 'id', ['a', 'b', 'c', 'd', 'e']);
    expect(items.map((i) => i.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(calls).toEqual([['a', 'b', 'c', 'd', 'e'], ['c', 'd', 'e'], ['e']]);
  });

  it('says the store is unavailable rather than passing unread keys off as missing items', async () => {
    const { doc, calls } = busyTable(0);
    await expect(batchGetItems(doc, 't', 'id', ['a', 'b'])).rejects.toThrow(
      new StoreUnavailableError('2 keys left unprocessed by BatchGetItem'),
    );
    expect(calls).toHaveLength(5);
  });
});
