import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidRateError, KeyedRateLimiter, RateLimiter } from '../../functions/core/rate-limit';

/** A fake clock: sleeping advances time, so many "concurrent" callers can be simulated deterministically. */
function fakeClock() {
  let now = 1_000;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('RateLimiter', () => {
  it('spaces acquisitions 1/rate apart after the burst', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ ratePerSecond: 5, burst: 2, now: clock.now });
    const waits = Array.from({ length: 6 }, () => limiter.reserve());
    expect(waits).toEqual([0, 0, 200, 400, 600, 800]);
  });

  it('refills while idle, up to the burst only', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ ratePerSecond: 10, burst: 3, now: clock.now });
    for (let i = 0; i < 3; i++) limiter.reserve();
    clock.advance(60_000);
    expect([limiter.reserve(), limiter.reserve(), limiter.reserve(), limiter.reserve()]).toEqual([
      0, 0, 0, 100,
    ]);
  });

  it('never lets a 1-second window hold more than burst + rate acquisitions (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 120 }),
        (rate, burst, gaps) => {
          const clock = fakeClock();
          const limiter = new RateLimiter({ ratePerSecond: rate, burst, now: clock.now });
          const starts: number[] = [];
          for (const gap of gaps) {
            clock.advance(gap);
            starts.push(clock.now() + limiter.reserve());
          }
          starts.sort((a, b) => a - b);
          for (let i = 0; i < starts.length; i++) {
            const first = starts[i] as number;
            const inWindow = starts.filter((t) => t >= first && t < first + 1000).length;
            expect(inWindow).toBeLessThanOrEqual(burst + rate);
          }
        },
      ),
    );
  });

  it('pauses every caller after a back-off, then resumes one interval apart', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ ratePerSecond: 5, burst: 5, now: clock.now });
    limiter.pauseFor(3_000);
    expect([limiter.reserve(), limiter.reserve(), limiter.reserve()]).toEqual([3_000, 3_200, 3_400]);
  });

  it('acquire sleeps for the reserved wait', async () => {
    const clock = fakeClock();
    const sleeps: number[] = [];
    const limiter = new RateLimiter({
      ratePerSecond: 4,
      now: clock.now,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    expect(sleeps).toEqual([250, 500]);
  });

  it('rejects nonsense rates', () => {
    expect(() => new RateLimiter({ ratePerSecond: 0 })).toThrow(InvalidRateError);
    expect(() => new RateLimiter({ ratePerSecond: 5, burst: 0 })).toThrow(InvalidRateError);
  });
});

describe('KeyedRateLimiter', () => {
  it('keeps one bucket per host', () => {
    const clock = fakeClock();
    const keyed = new KeyedRateLimiter({ ratePerSecond: 1, now: clock.now });
    const a = keyed.forUrl(new URL('https://a.example/feed'));
    expect(keyed.forUrl(new URL('https://A.example/other'))).toBe(a);
    const b = keyed.forUrl(new URL('https://b.example/feed'));
    expect(a.reserve()).toBe(0);
    expect(b.reserve()).toBe(0);
    expect(a.reserve()).toBe(1000);
  });
});
