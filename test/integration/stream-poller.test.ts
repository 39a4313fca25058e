import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../functions/core/ports/log';
import { LOCAL_AWS } from '../../functions/local/dynamo-local';
import { StreamPoller } from '../../functions/local/stream-poller';
import { createTestStore, type TestStore } from '../support/dynamo';

function recordingLogger() {
  const lines: { level: string; message: string }[] = [];
  const at =
    (level: string) =>
    (message: string): void => {
      lines.push({ level, message });
    };
  const log: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { log, lines };
}

function put(store: TestStore, id: string) {
  return store.client.send(
    new PutItemCommand({ TableName: store.names.deals, Item: { id: { S: id }, note: { S: 'stream test' } } }),
  );
}

function pollerOn(store: TestStore, log: Logger, seen: string[], failOnce?: Set<string>) {
  return new StreamPoller({
    dynamo: store.client,
    streams: new DynamoDBStreamsClient({ ...LOCAL_AWS, endpoint: store.endpoint }),
    tableName: store.names.deals,
    log,
    handler: async (event: DynamoDBStreamEvent) => {
      for (const record of event.Records) {
        const id = record.dynamodb?.Keys?.id?.S ?? '?';
        if (failOnce?.delete(id))
          return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
        seen.push(id);
      }
      return { batchItemFailures: [] };
    },
  });
}

describe('the local stream poller on DynamoDB Local', () => {
  it('reads a table first polled while empty, after other tables were written, without a warning', async () => {
    const quiet = await createTestStore();
    const busy = await createTestStore();
    const { log, lines } = recordingLogger();
    const seen: string[] = [];
    const poller = pollerOn(quiet, log, seen);
    expect(await poller.pass()).toBe(0);
    // Other tables' writes move DynamoDB Local's shared sequence past the empty shard's iterator.
    for (let i = 0; i < 5; i++) await put(busy, `other-${i}`);
    await put(quiet, 'a');
    await put(quiet, 'b');
    await poller.drain();
    expect(seen).toEqual(['a', 'b']);
    expect(lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
  });

  it('offers a failed record again on the next pass and hands every record once', async () => {
    const store = await createTestStore();
    const { log } = recordingLogger();
    const seen: string[] = [];
    const poller = pollerOn(store, log, seen, new Set(['b']));
    for (const id of ['a', 'b', 'c']) await put(store, id);
    await poller.drain();
    expect(seen).toEqual(['a', 'b', 'c']);
  });
});
