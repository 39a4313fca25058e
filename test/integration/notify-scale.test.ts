import { describe, expect, it } from 'vitest';
import { createTestStore } from '../support/dynamo';
import { runNotifyAtScale } from '../support/notify-scale';

describe('alert fan-out at scale (DynamoDB Local; SNS and SQS mocked at the SDK boundary)', () => {
  it('alerts each of 1,000 subscriptions once per new deal, across a redelivered batch, refused publishes, held confirmations and opt-outs', async () => {
    const store = await createTestStore();
    const run = await runNotifyAtScale({
      doc: store.doc,
      names: store.names,
      subscribers: 1000,
      refuseFirst: 5,
      pending: 4,
      optedOut: 3,
    });
    const reachable = 1000 - 3;
    // Every reachable (subscriber, deal) pair exactly once.
    expect(run.published).toHaveLength(3 * reachable);
    expect(new Set(run.published).size).toBe(3 * reachable);
    for (const deal of run.deals) {
      expect(run.published.filter((p) => p.endsWith(`|${deal.id}`))).toHaveLength(reachable);
    }
    // The pending subscribers heard nothing until they confirmed, then each deal once.
    expect(run.beforeConfirmation).toBe(3 * (reachable - 4));
    // The refused publishes failed their queue message, which SQS redelivered.
    expect(run.failures.some((f) => f.length > 0)).toBe(true);
    // The redelivered stream batch published nothing new: 2,991 sends plus the 5 refused calls.
    expect(run.publishCalls).toBe(3 * reachable + 5);
    // Opted-out numbers were recorded in DynamoDB, and never published to.
    for (const id of run.optedOutIds) {
      expect((await run.store.subscriptions.get(id))?.endpointState).toBe('opted_out');
      expect(run.published.some((p) => p.startsWith(`${id}|`))).toBe(false);
    }
    // Notify queued each stream record's 1,000 matches as 20 messages of 50 (5 records, one batch twice).
    expect(run.queuedMessages).toBe(5 * 20);
  }, 600_000);
});
