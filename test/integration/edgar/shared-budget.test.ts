import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { EDGAR_SLOT_PREFIX, SharedEdgarBudget } from '../../../functions/store/edgar-budget';
import { createTestStore, type TestStore } from '../../support/dynamo';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore();
});

/** The most grants in any 1-second window. */
function peakPerSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while ((sorted[j] as number) - (sorted[i] as number) >= 1000) i++;
    peak = Math.max(peak, j - i + 1);
  }
  return peak;
}

/** Every slot item in the state table. */
async function slotItems(): Promise<{ key: string; lane: string; expiresAt: number }[]> {
  const slots = await store.doc.send(
    new ScanCommand({
      TableName: store.names.state,
      FilterExpression: 'begins_with(#key, :prefix)',
      ExpressionAttributeNames: { '#key': 'key' },
      ExpressionAttributeValues: { ':prefix': EDGAR_SLOT_PREFIX },
    }),
  );
  return (slots.Items ?? []) as { key: string; lane: string; expiresAt: number }[];
}

describe('shared EDGAR budget (DynamoDB Local)', () => {
  it('three workers of the two lanes never exceed the budget together, and the current lane is not starved', async () => {
    // A low rate: slots of 500 ms leave room for DynamoDB Local's latency on a loaded machine.
    const RATE = 3;
    const worker = () => new SharedEdgarBudget(store.doc, store.names.state, { ratePerSecond: RATE });
    const grants: { lane: 'current' | 'periodic'; at: number }[] = [];
    const until = Date.now() + 4_000;
    const run = async (budget: SharedEdgarBudget, lane: 'current' | 'periodic') => {
      while (Date.now() < until) {
        await budget.acquire(lane === 'current' ? 0 : 1);
        grants.push({ lane, at: Date.now() });
      }
    };
    const current = worker();
    await Promise.all([run(current, 'current'), run(worker(), 'periodic'), run(worker(), 'periodic')]);

    expect(peakPerSecond(grants.map((g) => g.at))).toBeLessThanOrEqual(RATE);
    const byLane = (lane: string) => grants.filter((g) => g.lane === lane).length;
    // The first slot of every second is the current lane's alone: at least one grant a second or so.
    expect(byLane('current')).toBeGreaterThanOrEqual(2);
    expect(byLane('periodic')).toBeGreaterThanOrEqual(1);

    const items = await slotItems();
    expect(items.length).toBeGreaterThanOrEqual(grants.length);
    for (const item of items) {
      const slot = Number(item.key.slice(EDGAR_SLOT_PREFIX.length));
      // The periodic lane never holds a reserved slot.
      if (slot % current.slotsPerSecond === 0) expect(item.lane).toBe('current');
      // Expired by the table's TTL a minute after the slot.
      expect(item.expiresAt).toBeGreaterThan((slot * current.slotMs) / 1000);
      expect(item.expiresAt).toBeLessThanOrEqual((slot * current.slotMs) / 1000 + 61);
    }
  }, 30_000);

  it('a periodic worker alone takes every slot but the reserved ones (work-conserving beyond the reserve)', async () => {
    const RATE = 4;
    const budget = new SharedEdgarBudget(store.doc, store.names.state, { ratePerSecond: RATE });
    const before = new Set((await slotItems()).map((i) => i.key));
    const times: number[] = [];
    const until = Date.now() + 3_000;
    while (Date.now() < until) {
      await budget.acquire(1);
      times.push(Date.now());
    }
    // Judged by the slots it claimed, not by the clock after each grant (a late wake-up can cross a slot's end).
    const claimed = (await slotItems()).filter((i) => !before.has(i.key));
    expect(claimed.length).toBeGreaterThanOrEqual(2);
    for (const item of claimed) {
      expect(item.lane).toBe('periodic');
      expect(Number(item.key.slice(EDGAR_SLOT_PREFIX.length)) % budget.slotsPerSecond).not.toBe(0);
    }
    expect(peakPerSecond(times)).toBeLessThanOrEqual(RATE);
  }, 30_000);

  it('refuses a total below 2 requests/s with a clear message', () => {
    expect(() => new SharedEdgarBudget(store.doc, store.names.state, { ratePerSecond: 1 })).toThrow(
      /at least 2 requests\/s/,
    );
  });
});
