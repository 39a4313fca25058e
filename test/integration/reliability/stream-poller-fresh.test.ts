import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOutboxChannel } from '../../../functions/channels/outbox';
import { silentLogger } from '../../../functions/core/ports/log';
import { createNotifyHandler } from '../../../functions/handlers/notify';
import { LOCAL_AWS } from '../../../functions/local/dynamo-local';
import { StreamPoller } from '../../../functions/local/stream-poller';
import { dealFromStreamImage } from '../../../functions/store/deals';
import { recordMentions } from '../../../functions/use-cases/record-mentions';
import { mention, subscription } from '../../support/builders';
import { createTestStore, type TestStore } from '../../support/dynamo';

let store: TestStore;
let outboxFile: string;

beforeAll(async () => {
  store = await createTestStore();
  outboxFile = join(await mkdtemp(join(tmpdir(), 'outbox-')), 'outbox.jsonl');
  await store.subscriptions.put(subscription({ id: 'big', minValueUsd: 1e9 }));
});

const alerts = async () => (await readFile(outboxFile, 'utf8').catch(() => '')).split('\n').filter(Boolean);

describe('stream poller on a fresh DATA_DIR (issue 12, item 1)', () => {
  it('delivers deal records written after other tables moved the shared stream sequence on', async () => {
    const poller = new StreamPoller({
      dynamo: store.client,
      streams: new DynamoDBStreamsClient({ ...LOCAL_AWS, endpoint: store.endpoint }),
      tableName: store.names.deals,
      handler: createNotifyHandler(
        {
          subscriptions: store.subscriptions,
          ledger: store.deliveries,
          channel: createOutboxChannel({ file: outboxFile, print: () => {} }),
          log: silentLogger,
        },
        dealFromStreamImage,
      ),
      log: silentLogger,
    });
    // The poller takes its position while the deals stream is still empty (npm start on a fresh DATA_DIR).
    expect(await poller.pass()).toBe(0);
    // Filings and cursors are written first; DynamoDB Local numbers stream records across all tables.
    for (let i = 0; i < 5; i++) await store.state.put(`edgar:poll:${i}`, { seen: [String(i)] });
    await recordMentions({ deals: store.deals, clock: () => new Date() }, [mention()]);
    await poller.drain();
    expect(await alerts()).toHaveLength(1);
  });
});
