import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSnapshotServer } from '../../../functions/local/snapshot-server';
import { subscription } from '../../support/builders';
import { startTestLocalStack } from '../../support/local-stack';

// `npm start` killed between a delivery's ledger claim and its publish (issue 12, item 9; `npm run chaos`
// kill -9 at ledger): the next start finds the claim still fresh ('busy'). The local alert queue must retry
// until the claim goes stale and then send, where AWS's delivery queue redelivers after its visibility timeout;
// with retries 1 s and 2 s apart it dead-lettered the alert for good. The stack is told a short stale-claim time
// (STALE_CLAIM_SECONDS, 70 s unless set), longer than those two retries: the test judges what was sent and what
// was dead-lettered, not how long it took.

const SNAPSHOT = resolve(import.meta.dirname, '..', '..', '..', 'demo', 'snapshot');
/** A deal the recorded EDGAR day makes (Nebius's 6-K on its Microsoft contract). */
const DEAL = 'microsoft--nebius--2025-09';

let snapshot: Awaited<ReturnType<typeof startSnapshotServer>>;
beforeAll(async () => {
  snapshot = await startSnapshotServer(SNAPSHOT);
});
afterAll(() => snapshot.close());

describe('a delivery claimed by a process that died before publishing', () => {
  it('is sent by the next start once the claim is stale, not dead-lettered', {
    timeout: 240_000,
  }, async () => {
    const { stack, store, lines } = await startTestLocalStack(snapshot.url, { STALE_CLAIM_SECONDS: '10' });
    const sub = subscription({ id: 'after-crash', minValueUsd: 0 });
    try {
      // The recorded day makes the deal while nobody is subscribed.
      await stack.runOnce();
      await stack.addSubscription(sub);
      // What the killed process left: the first alert's key claimed, nothing published. The deal shown again
      // (hidden, then unhidden) alerts its subscriber, whose delivery meets that claim while it is fresh.
      const key = `${sub.id}#${DEAL}`;
      expect((await store.deliveries.claim([key])).get(key)).toBe('claimed');
      await stack.correctDeal(DEAL, { action: 'hide', by: 'test', why: 'shown again below' });
      await stack.correctDeal(DEAL, { action: 'unhide', by: 'test', why: 'the crash test' });
      await stack.runOnce();
    } finally {
      await stack.stop();
    }
    const alerts = (await lines('outbox.jsonl')).map((l) => JSON.parse(l) as { dealId: string });
    expect(alerts.filter((a) => a.dealId === DEAL)).toHaveLength(1);
    expect(await lines('dead-letters.jsonl')).toEqual([]);
  });
});
