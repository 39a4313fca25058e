import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOutboxChannel } from '../../functions/channels/outbox';
import { silentLogger } from '../../functions/core/ports/log';
import { createNotifyHandler } from '../../functions/handlers/notify';
import { LOCAL_AWS } from '../../functions/local/dynamo-local';
import { StreamPoller } from '../../functions/local/stream-poller';
import { dealFromStreamImage } from '../../functions/store/deals';
import { recordMentions } from '../../functions/use-cases/record-mentions';
import { mention, newsSource, subscription } from '../support/builders';
import { createTestStore, type TestStore } from '../support/dynamo';

let store: TestStore;
let outboxFile: string;
let poller: StreamPoller;

async function alerts(): Promise<{ subscriptionId: string; subject: string; changeKey: string }[]> {
  const text = await readFile(outboxFile, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

const clock = () => new Date();

beforeAll(async () => {
  store = await createTestStore();
  outboxFile = join(await mkdtemp(join(tmpdir(), 'outbox-')), 'outbox.jsonl');
  const handler = createNotifyHandler(
    {
      subscriptions: store.subscriptions,
      ledger: store.deliveries,
      channel: createOutboxChannel({ file: outboxFile, print: () => {} }),
      log: silentLogger,
    },
    dealFromStreamImage,
  );
  poller = new StreamPoller({
    dynamo: store.client,
    streams: new DynamoDBStreamsClient({ ...LOCAL_AWS, endpoint: store.endpoint }),
    tableName: store.names.deals,
    handler,
    log: silentLogger,
  });
  await store.subscriptions.put(subscription({ id: 'big', minValueUsd: 10e9 }));
  await store.subscriptions.put(subscription({ id: 'huge', minValueUsd: 20e9, notifyOn: [] }));
  await store.subscriptions.put(subscription({ id: 'oracle-only', minValueUsd: 0, companies: ['oracle'] }));
});

describe('deals change stream → notify → outbox, on DynamoDB Local', () => {
  it('alerts each matching subscriber once for a new deal', async () => {
    await recordMentions({ deals: store.deals, clock }, [mention()]);
    await poller.drain();
    const sent = await alerts();
    expect(sent.map((a) => a.subscriptionId)).toEqual(['big']);
    expect(sent[0]?.subject).toContain('New compute deal');
  });

  it('does not alert again when the same records are delivered again', async () => {
    const replay = new StreamPoller({
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
    expect(await replay.pass()).toBeGreaterThan(0); // it did read the stream from its start
    expect(await alerts()).toHaveLength(1);
  });

  it('a second source saying the same thing alerts nobody; a value rise alerts who asked for it', async () => {
    await recordMentions({ deals: store.deals, clock }, [
      mention({ source: newsSource('reuters/1'), status: 'reported' }),
    ]);
    await poller.drain();
    expect(await alerts()).toHaveLength(1);

    await recordMentions({ deals: store.deals, clock }, [
      mention({ valueUsd: 22.4e9, status: 'expanded', source: newsSource('reuters/2') }),
    ]);
    await poller.drain();
    const sent = await alerts();
    // "big" asked for value rises; "huge" hears of the deal for the first time now that it is over $20B.
    // The alerts of one change are published in parallel: their order is not promised.
    expect(sent.map((a) => `${a.subscriptionId}:${a.subject.split(':')[0]}`).sort()).toEqual([
      'big:Deal value up',
      'big:New compute deal',
      'huge:New compute deal',
    ]);
  });
});
