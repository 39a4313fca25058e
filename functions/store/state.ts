import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { StateStore } from '../core/ports/store';

/** Values whose JSON is longer than this are stored brotli-compressed: a write costs 1 unit per KB. */
const PACK_OVER_CHARS = 2048;
/**
 * Brotli's quality for the packed values. Node's default, 11, took 650 ms of CPU for the 90 KB EDGAR cursor on the
 * shared 2-core machine, and the news poller puts a feed's state twice per chunk of 20 items: 15 s of a busy day's
 * CPU (bench busy-day). Quality 4 took 5 ms for a value 9 % larger (8.5 KB against 7.8 KB: the same write units).
 * Reading does not depend on it: values packed at 11 read back the same.
 */
const PACK_QUALITY = 4;

/**
 * Named state items. Cost shapes it (docs/cost.md): the EDGAR cursor (~90 KB of JSON) was rewritten on every
 * poll. Now a put that would store what this process last read or wrote under the key is skipped, and a large
 * value is stored compressed (about a fifth of the size), so an idle poll writes nothing and a busy one ~20 units.
 * Only the poller lease holder writes the cursor, so "what this process last saw" is what the table holds.
 */
export function createStateStore(
  doc: DynamoDBDocumentClient,
  tableName: string,
  now: () => Date = () => new Date(),
): StateStore {
  const lastJson = new Map<string, string>();
  return {
    async get<T>(key: string) {
      const out = await doc.send(
        new GetCommand({ TableName: tableName, Key: { key }, ConsistentRead: true }),
      );
      if (!out.Item) {
        lastJson.delete(key);
        return null;
      }
      const packed = out.Item.packed as Uint8Array | undefined;
      const json = packed
        ? brotliDecompressSync(packed).toString('utf8')
        : JSON.stringify(out.Item.value ?? null);
      lastJson.set(key, json);
      return JSON.parse(json) as T;
    },
    async put<T>(key: string, value: T) {
      const json = JSON.stringify(value);
      if (lastJson.get(key) === json) return;
      const body =
        json.length > PACK_OVER_CHARS
          ? {
              packed: brotliCompressSync(Buffer.from(json, 'utf8'), {
                params: { [constants.BROTLI_PARAM_QUALITY]: PACK_QUALITY },
              }),
            }
          : { value };
      await doc.send(
        new PutCommand({ TableName: tableName, Item: { key, ...body, updatedAt: now().toISOString() } }),
      );
      lastJson.set(key, json);
    },
  };
}
