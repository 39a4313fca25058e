import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../functions/api/app';
import { ResponseCache } from '../../functions/api/response-cache';
import { mergeMention } from '../../functions/core/deal-merge';
import { silentLogger } from '../../functions/core/ports/log';
import type { Deal } from '../../functions/core/types';
import { LOCAL_AWS } from '../../functions/local/dynamo-local';
import { invalidatingOnChange } from '../../functions/local/runtime';
import { StreamPoller } from '../../functions/local/stream-poller';
import { batchPutItems } from '../../functions/store/client';
import { dealItem } from '../../functions/store/deals';
import { mention, newsSource } from '../support/builders';
import { createTestStore, type TestStore } from '../support/dynamo';

// The deals list's in-process cache on DynamoDB Local, with the local runner's own invalidation: the deals'
// real change stream read by the StreamPoller through `invalidatingOnChange`. The cache's seconds are set long
// (60) so that what a test sees is the cache's doing, not its expiry; nothing here waits on a clock.

const NOW = new Date('2026-02-01T10:00:00.000Z');
const BASE = 'https://deals.example.org';

/** Deal `i`, announced on day i + 1 of January 2025; buyer acme or zenith; every third reported. */
function dealOf(i: number, day = i + 1): Deal {
  const d = mergeMention(
    null,
    mention({
      buyer: i % 2 ? { id: 'acme', name: 'Acme' } : { id: 'zenith', name: 'Zenith' },
      provider: { id: `p-${String(i).padStart(4, '0')}`, name: `Provider ${i}` },
      valueUsd: (i + 1) * 1e9,
      status: i % 3 === 0 ? 'reported' : 'signed',
      source: {
        ...newsSource(`wire/cache-${i}`),
        publishedAt: `2025-01-${String(day).padStart(2, '0')}T09:00:00.000Z`,
      },
    }),
    NOW,
  );
  if (!d) throw new Error('no deal');
  return d;
}

const ids = async (res: Response) =>
  ((await res.json()) as { deals: { id: string }[] }).deals.map((d) => d.id);

describe('the deals list served from the in-process cache', () => {
  let store: TestStore;
  let cache: ResponseCache;
  let cached: ReturnType<typeof createApiApp>;
  let uncached: ReturnType<typeof createApiApp>;
  let stream: StreamPoller;

  beforeAll(async () => {
    store = await createTestStore();
    await batchPutItems(
      store.doc,
      store.names.deals,
      Array.from({ length: 12 }, (_, i) => dealItem(dealOf(i))),
    );
    cache = new ResponseCache({ seconds: 60 });
    const deps = { deals: store.deals, filings: store.filings, log: silentLogger, publicBaseUrl: BASE };
    cached = createApiApp({ ...deps, listCache: cache });
    uncached = createApiApp(deps);
    stream = new StreamPoller({
      dynamo: store.client,
      streams: new DynamoDBStreamsClient({ ...LOCAL_AWS, endpoint: store.endpoint }),
      tableName: store.names.deals,
      handler: invalidatingOnChange(cache, async () => ({ batchItemFailures: [] })),
      log: silentLogger,
    });
    // The seeding's own changes: handled before the tests begin.
    await stream.drain();
  });

  it('serves a page from memory until the change stream shows a write, then the new deal', async () => {
    const first = await cached.request('/deals?limit=5');
    const body = await first.text();
    const newest = dealOf(40, 28);
    await store.deals.save(newest);

    // Within the cache's seconds and before the stream is read, the page is the one kept.
    expect(await (await cached.request('/deals?limit=5')).text()).toBe(body);
    expect((await ids(await uncached.request('/deals?limit=5')))[0]).toBe(newest.id);

    await stream.drain();
    const after = await ids(await cached.request('/deals?limit=5'));
    expect(after[0]).toBe(newest.id);
    expect(after).toHaveLength(5);
    const atom = await (await cached.request('/deals.atom')).text();
    expect(atom).toContain(newest.id);
  });

  it('gives every query its own page: each cached answer is what the store answers for that query', async () => {
    const firstPage = (await (await uncached.request('/deals?limit=3')).json()) as { cursor: string };
    const queries = [
      '/deals',
      '/deals?limit=3',
      `/deals?limit=3&cursor=${firstPage.cursor}`,
      '/deals?status=signed',
      '/deals?status=reported',
      '/deals?company=acme',
      '/deals?company=zenith&limit=2',
      '/deals?minValueUsd=6000000000',
      '/deals?format=csv',
      '/deals.csv?status=reported',
      '/deals.atom',
      '/deals.atom?company=acme',
      '/deals?pair=acme--p-0001',
      '/deals?pair=zenith--p-0002',
    ];
    // Twice, interleaved: the second round is served from memory.
    for (let round = 0; round < 2; round++) {
      for (const q of queries) {
        const [a, b] = await Promise.all([cached.request(q), uncached.request(q)]);
        expect(a.status, q).toBe(200);
        expect(await a.text(), q).toBe(await b.text());
        expect(a.headers.get('content-type'), q).toBe(b.headers.get('content-type'));
      }
    }
    // Two spellings of one query share its page; the Atom feed names it in its one spelling.
    const byName = await (await cached.request('/deals.atom?company=Acme&limit=25')).text();
    expect(byName).toBe(await (await cached.request('/deals.atom?company=acme')).text());
    expect(byName).toContain(`<link rel="self" href="${BASE}/deals.atom?company=acme"/>`);
  });

  it('keeps no more pages than its bound', async () => {
    const small = new ResponseCache({ seconds: 60, maxEntries: 3 });
    const app = createApiApp({
      deals: store.deals,
      filings: store.filings,
      log: silentLogger,
      listCache: small,
    });
    for (let limit = 1; limit <= 8; limit++) {
      const [a, b] = await Promise.all([
        app.request(`/deals?limit=${limit}`),
        uncached.request(`/deals?limit=${limit}`),
      ]);
      expect(await a.text()).toBe(await b.text());
      expect(small.size).toBeLessThanOrEqual(3);
    }
    expect(small.size).toBe(3);
  });

  it('answers If-None-Match with 304 while the page is unchanged, and 200 with a new ETag once it changed', async () => {
    const first = await cached.request('/deals?status=signed');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('age')).toMatch(/^\d+$/);

    const again = await cached.request('/deals?status=signed', { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=60');

    await store.deals.save(dealOf(41, 29));
    await stream.drain();
    const changed = await cached.request('/deals?status=signed', {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await ids(changed))[0]).toBe(dealOf(41, 29).id);
  });

  it('drops its pages when an operator’s correction goes through this app', async () => {
    const top = (await ids(await cached.request('/deals')))[0] ?? '';
    const res = await cached.request(`/deals/${encodeURIComponent(top)}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'hide', by: 'test', why: 'the cache test' }),
    });
    expect(res.status).toBe(200);
    expect(await ids(await cached.request('/deals'))).not.toContain(top);
  });
});
