import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../functions/core/ports/log';
import { createScheduledPollHandler } from '../../functions/handlers/scheduled-poll';

describe('scheduled poll handler', () => {
  it('runs until shortly before the invocation deadline, at most maxRunMs, and without one locally', async () => {
    const seen: (number | null)[] = [];
    const handler = createScheduledPollHandler(
      't',
      async (untilMs) => seen.push(untilMs === null ? null : untilMs - Date.now()),
      silentLogger,
      { maxRunMs: 50_000 },
    );
    await handler({}, { getRemainingTimeInMillis: () => 30_000 });
    await handler({}, { getRemainingTimeInMillis: () => 120_000 });
    await handler({});
    expect(seen[0]).toBeGreaterThan(19_000);
    expect(seen[0]).toBeLessThanOrEqual(20_000);
    expect(seen[1]).toBeGreaterThan(49_000);
    expect(seen[1]).toBeLessThanOrEqual(50_000);
    // No Lambda context (a local timer's tick): no deadline, one pass.
    expect(seen[2]).toBeNull();
  });

  it('rethrows a failed run so that it shows as a failed invocation', async () => {
    const handler = createScheduledPollHandler(
      't',
      async () => Promise.reject(new Error('boom')),
      silentLogger,
    );
    await expect(handler({})).rejects.toThrow('boom');
  });
});
