import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { normaliseTitle } from '../../core/news-identity';
import type { ParsedFeed, ParsedFeedItem } from '../../core/ports/news';
import { LANGUAGES, type Language } from '../../core/types';
import { htmlToText } from '../html-text';

/** Feeds larger than this are refused before parsing (a real feed is well under 1 MB). */
export const MAX_FEED_CHARS = 5 * 1024 * 1024;
export const MAX_FEED_ITEMS = 500;
const MAX_TITLE_CHARS = 500;
/** Summaries are kept for extraction and for the item record; longer text is cut at a word boundary. */
export const MAX_SUMMARY_CHARS = 4000;
/** HTML larger than this in one description is cut before conversion (the text is bounded anyway). */
const MAX_DESCRIPTION_HTML = 256 * 1024;

export type FeedParseErrorCode = 'too_large' | 'doctype_subset' | 'malformed' | 'not_a_feed';

export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';
  constructor(
    readonly code: FeedParseErrorCode,
    readonly feedUrl: string,
    detail: string,
  ) {
    super(`feed ${feedUrl}: ${detail}`);
  }
}

export interface ParseFeedOptions {
  feedUrl: string;
  /** Used for items when neither the item nor the feed declares a language. */
  declaredLanguage?: Language | null;
  maxChars?: number;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // dc:date -> date, content:encoded -> encoded, xml:lang -> @_lang, rdf:RDF -> RDF.
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  // Defence in depth: a DOCTYPE internal subset is refused before parsing, but should one slip through, entity
  // expansion is capped in count and size.
  processEntities: {
    enabled: true,
    maxEntityCount: 1,
    maxEntitySize: 256,
    maxTotalExpansions: 20_000,
    maxExpandedLength: 1_000_000,
  },
  maxNestedTags: 64,
  // Atom text constructs may be XHTML (mixed content that the object form would reorder): kept raw, converted below.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/**
 * Items of an RSS 2.0, Atom 1.0 or RSS 1.0 (RDF) feed: text decoded (CDATA, entities, HTML to text), links
 * absolute, dates ISO-8601 UTC or null, language from the item / feed when declared.
 * Throws FeedParseError on anything that is not a well-formed feed within bounds.
 */
export function parseFeed(xml: string, opts: ParseFeedOptions): ParsedFeed {
  const feedUrl = opts.feedUrl;
  const maxChars = opts.maxChars ?? MAX_FEED_CHARS;
  if (xml.length > maxChars) {
    throw new FeedParseError('too_large', feedUrl, `${xml.length} characters is over the ${maxChars} bound`);
  }
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  refuseInternalSubset(text, feedUrl);
  const repaired = escapeBareAmpersands(text);
  const valid = XMLValidator.validate(repaired, { allowBooleanAttributes: true });
  if (valid !== true) {
    throw new FeedParseError(
      'malformed',
      feedUrl,
      `malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`,
    );
  }
  let doc: Node;
  try {
    doc = parser.parse(repaired) as Node;
  } catch (error) {
    throw new FeedParseError('malformed', feedUrl, error instanceof Error ? error.message : String(error));
  }
  const root = asObject(doc);
  const declared = opts.declaredLanguage ?? null;
  const rss = asObject(root?.rss);
  if (rss) return parseRss2(rss, feedUrl, declared);
  const atom = asObject(root?.feed);
  if (atom) return parseAtom(atom, feedUrl, declared);
  const rdf = asObject(root?.RDF);
  if (rdf) return parseRss1(rdf, feedUrl, declared);
  throw new FeedParseError('not_a_feed', feedUrl, 'no <rss>, <feed> or <rdf:RDF> root element');
}

/** Entity definitions are the only way to make a small document expand hugely; no real feed needs them. */
function refuseInternalSubset(xml: string, feedUrl: string): void {
  // XML keywords are case-sensitive, so a plain search over the whole (already bounded) text is exact.
  const doctype = xml.indexOf('<!DOCTYPE');
  if (doctype >= 0) {
    const end = xml.indexOf('>', doctype);
    const bracket = xml.indexOf('[', doctype);
    if (bracket >= 0 && (end < 0 || bracket < end)) {
      throw new FeedParseError('doctype_subset', feedUrl, 'DOCTYPE with an internal subset is refused');
    }
  }
  if (xml.includes('<!ENTITY')) {
    throw new FeedParseError('doctype_subset', feedUrl, 'entity declarations are refused');
  }
}

// Many feeds carry a bare "&" in a URL or a title; escaping it keeps an otherwise sound feed readable.
const BARE_AMPERSAND = /&(?![a-zA-Z][a-zA-Z0-9]{0,31};|#[0-9]{1,7};|#x[0-9a-fA-F]{1,6};)/g;
function escapeBareAmpersands(xml: string): string {
  return xml.includes('&') ? xml.replace(BARE_AMPERSAND, '&amp;') : xml;
}

type Node = unknown;
type Obj = Record<string, unknown>;

function asObject(node: Node): Obj | null {
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Obj) : null;
}

function asArray(node: Node): Node[] {
  if (node === undefined || node === null) return [];
  return Array.isArray(node) ? node : [node];
}

/** The text of an element: a string, the #text of an element with attributes, or the text of XHTML content. */
function textOf(node: Node, budget = { left: MAX_DESCRIPTION_HTML }): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (Array.isArray(node)) return node.map((n) => textOf(n, budget)).join(' ');
  const obj = node as Obj;
  if ('#text' in obj) return textOf(obj['#text'], budget);
  const parts: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (key.startsWith('@_')) continue;
    if (budget.left <= 0) break;
    const part = textOf(value, budget);
    budget.left -= part.length;
    parts.push(part);
  }
  return parts.join(' ');
}

