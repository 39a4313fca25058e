import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../functions/sources/html-text';
import { decodeText } from '../../../functions/sources/http';
import {
  FeedParseError,
  MAX_FEED_ITEMS,
  parseFeed,
  toIsoDate,
} from '../../../functions/sources/news/feed-parse';
import { plainText, simpleHtmlText } from '../../../functions/sources/news/feed-text';
import { thrown } from '../../support/thrown';

const at = { feedUrl: 'https://news.example.org/feed/' };
const rss = (items: string, head = '', channel = '') =>
  `${head}<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
  xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>Example newsroom</title><link>https://news.example.org/</link>${channel}
${items}
</channel></rss>`;

const refusal = (fn: () => unknown) => thrown(FeedParseError, fn);

describe('parseFeed tolerates what real feeds do', () => {
  it('reads a feed with blank lines or a BOM before the XML declaration', () => {
    const item = '<item><title>Grid deal</title><link>https://news.example.org/a</link></item>';
    expect(parseFeed(rss(item, '\n\n  '), at).items.map((i) => i.title)).toEqual(['Grid deal']);
    expect(parseFeed(rss(item, '\ufeff\r\n'), at).items).toHaveLength(1);
  });

  it('honours a declared windows-1252 or ISO-8859-1 encoding after leading blank lines', () => {
    const xml = (label: string) =>
      Buffer.concat([
        Buffer.from(`\n<?xml version="1.0" encoding="${label}"?><rss version="2.0"><channel><item><title>`),
        // “Capacité” with windows-1252 curly quotes (0x93, 0x94) and a Latin-1 é (0xe9).
        Buffer.from([0x93, 0x43, 0x61, 0x70, 0x61, 0x63, 0x69, 0x74, 0xe9, 0x94]),
        Buffer.from('</title><link>https://x.example/1</link></item></channel></rss>'),
      ]);
    for (const label of ['windows-1252', 'ISO-8859-1']) {
      const feed = parseFeed(decodeText(xml(label), 'text/xml'), at);
      expect(feed.items[0]?.title).toBe('\u201cCapacité\u201d');
    }
  });

  it('reads UTF-16 and UTF-32 feeds, with or without a byte-order mark', () => {
    const text = rss('<item><title>Überblick</title><link>https://x.example/u</link></item>').replace(
      'UTF-8',
      'UTF-16',
    );
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(parseFeed(decodeText(le, null), at).items[0]?.title).toBe('Überblick');
    // Without a BOM, recognised by the layout of "<?" (XML 1.0, Appendix F); UTF-32 too, which TextDecoder lacks.
    const be16 = Buffer.from(text, 'utf16le').swap16();
    expect(parseFeed(decodeText(be16, null), at).items[0]?.title).toBe('Überblick');
    const points = [...text].map((ch) => ch.codePointAt(0) ?? 0);
    const be32 = Buffer.alloc(points.length * 4);
    for (const [k, point] of points.entries()) be32.writeUInt32BE(point, k * 4);
    expect(parseFeed(decodeText(be32, null), at).items[0]?.title).toBe('Überblick');
  });

  it('keeps namespaced elements apart: no doubled title, the extension only when the core element is missing', () => {
    const feed = parseFeed(
      rss(`
<item><title>Food for fungi</title><dc:title>Food for fungi</dc:title><media:title>Food for fungi</media:title>
  <itunes:title>Food for fungi</itunes:title><link>https://news.example.org/core</link>
  <feedburner:origLink>https://origin.example.org/fungi</feedburner:origLink>
  <description>Short teaser.</description><content:encoded><![CDATA[<p>The full text.</p>]]></content:encoded>
  <pubDate>Tue, 04 Nov 2025 10:00:00 GMT</pubDate><dc:date>2020-01-01T00:00:00Z</dc:date></item>
<item><itunes:title>Episode 12: racks and rivers</itunes:title>
  <feedburner:origLink>https://origin.example.org/ep12</feedburner:origLink>
  <content:encoded>&lt;p&gt;Water cooling at scale.&lt;/p&gt;</content:encoded><dc:date>2025-11-05T08:30:00+01:00</dc:date></item>
<item><media:title>Only a media title</media:title><media:group><media:description>From the group.</media:description></media:group></item>`),
      at,
    );
    const [core, podcast, media] = feed.items;
    expect(core?.title).toBe('Food for fungi');
    expect(core?.link).toBe('https://news.example.org/core');
    expect(core?.summary).toBe('Short teaser.');
    expect(core?.publishedAt).toBe('2025-11-04T10:00:00.000Z');
    expect(podcast?.title).toBe('Episode 12: racks and rivers');
    expect(podcast?.link).toBe('https://origin.example.org/ep12');
    expect(podcast?.summary).toBe('Water cooling at scale.');
    expect(podcast?.publishedAt).toBe('2025-11-05T07:30:00.000Z');
    expect(media?.title).toBe('Only a media title');
    expect(media?.summary).toBe('From the group.');
  });

  it('reads extension namespaces by URI whatever their prefix, and Atom under a prefix', () => {
    const xml = `<a:feed xmlns:a="http://www.w3.org/2005/Atom" xmlns:d="http://purl.org/dc/elements/1.1/">
      <a:entry><a:id>tag:x,2025:1</a:id><d:title>Prefixed title</d:title><a:link href="https://x.example/p"/></a:entry></a:feed>`;
    const feed = parseFeed(xml, at);
    expect(feed.format).toBe('atom');
    expect(feed.items[0]?.title).toBe('Prefixed title');
  });

  it('keeps an Atom entry that has an id and text but no title or link', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Status</title>
      <entry><id>tag:status.example,2025:771</id><updated>2025-11-06T12:00:00Z</updated>
        <content type="html">&lt;p&gt;Maintenance of the Oslo region finished.&lt;/p&gt;</content></entry>
      <entry><id>tag:status.example,2025:772</id></entry></feed>`;
    const feed = parseFeed(xml, at);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      guid: 'tag:status.example,2025:771',
      link: null,
      title: 'Maintenance of the Oslo region finished.',
      publishedAt: '2025-11-06T12:00:00.000Z',
    });
    expect(feed.dropped).toBe(1);
    expect(feed.warnings).toEqual(['1 item(s) with neither a title nor any text skipped']);
  });

  it('resolves relative links against xml:base, nested, and else the feed URL', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.com/posts/">
      <entry xml:base="2025/"><title>A</title><link href="grid.html"/></entry>
      <entry><title>B</title><link xml:base="/other/" href="b.html"/></entry></feed>`;
    expect(parseFeed(xml, at).items.map((i) => i.link)).toEqual([
      'https://blog.example.com/posts/2025/grid.html',
      'https://blog.example.com/other/b.html',
    ]);
    const bare = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>C</title><link href="c.html"/></entry></feed>`;
    expect(parseFeed(bare, at).items[0]?.link).toBe('https://news.example.org/feed/c.html');
    const rssBase = rss('<item xml:base="/archive/"><title>D</title><link>d.html</link></item>').replace(
      '<rss version="2.0"',
      '<rss version="2.0" xml:base="https://cdn.example.net/"',
    );
    expect(parseFeed(rssBase, at).items[0]?.link).toBe('https://cdn.example.net/archive/d.html');
  });

  it('reads Atom text constructs by type: plain text keeps angle brackets, html and xhtml are converted', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom">
      <entry><title type="text">Use &lt;b&gt; for bold</title><summary type="html">&lt;b&gt;Bold&lt;/b&gt; move</summary></entry>
      <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X <em>and</em> Y</div></title></entry></feed>`;
    const [text, xhtml] = parseFeed(xml, at).items;
    expect(text?.title).toBe('Use <b> for bold');
    expect(text?.summary).toBe('Bold move');
    expect(xhtml?.title).toBe('X and Y');
  });

  it('takes the first 500 items of a 730-item feed and says how many it dropped', () => {
    const items = Array.from(
      { length: 730 },
      (_, n) => `<item><title>Item ${n}</title><link>https://x.example/${n}</link></item>`,
    ).join('');
    const feed = parseFeed(rss(items), at);
    expect(feed.items).toHaveLength(MAX_FEED_ITEMS);
    expect(feed.items.at(-1)?.title).toBe('Item 499');
    expect(feed.dropped).toBe(230);
    expect(feed.warnings).toEqual(['230 item(s) beyond the first 500 dropped (item cap)']);
  });
});

