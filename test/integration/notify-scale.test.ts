import { describe, expect, it } from 'vitest';
import { createTestStore } from '../support/dynamo';
import { runNotifyAtScale } from '../support/notify-scale';

describe('alert fan-out at scale (DynamoDB Local, SNS mocked at the SDK boundary)', () => {
  it('alerts each of 1,000 subscriptions once per new deal, across a redelivered batch and refused publishes', async () => {
    const store = await createTestStore();
    const run = await runNotifyAtScale({
      doc: store.doc,
      names: store.names,
      subscribers: 1000,
      refuseFirst: 5,
    });
    // Every (subscriber, deal) pair exactly once.
    expect(run.published).toHaveLength(3 * 1000);
    expect(new Set(run.published).size).toBe(3 * 1000);
    for (const deal of run.deals) {
      expect(run.published.filter((p) => p.endsWith(`|${deal.id}`))).toHaveLength(1000);
    }
    // The refused publishes failed their record, which the retry then delivered.
    expect(run.failures.some((f) => f.length > 0)).toBe(true);
    // The redelivered batch published nothing new: 3,000 sends plus the 5 refused calls.
    expect(run.publishCalls).toBe(3000 + 5);
  }, 240_000);
});