function attr(node: Node, name: string): string | null {
  const obj = asObject(node);
  const value = obj?.[`@_${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function firstText(...nodes: Node[]): string {
  for (const node of nodes) {
    const text = textOf(node).trim();
    if (text !== '') return text;
  }
  return '';
}

/** Plain text: HTML converted when the text holds markup or entities, whitespace collapsed, bounded. */
export function plainText(raw: string, max: number): string {
  let text = raw.length > MAX_DESCRIPTION_HTML ? raw.slice(0, MAX_DESCRIPTION_HTML) : raw;
  if (/[<&]/.test(text)) text = htmlToText(text);
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > max / 2 ? cut : max);
}

export function toLanguage(code: string | null | undefined): Language | null {
  const primary = code?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

/** ISO-8601 UTC from RFC 822 (RSS) or RFC 3339 (Atom, dc:date) text; null when absent or unreadable. */
export function toIsoDate(raw: string): string | null {
  const text = raw.trim();
  if (text === '' || text.length > 64) return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1990 && year <= 2200 ? new Date(ms).toISOString() : null;
}

/** Absolute http(s) URL, or null. */
export function resolveLink(raw: string | null, base: string): string | null {
  const text = raw?.trim();
  if (!text) return null;
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function item(parts: {
  guid: string;
  link: string | null;
  title: string;
  summary: string;
  date: string;
  language: Language | null;
  sourceUrl: string | null;
}): ParsedFeedItem | null {
  const title = plainText(parts.title, MAX_TITLE_CHARS);
  let summary = plainText(parts.summary, MAX_SUMMARY_CHARS);
  if (repeatsTitle(summary, title)) summary = '';
  if (title === '' && summary === '') return null;
  return {
    guid: parts.guid.trim().slice(0, 2048) || null,
    link: parts.link,
    // An item with no title is named by the start of its text, so that it still has an identity.
    title: title || summary.slice(0, 120),
    summary,
    publishedAt: toIsoDate(parts.date),
    language: parts.language,
    sourceUrl: parts.sourceUrl,
  };
}

/** Aggregators (Google News) put the headline and the publisher's name in the description: no new text. */
function repeatsTitle(summary: string, title: string): boolean {
  if (summary === '' || title === '') return false;
  const s = normaliseTitle(summary);
  const t = normaliseTitle(title);
  return t.length > 0 && s.startsWith(t) && s.length - t.length <= 60;
}

function bounded(items: (ParsedFeedItem | null)[]): ParsedFeedItem[] {
  return items.filter((i): i is ParsedFeedItem => i !== null).slice(0, MAX_FEED_ITEMS);
}

function parseRss2(rss: Obj, feedUrl: string, declared: Language | null): ParsedFeed {
  const channel = asObject(rss.channel) ?? {};
  const siteLinks = asArray(channel.link).map((l) => (typeof l === 'string' ? l : null));
  const siteUrl = resolveLink(siteLinks.find((l) => l) ?? null, feedUrl);
  const feedLanguage = toLanguage(firstText(channel.language)) ?? toLanguage(attr(rss, 'lang')) ?? declared;
  const base = siteUrl ?? feedUrl;
  const items = asArray(channel.item).map((node) => {
    const obj = asObject(node) ?? {};
    const link = asArray(obj.link)
      .map((l) => textOf(l).trim())
      .find((l) => l !== '');
    const guid = firstText(obj.guid);
    const permaLink =
      attr(obj.guid, 'isPermaLink') !== 'false' && /^(?:https?:\/\/|\/)/.test(guid) ? guid : null;
    const source = obj.source;
    return item({
      guid,
      link: resolveLink(link ?? permaLink, base),
      title: firstText(obj.title),
      summary: firstText(obj.description, obj.encoded, obj.summary),
      date: firstText(obj.pubDate, obj.date, obj.published, obj.updated),
      language: toLanguage(attr(obj, 'lang')) ?? toLanguage(firstText(obj.language)) ?? feedLanguage,
      sourceUrl: resolveLink(attr(source, 'url'), base),
    });
  });
  return {
    format: 'rss2',
    title: firstText(channel.title) || null,
    siteUrl,
    language: feedLanguage,
    items: bounded(items),
  };
}

const XML_ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXmlEntities(text: string): string {
  return text.replace(
    XML_ENTITY,
    (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (name) return NAMED[name] ?? whole;
      const code = hex ? Number.parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** An Atom text construct kept raw by the parser: XHTML as markup; text / html with CDATA unwrapped and entities decoded. */
function atomText(node: Node): string {
  const raw = textOf(node);
  if ((attr(node, 'type') ?? '').includes('xhtml')) return raw;
  let out = '';
  let at = 0;
  while (at < raw.length) {
    const open = raw.indexOf('<![CDATA[', at);
    if (open < 0) {
      out += decodeXmlEntities(raw.slice(at));
      break;
    }
    out += decodeXmlEntities(raw.slice(at, open));
    const close = raw.indexOf(']]>', open + 9);
    out += raw.slice(open + 9, close < 0 ? raw.length : close);
    at = close < 0 ? raw.length : close + 3;
  }
  return out;
}

/** The Atom link to the entry's page: rel="alternate" (the default), else the first link. */
function atomLink(links: Node[], base: string): string | null {
  const withRel = links.map((l) => ({ href: attr(l, 'href'), rel: attr(l, 'rel') ?? 'alternate' }));
  const chosen = withRel.find((l) => l.rel === 'alternate' && l.href) ?? withRel.find((l) => l.href);
  return resolveLink(chosen?.href ?? null, base);
}

function parseAtom(feed: Obj, feedUrl: string, declared: Language | null): ParsedFeed {
  const feedBase = resolveLink(attr(feed, 'base'), feedUrl) ?? feedUrl;
  const siteUrl = atomLink(asArray(feed.link), feedBase);
  const feedLanguage = toLanguage(attr(feed, 'lang')) ?? declared;
  const items = asArray(feed.entry).map((node) => {
    const obj = asObject(node) ?? {};
    const base = resolveLink(attr(obj, 'base'), feedBase) ?? feedBase;
    return item({
      guid: firstText(obj.id),
      link: atomLink(asArray(obj.link), base),
      title: firstText(obj.title),
      summary: atomText(obj.summary).trim() || atomText(obj.content),
      date: firstText(obj.published, obj.updated, obj.date),
      language: toLanguage(attr(obj, 'lang')) ?? feedLanguage,
      sourceUrl: null,
    });
  });
  return {
    format: 'atom',
    title: firstText(feed.title) || null,
    siteUrl,
    language: feedLanguage,
    items: bounded(items),
  };
}

function parseRss1(rdf: Obj, feedUrl: string, declared: Language | null): ParsedFeed {
  const channel = asObject(rdf.channel) ?? {};
  const siteUrl = resolveLink(firstText(channel.link) || null, feedUrl);
  const feedLanguage =
    toLanguage(firstText(channel.language)) ??
    toLanguage(attr(channel, 'lang')) ??
    toLanguage(attr(rdf, 'lang')) ??
    declared;
  const base = siteUrl ?? feedUrl;
  const items = asArray(rdf.item).map((node) => {
    const obj = asObject(node) ?? {};
    const about = attr(obj, 'about') ?? '';
    return item({
      guid: about,
      link: resolveLink(firstText(obj.link) || about || null, base),
      title: firstText(obj.title),
      summary: firstText(obj.description, obj.encoded),
      date: firstText(obj.date, obj.pubDate),
      language: toLanguage(attr(obj, 'lang')) ?? toLanguage(firstText(obj.language)) ?? feedLanguage,
      sourceUrl: null,
    });
  });
  return {
    format: 'rss1',
    title: firstText(channel.title) || null,
    siteUrl,
    language: feedLanguage,
    items: bounded(items),
  };
}
