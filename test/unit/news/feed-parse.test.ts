import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../functions/sources/http';
import { FeedParseError, MAX_SUMMARY_CHARS, parseFeed } from '../../../functions/sources/news/feed-parse';
import { thrown } from '../../support/thrown';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/news/${name}`, import.meta.url));
const parseFixture = (
  name: string,
  feedUrl = `https://feeds.example.com/${name}`,
  contentType: string | null = null,
) => parseFeed(decodeText(fixture(name), contentType), { feedUrl });

const parseError = (fn: () => unknown) => thrown(FeedParseError, fn);

describe('parseFeed on real feed shapes', () => {
  it('reads a Google News search feed: publisher from <source>, description that only repeats the title dropped', () => {
    const feed = parseFixture('google-news-search-en.xml');
    expect(feed.format).toBe('rss2');
    expect(feed.language).toBe('en');
    expect(feed.items).toHaveLength(4);
    const first = feed.items[0]!;
    expect(first.title).toBe(
      'CoreWeave signs $14.2 billion AI compute deal with Meta running through 2031 - Reuters',
    );
    expect(first.guid).toBe('CBMiFAKEcoreweaveMeta142bReuters01');
    expect(first.link).toBe('https://news.google.com/rss/articles/CBMiFAKEcoreweaveMeta142bReuters01?oc=5');
    expect(first.sourceUrl).toBe('https://www.reuters.com/');
    expect(first.publishedAt).toBe('2025-09-30T12:41:07.000Z');
    expect(first.summary).toBe('');
  });

  it('reads a French Google News feed with its language', () => {
    const feed = parseFixture('google-news-search-fr.xml');
    expect(feed.language).toBe('fr');
    expect(feed.items.map((i) => i.language)).toEqual(['fr', 'fr', 'fr']);
    expect(feed.items[1]!.title).toContain('17,4 milliards de dollars de capacité de calcul');
  });

  it('reads a newsroom RSS 2.0: CDATA, HTML and entities to text, relative links against the site link', () => {
    const feed = parseFixture('coreweave-newsroom-rss2.xml');
    const [meta, q3, openai] = feed.items;
    expect(meta!.title).toBe(
      'CoreWeave Announces Expanded Agreement With Meta & Order Form Valued at Up To $14.2 Billion',
    );
    expect(meta!.summary).toContain('up to approximately $14.2 billion through December 2031');
    expect(meta!.summary).not.toMatch(/<|&nbsp;|&ndash;/);
    expect(meta!.summary).toContain('LIVINGSTON, N.J. – CoreWeave');
    expect(meta!.publishedAt).toBe('2025-09-30T12:00:00.000Z');
    expect(q3!.link).toBe(
      'https://investors.coreweave.com/news/news-details/2025/CoreWeave-Q3-2025-Date/default.aspx',
    );
    expect(openai!.link).toBe(
      'https://investors.coreweave.com/news/news-details/2025/CoreWeave-OpenAI-Expansion/default.aspx#top',
    );
    expect(openai!.summary).toBe(
      'The expansion adds up to $6.5 billion to contracts with OpenAI, bringing the total value to about $22.4 billion.',
    );
  });

  it('reads Atom 1.0: xml:base, alternate links, HTML and XHTML text, published else updated, entry xml:lang', () => {
    const feed = parseFixture('nebius-newsroom-atom.xml');
    expect(feed.format).toBe('atom');
    expect(feed.siteUrl).toBe('https://nebius.com/newsroom/');
    const [msft, finland, fr] = feed.items;
    expect(msft!.link).toBe('https://nebius.com/newsroom/nebius-signs-agreement-with-microsoft');
    expect(msft!.title).toBe(
      'Nebius signs multi-billion dollar agreement with Microsoft for dedicated GPU capacity',
    );
    expect(msft!.summary).toContain('about $17.4 billion through 2031');
    expect(msft!.publishedAt).toBe('2025-09-08T20:10:00.000Z');
    expect(finland!.link).toBe('https://nebius.com/blog/finland-cluster-expansion');
    expect(finland!.summary).toBe('The data center in Mäntsälä adds capacity for training workloads.');
    expect(finland!.publishedAt).toBe('2025-10-01T09:00:00.000Z');
    expect(msft!.language).toBe('en');
    expect(fr!.language).toBe('fr');
    expect(fr!.publishedAt).toBe('2025-11-11T06:00:00.000Z');
  });

  it('reads RSS 1.0 / RDF with dc:date and dc:language', () => {
    const feed = parseFixture('actu-tech-rss1-fr.rdf');
    expect(feed.format).toBe('rss1');
    expect(feed.language).toBe('fr');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]!.guid).toBe(
      'https://www.exemple-actu-tech.fr/cloud/oracle-openai-300-milliards.html',
    );
    expect(feed.items[0]!.publishedAt).toBe('2025-09-10T16:30:00.000Z');
    expect(feed.items[1]!.title).toBe('Anthropic va utiliser jusqu’à un million de TPU de Google Cloud');
  });

  it('decodes a feed declared ISO-8859-1', () => {
    const raw = fixture('journal-infonuagique-latin1-fr.xml');
    expect(raw.includes(Buffer.from('capacit\xe9', 'latin1'))).toBe(true);
    const feed = parseFeed(decodeText(raw, 'application/rss+xml'), {
      feedUrl: 'https://www.journal-infonuagique.fr/rss',
    });
    expect(feed.items[0]!.title).toBe(
      'Nscale et Microsoft : un contrat de capacité GPU évalué à 14 milliards de dollars',
    );
    expect(feed.items[1]!.summary).toContain('Île-de-France');
    expect(feed.language).toBe('fr');
  });

  it('reads a UTF-8 feed that starts with a byte-order mark', () => {
    const raw = fixture('datacenter-weekly-bom.xml');
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const feed = parseFeed(decodeText(raw, 'text/xml'), {
      feedUrl: 'https://www.datacenter-weekly.example/feed',
    });
    expect(feed.items[0]!.summary).toContain('“worth billions”');
    // A BOM left in the text by another decoder is tolerated too.
    expect(parseFeed(`\ufeff${decodeText(raw, null)}`, { feedUrl: 'https://x.example/' }).items).toHaveLength(
      1,
    );
  });

  it('keeps items with missing or unreadable dates and resolves relative links; feed language falls back to the declared one', () => {
    const feed = parseFeed(decodeText(fixture('wire-brief-missing-dates.xml'), null), {
      feedUrl: 'https://wire-brief.example/rss/tech.xml',
      declaredLanguage: 'en',
    });
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]!.publishedAt).toBeNull();
    expect(feed.items[0]!.link).toBeNull();
    expect(feed.items[1]!.publishedAt).toBeNull();
    expect(feed.items[1]!.link).toBe('https://wire-brief.example/tech/briefs/no-date-relative');
    expect(feed.items.every((i) => i.language === 'en')).toBe(true);
    const undeclared = parseFeed(decodeText(fixture('wire-brief-missing-dates.xml'), null), {
      feedUrl: 'https://x.example/',
    });
    expect(undeclared.items[0]!.language).toBeNull();
  });

  it('tolerates a bare ampersand and refuses non-http links', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>A & B</title><link>https://ab.example/</link>
      <item><title>Deals & contracts</title><link>javascript:alert(1)</link><guid>item-0001</guid></item></channel></rss>`;
    const feed = parseFeed(xml, { feedUrl: 'https://ab.example/rss' });
    expect(feed.title).toBe('A & B');
    expect(feed.items[0]!.title).toBe('Deals & contracts');
    expect(feed.items[0]!.link).toBeNull();
  });

  it('bounds summaries', () => {
    const long = 'word '.repeat(5000);
    const xml = `<rss version="2.0"><channel><item><title>t</title><description>${long}</description></item></channel></rss>`;
    const summary = parseFeed(xml, { feedUrl: 'https://x.example/' }).items[0]!.summary;
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(summary.length).toBeGreaterThan(MAX_SUMMARY_CHARS / 2);
  });
});

describe('parseFeed refuses hostile and broken input', () => {
  it('refuses malformed XML with its line and column', () => {
    const error = parseError(() => parseFixture('broken-malformed.xml'));
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/line 9/);
  });

  it('refuses an entity-expansion (billion laughs) document before expanding anything', () => {
    const error = parseError(() => parseFixture('broken-billion-laughs.xml'));
    expect(error.code).toBe('doctype_subset');
  });

  it('refuses entity declarations even without a DOCTYPE bracket in the first bytes', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><!ENTITY a "b"><channel/></rss>`;
    expect(parseError(() => parseFeed(xml, { feedUrl: 'https://x.example/' })).code).toBe('doctype_subset');
  });

  it('accepts an external DOCTYPE without an internal subset (old RSS 0.91 feeds)', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
      <rss version="0.91"><channel><title>Old</title><item><title>Old item</title><link>https://old.example/1</link></item></channel></rss>`;
    expect(parseFeed(xml, { feedUrl: 'https://old.example/rss' }).items[0]!.link).toBe(
      'https://old.example/1',
    );
  });

  it('refuses input over its bound before parsing', () => {
    const xml = `<rss version="2.0"><channel>${' '.repeat(2000)}</channel></rss>`;
    const error = parseError(() => parseFeed(xml, { feedUrl: 'https://x.example/', maxChars: 1000 }));
    expect(error.code).toBe('too_large');
  });

  it('refuses an HTML page or another XML document that is not a feed', () => {
    expect(parseError(() => parseFixture('broken-html-not-a-feed.html')).code).toBe('malformed');
    expect(
      parseError(() => parseFeed('<html><body><p>moved</p></body></html>', { feedUrl: 'https://x.example/' }))
        .code,
    ).toBe('not_a_feed');
  });

  it('refuses absurd nesting', () => {
    const xml = `<rss version="2.0"><channel>${'<x>'.repeat(200)}${'</x>'.repeat(200)}</channel></rss>`;
    expect(parseError(() => parseFeed(xml, { feedUrl: 'https://x.example/' })).code).toBe('malformed');
  });
});

describe('parseFeed robustness (property)', () => {
  const samples = ['coreweave-newsroom-rss2.xml', 'nebius-newsroom-atom.xml', 'actu-tech-rss1-fr.rdf'].map(
    (name) => decodeText(fixture(name), null),
  );

  it('either parses or throws FeedParseError, for any truncation or splice of a real feed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.nat(), fc.string({ maxLength: 40 }), (xml, cut, junk) => {
        const at = cut % (xml.length + 1);
        for (const input of [xml.slice(0, at), `${xml.slice(0, at)}${junk}${xml.slice(at)}`]) {
          try {
            const feed = parseFeed(input, { feedUrl: 'https://x.example/feed' });
            expect(Array.isArray(feed.items)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(FeedParseError);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
