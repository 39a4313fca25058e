import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOutboxChannel } from '../../functions/channels/outbox';
import { recordMentions } from '../../functions/use-cases/record-mentions';
import { alertPipeline } from '../support/alert-pipeline';
import { mention, newsSource, subscription } from '../support/builders';
import { createTestStore, type TestStore } from '../support/dynamo';

let store: TestStore;
let outboxFile: string;
let pipeline: ReturnType<typeof alertPipeline>;

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
  pipeline = alertPipeline(store, createOutboxChannel({ file: outboxFile, print: () => {} }));
  await store.subscriptions.put(subscription({ id: 'big', minValueUsd: 10e9 }));
  await store.subscriptions.put(subscription({ id: 'huge', minValueUsd: 20e9, notifyOn: [] }));
  await store.subscriptions.put(subscription({ id: 'oracle-only', minValueUsd: 0, companies: ['oracle'] }));
});

describe('deals change stream → notify → alert queue → delivery → outbox, on DynamoDB Local', () => {
  it('alerts each matching subscriber once for a new deal', async () => {
    await recordMentions({ deals: store.deals, clock }, [mention()]);
    await pipeline.settle();
    const sent = await alerts();
    expect(sent.map((a) => a.subscriptionId)).toEqual(['big']);
    expect(sent[0]?.subject).toContain('New compute deal');
  });

  it('does not alert again when the same records are delivered again', async () => {
    // A second pipeline (a fresh stream position) reads the stream from its start: notify queues the batches
    // again, and the delivery ledger sends nothing twice.
    const replay = alertPipeline(store, createOutboxChannel({ file: outboxFile, print: () => {} }));
    expect(await replay.poller.pass()).toBeGreaterThan(0); // it did read the stream from its start
    expect(replay.queued).toBeGreaterThan(0); // and queued its batches again
    await replay.settle();
    expect(await alerts()).toHaveLength(1);
  });

  it('a second source saying the same thing alerts nobody; a value rise alerts who asked for it', async () => {
    await recordMentions({ deals: store.deals, clock }, [
      mention({ source: newsSource('reuters/1'), status: 'reported' }),
    ]);
    await pipeline.settle();
    expect(await alerts()).toHaveLength(1);

    await recordMentions({ deals: store.deals, clock }, [
      mention({ valueUsd: 22.4e9, status: 'expanded', source: newsSource('reuters/2') }),
    ]);
    await pipeline.settle();
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
