import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { defaultSleep, InvalidRateError, type RateBudget } from '../core/rate-limit';
import { isConditionFailure } from './client';

/**
 * One EDGAR budget for every Lambda instance of both filing lanes and the poller (issue 15), as items of the
 * state table: time is cut into slots of 1/(rate − 1) s, and a request may go out only in a slot its caller has
 * claimed with a conditional put (`edgar-slot#<n>`, expiring after a minute through the table's TTL). A slot has
 * one owner, so requests are at least a slot apart, and any 1-second window holds at most rate − 1 slot starts
 * plus one request sent late in its slot: never more than `rate`. The current-reports lane (priority 0) may take
 * every slot; the periodic lane skips the first `reservedForCurrent` slots of each second, which are always free
 * for an 8-K, and takes every other slot the current lane leaves (work-conserving beyond that reserve).
 */
export interface SharedEdgarBudgetOptions {
  /** The total for the whole deployment (EDGAR_MAX_RPS, at least 2). */
  ratePerSecond: number;
  /** Slots per second only the current lane may take (default 1). */
  reservedForCurrent?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const EDGAR_SLOT_PREFIX = 'edgar-slot#';
/** Slot items outlive their second by this much, then the table's TTL removes them (a write costs the same). */
const SLOT_TTL_SECONDS = 60;
/** Attempts before acquire gives up (every one is a slot lost to another caller): minutes of saturation. */
const MAX_ATTEMPTS = 10_000;

export class EdgarBudgetExhaustedError extends Error {
  override readonly name = 'EdgarBudgetExhaustedError';
}

export class SharedEdgarBudget implements RateBudget {
  readonly ratePerSecond: number;
  readonly slotMs: number;
  readonly slotsPerSecond: number;
  private readonly reserved: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private pausedUntil = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    opts: SharedEdgarBudgetOptions,
  ) {
    if (!Number.isFinite(opts.ratePerSecond) || opts.ratePerSecond < 2)
      throw new InvalidRateError(
        `a shared EDGAR budget needs at least 2 requests/s, got ${opts.ratePerSecond}`,
      );
    this.ratePerSecond = opts.ratePerSecond;
    this.slotsPerSecond = Math.floor(opts.ratePerSecond) - 1;
    this.slotMs = 1000 / this.slotsPerSecond;
    this.reserved = Math.min(this.slotsPerSecond - 1, Math.max(0, opts.reservedForCurrent ?? 1));
    this.now = opts.now ?? (() => Date.now());
    this.sleep = opts.sleep ?? defaultSleep;
  }

  /** Whether the periodic lane may take slot n (the first slots of each second are the current lane's). */
  private openTo(slot: number, priority: number): boolean {
    return priority === 0 || slot % this.slotsPerSecond >= this.reserved;
  }

  /**
   * Claims the next slot this caller may take, then waits for it to start. The claim is made a slot ahead, so
   * that DynamoDB's latency is spent while the previous slot runs out rather than in the slot itself. It resolves
   * only inside its slot: a claim (or a timer) that comes back after the slot has ended gives the slot up.
   */
  async acquire(priority = 0): Promise<void> {
    let slot = Math.floor(Math.max(this.now(), this.pausedUntil) / this.slotMs) + 1;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++, slot++) {
      if (!this.openTo(slot, priority)) continue;
      const start = slot * this.slotMs;
      if (this.now() >= start + this.slotMs || start < this.pausedUntil) {
        slot = Math.floor(Math.max(this.now(), this.pausedUntil) / this.slotMs);
        continue;
      }
      if (!(await this.claim(slot, priority))) continue;
      const now = this.now();
      if (start > now) await this.sleep(start - now);
      // A claim or a timer that came back after the slot ended would bunch this request with the next slot's.
      if (this.now() < start + this.slotMs) return;
    }
    throw new EdgarBudgetExhaustedError(`no EDGAR slot free after ${MAX_ATTEMPTS} attempts`);
  }

  /** After a 429 or the rate page: this instance waits; the others meet EDGAR's answer themselves. */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  private async claim(slot: number, priority: number): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            key: `${EDGAR_SLOT_PREFIX}${slot}`,
            lane: priority === 0 ? 'current' : 'periodic',
            expiresAt: Math.ceil((slot * this.slotMs) / 1000) + SLOT_TTL_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(#key)',
          ExpressionAttributeNames: { '#key': 'key' },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }
}