/** A newsroom feed of `count` items whose descriptions are escaped HTML, as most CMSs write them. */
function newsroomFeed(count: number, withBody = true): string {
  const items = Array.from({ length: count }, (_, n) => {
    const body = !withBody
      ? ''
      : Array.from(
          { length: 6 },
          (_, p) =>
            `&lt;p&gt;Paragraph ${p} of release ${n}: the operator&amp;#8217;s &lt;a href=&quot;https://ir.example.com/r/${n}?a=1&amp;amp;b=2&quot;&gt;order form&lt;/a&gt; adds &lt;strong&gt;capacity&lt;/strong&gt;&amp;nbsp;&amp;mdash; R&amp;amp;D &amp;amp; ops.&lt;/p&gt;`,
        ).join('');
    return `<item><title>Release ${n} &amp;#8211; GPU capacity &amp; power</title><link>https://ir.example.com/r/${n}</link>
      <guid isPermaLink="false">release-${n}</guid><pubDate>Mon, 03 Nov 2025 1${n % 10}:00:00 -0500</pubDate>
      ${body ? `<description>${body}</description>` : ''}</item>`;
  }).join('\n');
  return rss(items);
}

describe('toIsoDate reads the dates feeds write', () => {
  it.each([
    ['Sun, 06 Nov 1994 08:49:37 GMT', '1994-11-06T08:49:37.000Z'],
    ['Sun, 6 Nov 94 08:49:37 EST', '1994-11-06T13:49:37.000Z'],
    ['Thu,01 Jan 2004 19:48:21 PDT', '2004-01-02T02:48:21.000Z'],
    ['06 Nov 2005 08:49 +0100', '2005-11-06T07:49:00.000Z'],
    ['Mon, 03 Nov 2025 10:00:00 CEST', '2025-11-03T08:00:00.000Z'],
    ['Mon, 03 Nov 2025 10:00:00 MEZ', '2025-11-03T09:00:00.000Z'],
    ['2003-12-31T10:14:55.123-08:00', '2003-12-31T18:14:55.123Z'],
    ['2025-11-03 10:00:00', '2025-11-03T10:00:00.000Z'],
    ['2025-11-03T10:00', '2025-11-03T10:00:00.000Z'],
    ['2003-12-31', '2003-12-31T00:00:00.000Z'],
    ['  2025-11-04T06:00:00Z\n', '2025-11-04T06:00:00.000Z'],
  ])('%j -> %s', (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });

  it.each(['', 'garbage', 'Mon, 32 Foo 2025', '0001-01-01T00:00:00Z', 'x'.repeat(80)])(
    '%j -> null',
    (raw) => {
      expect(toIsoDate(raw)).toBeNull();
    },
  );
});

