import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../functions/core/ports/log';
import { createScheduledPollHandler } from '../../functions/handlers/scheduled-poll';
import { createLeaseStore } from '../../functions/store/lease';
import { createTestStore, type TestStore } from '../support/dynamo';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore();
});

const context = { getRemainingTimeInMillis: () => 60_000 };

describe('poller lease (DynamoDB Local)', () => {
  it('two concurrent pollers never both poll, and each round one of them does', async () => {
    let running = 0;
    let maxRunning = 0;
    let polls = 0;
    const run = async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      polls++;
      await sleep(15);
      running--;
      return 'polled';
    };
    const lease = { store: store.leases, name: 'edgar-poll' };
    const a = createScheduledPollHandler('a', run, silentLogger, { lease });
    const b = createScheduledPollHandler('b', run, silentLogger, { lease });
    for (let round = 0; round < 25; round++) {
      const outcomes = await Promise.all([a({}, context), b({}, context)]);
      expect(outcomes.filter((o) => o === 'polled').length).toBeLessThanOrEqual(1);
    }
    expect(maxRunning).toBe(1);
    // Released after each run, so the lease does not starve the next round.
    expect(polls).toBeGreaterThanOrEqual(25);
  });

  it('a live lease excludes another owner; its holder extends it; an expired one is taken over', async () => {
    let nowMs = Date.parse('2026-01-05T10:00:00Z');
    const leases = createLeaseStore(store.doc, store.names.state, () => new Date(nowMs));
    const until = (s: number) => new Date(nowMs + s * 1000);
    expect(await leases.acquire('news-poll', 'first', until(70))).toBe(true);
    expect(await leases.acquire('news-poll', 'second', until(70))).toBe(false);
    expect(await leases.acquire('news-poll', 'first', until(140))).toBe(true);
    nowMs += 100_000;
    expect(await leases.acquire('news-poll', 'second', until(70))).toBe(false);
    nowMs += 50_000;
    expect(await leases.acquire('news-poll', 'second', until(70))).toBe(true);
    // The crashed first owner's late release does not free the second owner's lease.
    await leases.release('news-poll', 'first');
    expect(await leases.acquire('news-poll', 'third', until(70))).toBe(false);
    await leases.release('news-poll', 'second');
    expect(await leases.acquire('news-poll', 'third', until(70))).toBe(true);
  });

  it('a run that throws still gives the lease back', async () => {
    const lease = { store: store.leases, name: 'failing' };
    const failing = createScheduledPollHandler(
      'f',
      async () => Promise.reject(new Error('boom')),
      silentLogger,
      {
        lease,
      },
    );
    await expect(failing({}, context)).rejects.toThrow('boom');
    const next = createScheduledPollHandler('n', async () => 'polled', silentLogger, { lease });
    expect(await next({}, context)).toBe('polled');
  });
});
