import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalLink,
  isoDay,
  newsDedupeKey,
  newsItemId,
  normaliseTitle,
  sourceDomain,
  stableHash,
} from '../../../functions/core/news-identity';

describe('canonicalLink', () => {
  it('strips tracking parameters, the fragment and a trailing slash, and lowercases the host', () => {
    expect(
      canonicalLink(
        'https://WWW.Example.COM/news/Deal/?utm_source=rss&utm_medium=feed&id=42&fbclid=abc&gclid=x#top',
      ),
    ).toBe('https://www.example.com/news/Deal?id=42');
  });

  it('keeps meaningful parameters in a stable order and drops default ports', () => {
    expect(canonicalLink('http://example.com:80/a?b=2&a=1')).toBe('http://example.com/a?a=1&b=2');
    expect(canonicalLink('https://example.com:443/')).toBe('https://example.com');
  });

  it('refuses what is not an http(s) URL', () => {
    expect(canonicalLink('javascript:alert(1)')).toBeNull();
    expect(canonicalLink('/relative/path')).toBeNull();
    expect(canonicalLink('')).toBeNull();
    expect(canonicalLink(null)).toBeNull();
  });
});

describe('newsItemId', () => {
  it('prefers the guid', () => {
    expect(newsItemId({ guid: 'cw-news-2025-09-30-meta', link: 'https://x.example/a', title: 'T' })).toBe(
      'g:cw-news-2025-09-30-meta',
    );
  });

  it('scopes a bare guid to the feed host, so two sites numbering items alike do not collide', () => {
    const a = newsItemId({ guid: '10452', guidScope: 'news.site-a.example', title: 'A' });
    const b = newsItemId({ guid: '10452', guidScope: 'site-b.example', title: 'B' });
    expect(a).toBe('g:news.site-a.example:10452');
    expect(b).not.toBe(a);
    // A URL guid is global already.
    expect(newsItemId({ guid: 'https://x.example/1', guidScope: 'feeds.example', title: 'A' })).toBe(
      'g:https://x.example/1',
    );
  });

  it('canonicalises a guid that is a URL, so tracking variants of it are one item', () => {
    const a = newsItemId({ guid: 'https://site.example/a/?utm_source=x', title: 'T' });
    const b = newsItemId({ guid: 'https://SITE.example/a#frag', title: 'Other title' });
    expect(a).toBe(b);
  });

  it('falls back to the canonical link when the guid is missing or trivial', () => {
    const a = newsItemId({ guid: '0', link: 'https://site.example/story?utm_campaign=c', title: 'T' });
    const b = newsItemId({ guid: null, link: 'https://site.example/story/', title: 'T2' });
    expect(a).toBe('l:https://site.example/story');
    expect(b).toBe(a);
  });

  it('falls back to a hash of title + day when there is neither guid nor link', () => {
    const a = newsItemId({ title: 'Oracle in talks with Meta', publishedAt: '2025-11-03T10:00:00Z' });
    const b = newsItemId({ title: 'ORACLE in talks with Meta!', publishedAt: '2025-11-03T23:00:00Z' });
    const c = newsItemId({ title: 'Oracle in talks with Meta', publishedAt: '2025-11-04T10:00:00Z' });
    expect(a).toMatch(/^h:[0-9a-f]{16}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('hashes very long ids so that they fit a key', () => {
    const id = newsItemId({ guid: `x${'a'.repeat(5000)}`, title: 'T' });
    expect(id).toMatch(/^gh:[0-9a-f]{16}$/);
  });

  it('is deterministic for any input (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.webUrl()), fc.string(), (guid, link, title) => {
        const input = { guid, link, title, publishedAt: '2025-01-01T00:00:00Z' };
        expect(newsItemId(input)).toBe(newsItemId({ ...input }));
        expect(newsItemId(input).length).toBeLessThanOrEqual(205);
      }),
    );
  });
});

describe('normaliseTitle and the dedupe key', () => {
  it('strips a publisher suffix, folds accents and collapses punctuation', () => {
    expect(normaliseTitle('Microsoft s’offre 17,4 milliards de capacité chez Nebius - Le Figaro')).toBe(
      'microsoft soffre 17 4 milliards de capacite chez nebius',
    );
    expect(normaliseTitle('CoreWeave signs $14.2 billion AI compute deal with Meta | Reuters')).toBe(
      'coreweave signs $14 2 billion ai compute deal with meta',
    );
  });

  it('keeps a short title whole (a dash there is not a publisher suffix)', () => {
    expect(normaliseTitle('Meta - CoreWeave')).toBe('meta coreweave');
  });

  it('gives the same key to the same story under two links of one publisher on the same day', () => {
    const a = newsDedupeKey({
      title: 'Nebius agrees to provide Microsoft with $17.4 billion of GPU capacity - CNBC',
      publishedAt: '2025-09-08T21:15:00.000Z',
      link: 'https://www.cnbc.com/2025/09/08/nebius.html',
    });
    const b = newsDedupeKey({
      title: 'Nebius Agrees to Provide Microsoft With $17.4 Billion of GPU Capacity',
      publishedAt: '2025-09-08T22:00:00.000Z',
      link: 'https://cnbc.com/amp/2025/09/08/nebius-amp.html',
    });
    expect(b).toBe(a);
  });

  it('separates the same title from another publisher or another day', () => {
    const base = {
      title: 'CoreWeave signs deal with Meta',
      publishedAt: '2025-09-30T12:00:00Z',
      link: 'https://reuters.com/a',
    };
    expect(newsDedupeKey({ ...base, link: 'https://bloomberg.com/a' })).not.toBe(newsDedupeKey(base));
    expect(newsDedupeKey({ ...base, publishedAt: '2025-10-01T12:00:00Z' })).not.toBe(newsDedupeKey(base));
  });

  it('uses the fallback URL for the domain when the item has no link', () => {
    const a = newsDedupeKey({
      title: 'Brief',
      publishedAt: null,
      link: null,
      fallbackUrl: 'https://wire.example/tech/',
    });
    const b = newsDedupeKey({ title: 'Brief', publishedAt: null, link: 'https://wire.example/x' });
    expect(a).toBe(b);
    expect(a.startsWith('undated:')).toBe(true);
  });

  it('helpers: isoDay, sourceDomain, stableHash', () => {
    expect(isoDay('2025-09-30T23:30:00-04:00')).toBe('2025-10-01');
    expect(isoDay('garbage')).toBeNull();
    expect(sourceDomain('https://WWW.Reuters.com/x')).toBe('reuters.com');
    expect(stableHash('a')).not.toBe(stableHash('b'));
    expect(stableHash('é')).toMatch(/^[0-9a-f]{16}$/);
  });
});
