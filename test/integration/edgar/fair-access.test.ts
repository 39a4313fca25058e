import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createEdgarHttpClient } from '../../../functions/sources/edgar/client';
import { RateLimitedError } from '../../../functions/sources/http';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';

const RATE_PAGE = readFileSync(
  new URL('../../fixtures/edgar/documents/rate-threshold-exceeded.htm', import.meta.url),
);
const UA = 'Compute Alerts Load Test ops@example.com';
const MAX_RPS = 10;

let server: FixtureServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** The largest number of arrivals inside any 1-second window (sliding, half-open). */
function maxInAnySecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while ((sorted[hi] as number) - (sorted[lo] as number) >= 1000) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

describe('EDGAR fair access under load (one client, many concurrent callers)', () => {
  it('never lets a 1-second window hold more than the configured rate, and backs off on 429 and 403', async () => {
    let served429 = false;
    server = await startFixtureServer((req, res) => {
      if (req.url === '/busy' && !served429) {
        served429 = true;
        res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' });
        res.end('Too Many Requests');
        return;
      }
      if (req.url === '/blocked') {
        res.writeHead(403, { 'content-type': 'text/html' });
        res.end(RATE_PAGE);
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`ok ${req.url}`);
    });
    const { http } = createEdgarHttpClient({ userAgent: UA, maxRps: MAX_RPS });
    const get = (path: string) => http.get(`${server?.url}${path}`, { timeoutMs: 10_000, maxBytes: 10_000 });

    // 45 callers at once, as many workers of one process would be, with one 429 among them.
    const results = await Promise.allSettled(
      Array.from({ length: 45 }, (_, i) => get(i === 12 ? '/busy' : `/doc/${i}`)),
    );
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    const first = server.requests.length;
    expect(first).toBe(46);
    expect(maxInAnySecond(server.requests.map((r) => r.at))).toBeLessThanOrEqual(MAX_RPS);
    expect(server.requests.every((r) => r.headers['user-agent'] === UA)).toBe(true);

    // Backoff on 429: the retry came after Retry-After, and every other caller was held back meanwhile.
    const busy = server.requests.filter((r) => r.url === '/busy');
    expect(busy).toHaveLength(2);
    const [refused, retried] = busy as [(typeof busy)[0], (typeof busy)[0]];
    expect(retried.at - refused.at).toBeGreaterThanOrEqual(950);
    const duringPause = server.requests.filter((r) => r.at > refused.at + 150 && r.at < refused.at + 900);
    expect(duringPause).toEqual([]);

    // The 403 rate page: one request reaches the server, then the client refuses locally for ~10 minutes.
    const blocked = await Promise.allSettled(Array.from({ length: 8 }, () => get('/blocked')));
    expect(blocked.every((r) => r.status === 'rejected' && r.reason instanceof RateLimitedError)).toBe(true);
    const reasons = blocked.map((r) =>
      r.status === 'rejected' ? (r.reason as RateLimitedError).reason : null,
    );
    expect(reasons.filter((r) => r === 'rate-threshold-page')).toHaveLength(1);
    expect(server.requests.length - first).toBe(1);
    await expect(get('/doc/after')).rejects.toMatchObject({ reason: 'host-blocked' });
    expect(server.requests.length - first).toBe(1);
  });
});
