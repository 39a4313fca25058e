import { brotliCompressSync } from 'node:zlib';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStateStore } from '../../functions/store/state';
import { createTestStore, type TestStore } from '../support/dynamo';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore();
});

/** 4,000 accessions as the EDGAR cursor holds them (about 90 KB of JSON). */
function bigCursor(salt: number) {
  const agents = ['0001193125', '0000950170', '0001628280', '0001104659', '0001213900'];
  const seen = Array.from({ length: 4000 }, (_, i) => {
    const agent = i % 3 === 0 ? String((i * 7919 + salt) % 2_000_000).padStart(10, '0') : agents[i % 5];
    return `${agent}-25-${String((i * 104_729 + salt) % 400_000).padStart(6, '0')}`;
  });
  return { seen, newestAcceptedAt: '2025-11-28T21:59:01Z', pendingDates: ['2025-11-28'], indexTriedAt: {} };
}

const raw = async (key: string) =>
  (await store.doc.send(new GetCommand({ TableName: store.names.state, Key: { key }, ConsistentRead: true })))
    .Item;

describe('state store (DynamoDB Local)', () => {
  it('writes only when the value changed', async () => {
    let tick = 0;
    const state = createStateStore(
      store.doc,
      store.names.state,
      () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)),
    );
    await state.put('news:feed:a', { etag: 'x', failures: 0 });
    const first = (await raw('news:feed:a'))?.updatedAt;
    await state.put('news:feed:a', { etag: 'x', failures: 0 });
    expect((await raw('news:feed:a'))?.updatedAt).toBe(first);
    // Read by another process: still no write for the same value.
    const other = createStateStore(store.doc, store.names.state, () => new Date(Date.UTC(2027, 0, 1)));
    await other.put('news:feed:a', await other.get('news:feed:a'));
    expect((await raw('news:feed:a'))?.updatedAt).toBe(first);
    await state.put('news:feed:a', { etag: 'y', failures: 0 });
    expect((await raw('news:feed:a'))?.updatedAt).not.toBe(first);
    expect(await other.get('news:feed:a')).toEqual({ etag: 'y', failures: 0 });
  });

  it('keeps the 4,000-accession EDGAR cursor under a quarter of its JSON size, and reads it back whole', async () => {
    const cursor = bigCursor(1);
    const json = JSON.stringify(cursor).length;
    await store.state.put('edgar:poll', cursor);
    const item = await raw('edgar:poll');
    const stored = (item?.packed as Uint8Array | undefined)?.byteLength ?? Number.POSITIVE_INFINITY;
    expect(json).toBeGreaterThan(80_000);
    expect(stored).toBeLessThan(json / 4);
    expect(item?.value).toBeUndefined();
    expect(await store.state.get('edgar:poll')).toEqual(cursor);
    const next = bigCursor(2);
    await store.state.put('edgar:poll', next);
    expect(await createStateStore(store.doc, store.names.state).get('edgar:poll')).toEqual(next);
  });

  it("reads a value packed at brotli's default quality (what earlier releases wrote)", async () => {
    const cursor = bigCursor(3);
    const packed = brotliCompressSync(Buffer.from(JSON.stringify(cursor), 'utf8'));
    await store.doc.send(
      new PutCommand({ TableName: store.names.state, Item: { key: 'edgar:old', packed, updatedAt: 'x' } }),
    );
    expect(await createStateStore(store.doc, store.names.state).get('edgar:old')).toEqual(cursor);
  });

  it('still reads a value stored uncompressed', async () => {
    await store.state.put('small', ['a', 'b']);
    expect((await raw('small'))?.value).toEqual(['a', 'b']);
    expect(await createStateStore(store.doc, store.names.state).get('small')).toEqual(['a', 'b']);
  });
});
