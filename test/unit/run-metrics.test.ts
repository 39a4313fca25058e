import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricName, Metrics } from '../../functions/core/ports/metrics';
import { countEdgarLoop, countFiling, countNewsPoll } from '../../functions/handlers/run-metrics';
import { createEdgarHttpClient } from '../../functions/sources/edgar/client';
import { meteredEdgarHttp } from '../../functions/sources/edgar/metered-http';
import { RateLimitedError } from '../../functions/sources/http';
import type { EdgarPollReport } from '../../functions/use-cases/poll-edgar';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';

function recorder(): Metrics & { totals: Partial<Record<MetricName, number>> } {
  const totals: Partial<Record<MetricName, number>> = {};
  return {
    totals,
    count: (name, value = 1) => {
      totals[name] = (totals[name] ?? 0) + value;
    },
  };
}

const poll = (over: Partial<EdgarPollReport>): EdgarPollReport => ({
  pages: 1,
  entries: 100,
  queued: 2,
  alreadyRecorded: 0,
  malformedPages: [],
  reachedSeen: true,
  gap: false,
  backfilledDates: [],
  pendingDates: [],
  rateLimited: false,
  retryAfterMs: null,
  interrupted: null,
  ...over,
});

describe('run metrics', () => {
  it('counts an EDGAR loop and beats the heartbeat only when a poll read the feed uninterrupted', () => {
    const ok = recorder();
    countEdgarLoop(ok, { polls: 2, queued: 3, rateLimited: false, reports: [poll({}), poll({ queued: 1 })] });
    expect(ok.totals).toMatchObject({ FilingsSeen: 200, FilingsQueued: 3, EdgarPollSucceeded: 1 });
    const limited = recorder();
    const interrupted = poll({ rateLimited: true, interrupted: 'rate limited', entries: 0, pages: 0 });
    countEdgarLoop(limited, { polls: 1, queued: 0, rateLimited: true, reports: [interrupted] });
    expect(limited.totals.EdgarPollSucceeded).toBeUndefined();
  });

  it('counts filings processed and skipped, and news runs', () => {
    const m = recorder();
    countFiling(m, { status: 'done', mentions: 2 });
    countFiling(m, { status: 'skipped', mentions: 0 });
    countFiling(m, { status: 'duplicate', mentions: 0 });
    countNewsPoll(m, {
      polled: 1,
      skipped: 0,
      notModified: 0,
      failed: 0,
      items: 5,
      newItems: 3,
      mentions: 1,
      feeds: [],
    });
    expect(m.totals).toMatchObject({
      FilingsProcessed: 1,
      FilingsSkipped: 1,
      Mentions: 3,
      NewsPollSucceeded: 1,
    });
  });
});

describe('metered EDGAR HTTP client (loopback)', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer((req, res) => {
      if (req.url === '/lockout') {
        res.writeHead(403, { 'content-type': 'text/html' });
        res.end('<html><title>SEC.gov | Request Rate Threshold Exceeded</title></html>');
      } else if (req.url === '/busy') {
        res.writeHead(429, { 'retry-after': '120' });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
      }
    });
  });
  afterAll(() => server.close());

  it('counts requests, 429 refusals and the 403 lockout, and passes every error on', async () => {
    const m = recorder();
    // A fresh client per case: a 429 with a long Retry-After blocks the host for that client.
    const metered = () =>
      meteredEdgarHttp(
        createEdgarHttpClient({ userAgent: 'Metrics Test ops@example.com', maxRps: 10, retries: 0 }).http,
        m,
      );
    const opts = { timeoutMs: 5_000, maxBytes: 10_000 };
    expect((await metered().get(`${server.url}/ok`, opts)).body.toString()).toBe('ok');
    await expect(metered().get(`${server.url}/busy`, opts)).rejects.toBeInstanceOf(RateLimitedError);
    const lockedOut = metered();
    await expect(lockedOut.get(`${server.url}/lockout`, opts)).rejects.toBeInstanceOf(RateLimitedError);
    // The following refusal (host blocked) is no second lockout.
    await expect(lockedOut.get(`${server.url}/ok`, opts)).rejects.toBeInstanceOf(RateLimitedError);
    expect(m.totals).toEqual({ EdgarRequests: 4, EdgarRateLimited: 1, EdgarLockouts: 1 });
  });
});
