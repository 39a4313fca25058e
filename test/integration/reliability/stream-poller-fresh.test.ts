import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOutboxChannel } from '../../../functions/channels/outbox';
import { recordMentions } from '../../../functions/use-cases/record-mentions';
import { alertPipeline } from '../../support/alert-pipeline';
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
    const pipeline = alertPipeline(store, createOutboxChannel({ file: outboxFile, print: () => {} }));
    const poller = pipeline.poller;
    // The poller takes its position while the deals stream is still empty (npm start on a fresh DATA_DIR).
    expect(await poller.pass()).toBe(0);
    // Filings and cursors are written first; DynamoDB Local numbers stream records across all tables.
    for (let i = 0; i < 5; i++) await store.state.put(`edgar:poll:${i}`, { seen: [String(i)] });
    await recordMentions({ deals: store.deals, clock: () => new Date() }, [mention()]);
    await pipeline.settle();
    expect(await alerts()).toHaveLength(1);
  });
});
