import { describe, expect, it } from 'vitest';
import { cachedBody, matchesEtag, ResponseCache } from '../../../functions/api/response-cache';

// The deals list's in-process cache: its clock is the test's, so expiry is asserted by the clock it is given,
// never by waiting.

const text = (a: { body: Uint8Array } | undefined) => (a ? new TextDecoder().decode(a.body) : undefined);

function counting(prefix: string) {
  const calls: string[] = [];
  const render = (key: string) => async () => {
    calls.push(key);
    return `${prefix}:${key}:${calls.length}`;
  };
  return { calls, render };
}

/** A promise settled by the test, to hold a render in flight. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('ResponseCache', () => {
  it('serves a key from memory until its seconds have passed, then renders it again', async () => {
    let now = 1_000_000;
    const cache = new ResponseCache({ seconds: 5, now: () => now });
    const { calls, render } = counting('p');
    const first = await cache.get('json?', render('json?'));
    now += 4_999;
    expect(await cache.get('json?', render('json?'))).toBe(first);
    expect(cache.ageOf(first)).toBe(4);
    now += 1;
    const second = await cache.get('json?', render('json?'));
    expect(text(second)).toBe('p:json?:2');
    expect(second.etag).not.toBe(first.etag);
    expect(cache.ageOf(second)).toBe(0);
    expect(calls).toEqual(['json?', 'json?']);
  });

  it('keeps each key apart: a query never gets another query’s answer', async () => {
    const cache = new ResponseCache({ seconds: 60, now: () => 0 });
    const { render } = counting('p');
    const keys = ['json?', 'json?status=signed', 'csv?status=signed', 'atom?status=signed', 'json?limit=5'];
    const bodies = await Promise.all(keys.map((k) => cache.get(k, render(k))));
    for (const [i, k] of keys.entries()) {
      expect(text(bodies[i])?.startsWith(`p:${k}:`)).toBe(true);
      expect(text(await cache.get(k, render(k)))).toBe(text(bodies[i]));
    }
    expect(cache.size).toBe(keys.length);
  });

  it('evicts the least recently used answer past its entry bound', async () => {
    const cache = new ResponseCache({ seconds: 60, maxEntries: 2, now: () => 0 });
    const { calls, render } = counting('p');
    await cache.get('a', render('a'));
    await cache.get('b', render('b'));
    await cache.get('a', render('a')); // a is now the most recently used
    await cache.get('c', render('c')); // b goes
    expect(cache.size).toBe(2);
    await cache.get('a', render('a'));
    await cache.get('b', render('b'));
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.size).toBe(2);
  });

  it('holds no more bytes than its bound, and never keeps an answer larger than the bound', async () => {
    const cache = new ResponseCache({ seconds: 60, maxBytes: 250, now: () => 0 });
    for (let i = 0; i < 10; i++) await cache.get(`k${i}`, async () => 'x'.repeat(100));
    expect(cache.bytes).toBeLessThanOrEqual(250);
    expect(cache.size).toBe(2);
    let renders = 0;
    const big = async () => {
      renders++;
      return 'é'.repeat(200); // 400 bytes of UTF-8
    };
    expect((await cache.get('big', big)).bytes).toBe(400);
    await cache.get('big', big);
    expect(renders).toBe(2);
    expect(cache.bytes).toBeLessThanOrEqual(250);
  });

  it('drops expired answers before live ones when a bound is reached', async () => {
    let now = 0;
    const cache = new ResponseCache({ seconds: 5, maxEntries: 2, now: () => now });
    const { calls, render } = counting('p');
    await cache.get('old', render('old'));
    now = 3_000;
    await cache.get('live', render('live'));
    now = 6_000; // old has expired, live has not
    await cache.get('new', render('new'));
    await cache.get('live', render('live'));
    expect(calls).toEqual(['old', 'live', 'new']);
  });

  it('shares one render between concurrent misses of one key, and its failure', async () => {
    const cache = new ResponseCache({ seconds: 60, now: () => 0 });
    const held = deferred<string>();
    let renders = 0;
    const render = () => {
      renders++;
      return held.promise;
    };
    const waiting = [cache.get('k', render), cache.get('k', render), cache.get('k', render)];
    held.resolve('page');
    const answers = await Promise.all(waiting);
    expect(renders).toBe(1);
    expect(new Set(answers.map(text))).toEqual(new Set(['page']));

    const failing = deferred<string>();
    const both = [cache.get('f', () => failing.promise), cache.get('f', () => failing.promise)];
    failing.reject(new Error('store down'));
    for (const p of both) await expect(p).rejects.toThrow('store down');
    // A failure is not kept: the next request renders.
    expect(text(await cache.get('f', async () => 'recovered'))).toBe('recovered');
  });

  it('after invalidate, renders anew and never keeps a render that started before it', async () => {
    const cache = new ResponseCache({ seconds: 60, now: () => 0 });
    await cache.get('k', async () => 'before the write');
    const slow = deferred<string>();
    const stale = cache.get('other', () => slow.promise);
    cache.invalidate();
    expect(cache.size).toBe(0);
    expect(text(await cache.get('k', async () => 'after the write'))).toBe('after the write');
    // A request after the invalidation does not join the render that began before it.
    const joined = cache.get('other', async () => 'fresh');
    slow.resolve('read before the write');
    expect(text(await stale)).toBe('read before the write');
    expect(text(await joined)).toBe('fresh');
    expect(text(await cache.get('other', async () => 'never asked'))).toBe('fresh');
  });

  it('with 0 seconds keeps nothing and shares nothing, and says no-cache', async () => {
    const cache = new ResponseCache({ seconds: 0 });
    const { calls, render } = counting('p');
    await Promise.all([cache.get('k', render('k')), cache.get('k', render('k'))]);
    expect(calls).toHaveLength(2);
    expect(cache.size).toBe(0);
    expect(cache.cacheControl).toBe('no-cache');
    expect(new ResponseCache({ seconds: 5 }).cacheControl).toBe('public, max-age=5');
  });
});

describe('ETag', () => {
  it('is a strong validator of the body', () => {
    const a = cachedBody('{"deals":[]}');
    expect(a.etag).toMatch(/^"[\w-]{27}"$/);
    expect(cachedBody('{"deals":[]}').etag).toBe(a.etag);
    expect(cachedBody('{"deals":[1]}').etag).not.toBe(a.etag);
  });

  it('matches If-None-Match lists, weak forms and *', () => {
    const { etag } = cachedBody('x');
    expect(matchesEtag(etag, etag)).toBe(true);
    expect(matchesEtag(`"other", W/${etag}`, etag)).toBe(true);
    expect(matchesEtag('*', etag)).toBe(true);
    expect(matchesEtag('"other"', etag)).toBe(false);
    expect(matchesEtag(undefined, etag)).toBe(false);
  });
});