describe('parseFeed bounds by size and depth, not by ordinary escapes', () => {
  it('reads a 50-item newsroom feed with thousands of escapes in its descriptions', () => {
    const xml = newsroomFeed(50);
    expect(xml.split('&').length - 1).toBeGreaterThan(3000);
    const feed = parseFeed(xml, at);
    expect(feed.items).toHaveLength(50);
    expect(feed.dropped).toBe(0);
    const first = feed.items[0];
    expect(first?.title).toBe('Release 0 – GPU capacity & power');
    expect(first?.summary).toContain(
      'Paragraph 0 of release 0: the operator’s order form adds capacity — R&D & ops.',
    );
    expect(first?.summary).not.toMatch(/[<>]|&[a-z]+;/);
  });

  it('reads a 10,000-item feed within its size bound, keeps 500 and reports the rest', () => {
    const feed = parseFeed(newsroomFeed(10_000, false), at);
    expect(feed.items).toHaveLength(500);
    expect(feed.dropped).toBe(9500);
    expect(feed.warnings[0]).toMatch(/^9500 item\(s\) beyond/);
  });

  it('never expands a declared entity, with or without a DOCTYPE', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
      <rss version="2.0"><channel><item><title>&b;</title></item></channel></rss>`;
    expect(refusal(() => parseFeed(laughs, at)).code).toBe('doctype_subset');
    // An undeclared reference is left as written, never looked up.
    const undeclared = rss('<item><title>&b; and &a;</title><link>https://x.example/e</link></item>');
    expect(parseFeed(undeclared, at).items[0]?.title).toBe('&b; and &a;');
  });

  it('refuses nesting deeper than the bound and names where', () => {
    const xml = rss(`<item><title>x</title>${'<x>'.repeat(80)}${'</x>'.repeat(80)}</item>`);
    const error = refusal(() => parseFeed(xml, at));
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/nested deeper than 64 at line \d+, column \d+/);
  });

  it('refuses a document of more elements than any feed has', () => {
    const xml = rss(`<item><title>x</title>${'<a/>'.repeat(2_000)}</item>`);
    expect(parseFeed(xml, { ...at, maxElements: 3_000 }).items).toHaveLength(1);
    const error = refusal(() => parseFeed(xml, { ...at, maxElements: 1_000 }));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/more than 1000 elements/);
  });

  it('refuses mismatched and unclosed elements with their position', () => {
    expect(refusal(() => parseFeed('<rss><channel><item></channel></rss>', at)).message).toMatch(
      /<\/channel> where <\/item> was expected at line 1, column 21/,
    );
    expect(refusal(() => parseFeed('<rss><channel>', at)).message).toMatch(/<channel> never closed/);
  });
});

describe('the summary text fast path', () => {
  const samples = [
    '<p>One.</p><p>Two &amp; three&nbsp;&mdash; four</p>',
    'Plain &#8220;quoted&#8221; text with a < sign',
    '<div><a href="https://x.example/?a=1&amp;b=2">link</a> and <img src="x.png" alt="pic"/> <b>bold</b><br/>next</div>',
    '<p>Spli<em>t</em> word</p><!-- a comment --><h2>Heading</h2>',
    'AT&T and Q&A &copy 2025',
    '<span class="x">inline</span><section>block</section><p>end',
  ];

  it('gives what html-to-text gives for simple markup', () => {
    for (const html of samples) {
      expect(simpleHtmlText(html)?.replace(/\s+/g, ' ').trim()).toBe(
        htmlToText(html).replace(/\s+/g, ' ').trim(),
      );
    }
  });

  it('hands lists, tables, quotes and attribute values holding ">" to the full conversion', () => {
    for (const html of [
      '<ul><li>a</li></ul>',
      '<table><tr><td>1</td></tr></table>',
      '<blockquote>q</blockquote>',
      '<img alt="a>b">',
      '<![CDATA[x]]>',
    ]) {
      expect(simpleHtmlText(html)).toBeNull();
      expect(plainText(html, 100, 'html')).toBe(htmlToText(html).replace(/\s+/g, ' ').trim());
    }
  });
});
