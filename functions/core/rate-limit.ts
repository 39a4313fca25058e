/** Token buckets that every request of a process goes through, so that fair-access limits hold across workers. */

export interface RateLimiterOptions {
  ratePerSecond: number;
  /** Tokens that may be spent at once after an idle spell; defaults to 1 (strict spacing). */
  burst?: number;
  /** Monotonic clock in ms. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class InvalidRateError extends Error {
  override readonly name = 'InvalidRateError';
}

export const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, Math.max(0, ms));
  });

/**
 * A token bucket, kept as its "theoretical arrival time" (GCRA): each caller reserves the next slot in arrival
 * order and sleeps exactly until it is due, so concurrent callers never race one another.
 * With burst B and rate R, any window of length W admits at most B + R*W acquisitions.
 */
export class RateLimiter {
  readonly ratePerSecond: number;
  readonly burst: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly intervalMs: number;
  private readonly toleranceMs: number;
  private tat = Number.NEGATIVE_INFINITY;
  private queue: Promise<void> = Promise.resolve();

  constructor(opts: RateLimiterOptions) {
    if (!Number.isFinite(opts.ratePerSecond) || opts.ratePerSecond <= 0) {
      throw new InvalidRateError(`ratePerSecond must be a positive number, got ${opts.ratePerSecond}`);
    }
    const burst = opts.burst ?? 1;
    if (!Number.isFinite(burst) || burst < 1) throw new InvalidRateError(`burst must be >= 1, got ${burst}`);
    this.ratePerSecond = opts.ratePerSecond;
    this.burst = Math.floor(burst);
    this.now = opts.now ?? (() => performance.now());
    this.sleep = opts.sleep ?? defaultSleep;
    this.intervalMs = 1000 / opts.ratePerSecond;
    this.toleranceMs = (this.burst - 1) * this.intervalMs;
  }

  /**
   * Resolves when the caller may send one request. Grants are handed out one after another (FIFO), and each
   * next slot counts from the moment the previous grant really happened: a timer that fires late can delay
   * requests but never bunch them.
   */
  acquire(): Promise<void> {
    const turn = this.queue.then(async () => {
      const wait = this.reserve();
      if (wait > 0) {
        await this.sleep(wait);
        this.tat = Math.max(this.tat, this.now() + this.intervalMs + this.toleranceMs);
      }
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Holds every caller back until `untilMs` on this limiter's clock (after a 429 or the rate page); callers
   * then resume one interval apart, with no burst.
   */
  pauseUntil(untilMs: number): void {
    this.tat = Math.max(this.tat, untilMs + this.toleranceMs);
  }

  /** Same as pauseUntil, relative to this limiter's clock. */
  pauseFor(ms: number): void {
    this.pauseUntil(this.now() + ms);
  }

  /** Takes the next slot and returns how long the caller must wait (ms) before using it. */
  reserve(): number {
    const now = this.now();
    const at = Math.max(now, this.tat - this.toleranceMs);
    this.tat = Math.max(this.tat, at) + this.intervalMs;
    return at - now;
  }
}

/** One bucket per key (a host for news feeds), created on first use with the same settings. */
export class KeyedRateLimiter {
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(private readonly opts: RateLimiterOptions & { maxKeys?: number }) {}

  for(key: string): RateLimiter {
    let limiter = this.limiters.get(key);
    if (!limiter) {
      // Bounded: a feed list is small; drop the oldest bucket rather than grow without end.
      if (this.limiters.size >= (this.opts.maxKeys ?? 1000)) {
        const oldest = this.limiters.keys().next().value;
        if (oldest !== undefined) this.limiters.delete(oldest);
      }
      limiter = new RateLimiter(this.opts);
      this.limiters.set(key, limiter);
    }
    return limiter;
  }

  /** Convenience for HttpClient's `limiterFor`: one bucket per host. */
  forUrl(url: URL): RateLimiter {
    return this.for(url.host.toLowerCase());
  }

  acquire(key: string): Promise<void> {
    return this.for(key).acquire();
  }
}
