// Fault injection for `npm run chaos`, local runner only: CHAOS_KILL_AT=<point>:<n> makes this process kill
// itself with SIGKILL (no handler runs, as in a power cut) the n-th time it passes the named point. Unset, every
// point is a no-op. Never read in Lambda.

export const CHAOS_POINTS = [
  'poll', // an EDGAR feed page was read
  'record', // a filing record was written
  'queue', // filing jobs are about to be queued
  'claim', // a filing was moved to a new state (claimed, done)
  'worker', // a submission was fetched by the worker
  'merge', // a deal was saved
  'stream', // deal change records are about to be handled
  'ledger', // a delivery was claimed in the ledger, not yet published
  'publish', // an alert was written to the outbox
  'news', // a news item was claimed
  'cursor', // a cursor or feed status was saved
] as const;
export type ChaosPoint = (typeof CHAOS_POINTS)[number];

function parse(value: string | undefined): { point: string; n: number } | null {
  const match = value?.match(/^([a-z-]+):(\d{1,6})$/);
  return match ? { point: match[1] as string, n: Number(match[2]) } : null;
}

const target = parse(process.env.CHAOS_KILL_AT);
const hits = new Map<string, number>();

export function chaosPoint(point: ChaosPoint): void {
  if (!target || target.point !== point) return;
  const count = (hits.get(point) ?? 0) + 1;
  hits.set(point, count);
  if (count === target.n) process.kill(process.pid, 'SIGKILL');
}

/** The object with `method` wrapped: the point is passed after the call resolves (the effect is durable). */
export function afterCall<T extends object, K extends keyof T>(obj: T, method: K, point: ChaosPoint): T {
  if (!target || target.point !== point) return obj;
  const original = obj[method] as unknown as (...args: unknown[]) => Promise<unknown>;
  return Object.assign(Object.create(obj), {
    [method]: async (...args: unknown[]) => {
      const out = await original.apply(obj, args);
      chaosPoint(point);
      return out;
    },
  }) as T;
}

/** The object with `method` wrapped: the point is passed before the call starts. */
export function beforeCall<T extends object, K extends keyof T>(obj: T, method: K, point: ChaosPoint): T {
  if (!target || target.point !== point) return obj;
  const original = obj[method] as unknown as (...args: unknown[]) => Promise<unknown>;
  return Object.assign(Object.create(obj), {
    [method]: (...args: unknown[]) => {
      chaosPoint(point);
      return original.apply(obj, args);
    },
  }) as T;
}
