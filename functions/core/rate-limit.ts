/** Token buckets that every request of a process goes through, so that fair-access limits hold across workers. */

export interface RateLimiterOptions {
  ratePerSecond: number;
  /** Tokens that may be spent at once after an idle spell; defaults to 1 (strict spacing). */
  burst?: number;
  /** Monotonic clock in ms. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** What HttpClient needs of a bucket. `priority` (0 first) matters only to a PriorityRateLimiter. */
export interface Limiter {
  acquire(priority?: number): Promise<void>;
  pauseFor(ms: number): void;
}

/** A limiter with a known rate: the port the EDGAR client takes (in-process, or shared by a deployment). */
export interface RateBudget extends Limiter {
  readonly ratePerSecond: number;
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
export class RateLimiter implements Limiter {
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

/**
 * One budget for several lanes: requests are spaced 1/rate apart (no burst), and when a slot comes up it goes to
 * the waiting caller of the lowest priority number, first come first served within a priority. The current-
 * reports lane (priority 0) is thus served first, and the periodic lane (1) gets every slot the first leaves.
 * The choice is made when the slot is due, not when the caller arrives, so a late 8-K overtakes 10-Qs queued
 * long before it.
 */
export class PriorityRateLimiter implements RateBudget {
  readonly ratePerSecond: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly intervalMs: number;
  private readonly waiting: (() => void)[][];
  private nextSlot = Number.NEGATIVE_INFINITY;
  private pumping = false;

  constructor(opts: Omit<RateLimiterOptions, 'burst'> & { priorities?: number }) {
    if (!Number.isFinite(opts.ratePerSecond) || opts.ratePerSecond <= 0) {
      throw new InvalidRateError(`ratePerSecond must be a positive number, got ${opts.ratePerSecond}`);
    }
    this.ratePerSecond = opts.ratePerSecond;
    this.now = opts.now ?? (() => performance.now());
    this.sleep = opts.sleep ?? defaultSleep;
    this.intervalMs = 1000 / opts.ratePerSecond;
    this.waiting = Array.from({ length: opts.priorities ?? 2 }, () => []);
  }

  acquire(priority = 0): Promise<void> {
    const lane = Math.min(Math.max(0, Math.floor(priority)), this.waiting.length - 1);
    return new Promise<void>((resolve) => {
      (this.waiting[lane] as (() => void)[]).push(resolve);
      if (!this.pumping) void this.pump();
    });
  }

  /** Callers waiting, per priority. */
  get pending(): number[] {
    return this.waiting.map((w) => w.length);
  }

  pauseUntil(untilMs: number): void {
    this.nextSlot = Math.max(this.nextSlot, untilMs);
  }

  pauseFor(ms: number): void {
    this.pauseUntil(this.now() + ms);
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      while (this.waiting.some((w) => w.length > 0)) {
        const wait = this.nextSlot - this.now();
        // Re-checked after every sleep: a pause may have moved the slot while we slept.
        if (wait > 0) {
          await this.sleep(wait);
          continue;
        }
        const next = this.waiting.find((w) => w.length > 0)?.shift();
        if (!next) return;
        // Counted from the grant itself: a timer that fires late delays requests but never bunches them.
        this.nextSlot = this.now() + this.intervalMs;
        next();
      }
    } finally {
      this.pumping = false;
    }
  }
}
