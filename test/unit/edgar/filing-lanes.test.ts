import { describe, expect, it } from 'vitest';
import { createLaneRouter } from '../../../functions/channels/lane-router';
import { laneOf } from '../../../functions/core/filing-lanes';
import { PriorityRateLimiter } from '../../../functions/core/rate-limit';
import type { FilingJob } from '../../../functions/core/types';
import { RecordingQueue } from '../../support/recording-queue';

/** A clock that only moves when someone sleeps: grants can be read off it exactly. */
function fakeTime() {
  let now = 0;
  return {
    now: () => now,
    // Time moves once the callers already granted have run (setImmediate comes after every microtask).
    sleep: (ms: number) =>
      new Promise<void>((resolve) =>
        setImmediate(() => {
          now += ms;
          resolve();
        }),
      ),
  };
}

describe('laneOf', () => {
  it('puts current reports in the first lane and everything else in the second', () => {
    for (const form of ['8-K', '8-K/A', '6-K', '6-k/a', ' 8-K ']) expect(laneOf(form)).toBe('current');
    for (const form of ['10-Q', '10-K', '20-F', '40-F', 'S-1', 'S-1/A', '424B5', '8-K12B'])
      expect(laneOf(form)).toBe('periodic');
  });
});

describe('createLaneRouter', () => {
  it('sends each job to its lane, current reports first', async () => {
    const order: string[] = [];
    const current = new RecordingQueue();
    const periodic = new RecordingQueue();
    const spy = (name: string, q: RecordingQueue) => ({
      send: async (jobs: FilingJob[]) => {
        order.push(name);
        await q.send(jobs);
      },
    });
    const job = (accession: string, formType: string): FilingJob => ({
      accession,
      cik: '1',
      company: 'x',
      formType,
    });
    await createLaneRouter({ current: spy('current', current), periodic: spy('periodic', periodic) }).send([
      job('0000000001-26-000001', '10-Q'),
      job('0000000001-26-000002', '8-K'),
      job('0000000001-26-000003', '10-K'),
    ]);
    expect(order).toEqual(['current', 'periodic']);
    expect(current.jobs.map((j) => j.formType)).toEqual(['8-K']);
    expect(periodic.jobs.map((j) => j.formType)).toEqual(['10-Q', '10-K']);
  });
});

describe('PriorityRateLimiter', () => {
  it('gives each slot to the first lane when both wait, even to a caller that came later', async () => {
    const time = fakeTime();
    const limiter = new PriorityRateLimiter({ ratePerSecond: 10, ...time });
    const grants: string[] = [];
    const take = (name: string, priority: number) => limiter.acquire(priority).then(() => grants.push(name));
    const all = [take('p1', 1), take('p2', 1), take('p3', 1)];
    // Arrives after three periodic callers are queued: served right after the slot already granted.
    all.push(take('c1', 0), take('c2', 0));
    await Promise.all(all);
    expect(grants).toEqual(['p1', 'c1', 'c2', 'p2', 'p3']);
  });

  it('never grants two slots closer than 1/rate, whatever the mix of priorities', async () => {
    const time = fakeTime();
    const limiter = new PriorityRateLimiter({ ratePerSecond: 10, ...time });
    const at: number[] = [];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        limiter.acquire(i % 3 === 0 ? 0 : 1).then(() => at.push(time.now())),
      ),
    );
    for (let i = 1; i < at.length; i++)
      expect((at[i] as number) - (at[i - 1] as number)).toBeGreaterThanOrEqual(100);
    // Any 1-second window holds at most 10 grants.
    for (const start of at)
      expect(at.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(10);
  });

  it('holds every lane back after a pause (429), then resumes one interval apart', async () => {
    const time = fakeTime();
    const limiter = new PriorityRateLimiter({ ratePerSecond: 10, ...time });
    await limiter.acquire(1);
    limiter.pauseFor(2000);
    const at: number[] = [];
    await Promise.all([limiter.acquire(0), limiter.acquire(1)].map((p) => p.then(() => at.push(time.now()))));
    expect(at[0]).toBeGreaterThanOrEqual(2000);
    expect((at[1] as number) - (at[0] as number)).toBeGreaterThanOrEqual(100);
  });
});
