import { describe, expect, it } from 'vitest';
import { PUBLIC_MAX_AGE_SECONDS, withCacheControl } from '../../functions/handlers/cache-control';

const noHeaders: Record<string, string> = {};
const event = (method: string, rawPath: string) =>
  ({ rawPath, requestContext: { http: { method } } }) as Parameters<typeof withCacheControl>[0];

describe('Cache-Control on API answers', () => {
  it('lets caches keep successful public reads for a minute', () => {
    for (const path of ['/deals', '/deals/meta--coreweave', '/deals.atom', '/filings', '/feeds', '/']) {
      const out = withCacheControl(event('GET', path), { statusCode: 200, body: '{}', headers: noHeaders });
      expect(out.headers?.['cache-control']).toBe(`public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
    }
  });

  it('keeps subscriptions, health, errors and writes out of every cache', () => {
    const cases: [string, string, number][] = [
      ['GET', '/subscriptions/abc', 200],
      ['GET', '/health', 200],
      ['GET', '/deals', 503],
      ['GET', '/deals/nope', 404],
      ['PUT', '/feeds/x', 200],
    ];
    for (const [method, path, statusCode] of cases) {
      expect(
        withCacheControl(event(method, path), { statusCode, body: '', headers: noHeaders }).headers?.[
          'cache-control'
        ],
      ).toBe('no-store');
    }
  });

  it('keeps a header the app set', () => {
    const out = withCacheControl(event('GET', '/deals'), {
      statusCode: 200,
      body: '',
      headers: { 'Cache-Control': 'max-age=5' },
    });
    expect(out.headers).toEqual({ 'Cache-Control': 'max-age=5' });
  });
});
