import { normalisedFirstCharacter, normaliseTitle } from '../../core/news-identity';
import type { ParsedFeed, ParsedFeedItem } from '../../core/ports/news';
import { LANGUAGES, type Language } from '../../core/types';
import { attrOf, scanXml, type XmlElement, XmlScanError } from '../xml-scan';
import { plainText, type TextKind } from './feed-text';

/** Feeds larger than this are refused before parsing (a real feed is well under 1 MB). */
export const MAX_FEED_CHARS = 5 * 1024 * 1024;
/** Items taken from one feed; the rest are counted in `dropped` and named in a warning. */
export const MAX_FEED_ITEMS = 500;
/** Real feeds nest under 20 deep (XHTML content included); the bound keeps a hostile document shallow. */
export const MAX_FEED_DEPTH = 64;
/** A 5 MB feed of 10,000 items has about 150,000 elements; far more is not a feed. */
export const MAX_FEED_ELEMENTS = 400_000;
const MAX_TITLE_CHARS = 500;
/** Summaries are kept for extraction and for the item record; longer text is cut at a word boundary. */
export const MAX_SUMMARY_CHARS = 4000;

export type FeedParseErrorCode = 'too_large' | 'doctype_subset' | 'malformed' | 'not_a_feed';

/** A feed refused: the message names the feed; a refusal by the XML reader keeps its error as the cause. */
export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';
  constructor(
    readonly code: FeedParseErrorCode,
    feedUrl: string,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`feed ${feedUrl}: ${detail}`, options);
  }
}

export interface ParseFeedOptions {
  feedUrl: string;
  /** Used for items when neither the item nor the feed declares a language. */
  declaredLanguage?: Language | null;
  maxChars?: number;
  /** Default MAX_FEED_ELEMENTS. */
  maxElements?: number;
}

const ATOM10 = 'http://www.w3.org/2005/Atom';
const ATOM03 = 'http://purl.org/atom/ns#';

// Elements are named by a canonical key: the local name for the format's own namespace, else a fixed prefix for
// the extension namespaces we read (whatever prefix the feed binds them to), else the namespace URI.
const EXTENSION_PREFIX = new Map<string, string>([
  ['http://purl.org/dc/elements/1.1/', 'dc:'],
  ['http://purl.org/dc/terms/', 'dcterms:'],
  ['http://purl.org/rss/1.0/modules/content/', 'content:'],
  ['http://search.yahoo.com/mrss/', 'media:'],
  ['http://search.yahoo.com/mrss', 'media:'],
  ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'itunes:'],
  ['http://www.itunes.com/DTDs/Podcast-1.0.dtd', 'itunes:'],
  ['http://rssnamespace.org/feedburner/ext/1.0', 'feedburner:'],
  ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf:'],
  [ATOM10, 'atom:'],
  [ATOM03, 'atom:'],
  // Prefixes used without an xmlns declaration (a common slip): read as the namespace they always name.
  ...['dc', 'dcterms', 'content', 'media', 'itunes', 'feedburner', 'rdf', 'atom'].map(
    (p): [string, string] => [`${p}:`, `${p}:`],
  ),
]);
const RSS_CORE = new Set(['', 'http://backend.userland.com/rss2', 'http://blogs.law.harvard.edu/tech/rss']);
const ATOM_CORE = new Set(['', ATOM10, ATOM03]);
const RDF_CORE = new Set(['', 'http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/']);

type Core = ReadonlySet<string>;

function keyOf(element: XmlElement, core: Core): string {
  if (core.has(element.ns)) return element.local;
  const prefix = EXTENSION_PREFIX.get(element.ns);
  return prefix ? prefix + element.local : `{${element.ns}}${element.local}`;
}

/** The first child under each key. */
type Fields = Map<string, XmlElement>;

function fieldsOf(element: XmlElement | undefined, core: Core): Fields {
  const fields: Fields = new Map();
  for (const child of element?.children ?? []) {
    const key = keyOf(child, core);
    if (!fields.has(key)) fields.set(key, child);
  }
  return fields;
}

function childrenNamed(element: XmlElement | undefined, core: Core, key: string): XmlElement[] {
  return (element?.children ?? []).filter((c) => keyOf(c, core) === key);
}

/** Parsing state of one feed: its source (for raw XHTML), base URL, and what was cut. */
interface Context {
  xml: string;
  feedUrl: string;
  declared: Language | null;
  overCap: number;
  empty: number;
}

/**
 * Items of an RSS 0.9x / 2.0, RSS 1.0 (RDF) or Atom 0.3 / 1.0 feed: text decoded (CDATA, entities, HTML to
 * text), links absolute, dates ISO-8601 UTC or null, language from the item / feed when declared. Each field
 * comes from the format's own element, and from an extension (dc:, media:, itunes:, content:, feedburner:)
 * only when the item has none. Throws FeedParseError on anything that is not a well-formed feed within bounds.
 */
export function parseFeed(xml: string, opts: ParseFeedOptions): ParsedFeed {
  const feedUrl = opts.feedUrl;
  const maxChars = opts.maxChars ?? MAX_FEED_CHARS;
  if (xml.length > maxChars) {
    throw new FeedParseError('too_large', feedUrl, `${xml.length} characters is over the ${maxChars} bound`);
  }
  let root: XmlElement;
  try {
    root = scanXml(xml, { maxDepth: MAX_FEED_DEPTH, maxElements: opts.maxElements ?? MAX_FEED_ELEMENTS });
  } catch (error) {
    if (!(error instanceof XmlScanError)) throw error;
    const code =
      error.kind === 'entity_declaration'
        ? 'doctype_subset'
        : error.kind === 'too_many_elements'
          ? 'too_large'
          : 'malformed';
    throw new FeedParseError(
      code,
      feedUrl,
      `${code === 'malformed' ? 'malformed XML: ' : ''}${error.message}`,
      { cause: error },
    );
  }
  const ctx: Context = { xml, feedUrl, declared: opts.declaredLanguage ?? null, overCap: 0, empty: 0 };
  let feed: Omit<ParsedFeed, 'dropped' | 'warnings'>;
  if (root.local === 'rss') feed = parseRss2(root, ctx);
  else if (root.local === 'feed') feed = parseAtom(root, ctx);
  else if (root.local === 'RDF') feed = parseRss1(root, ctx);
  else {
    throw new FeedParseError(
      'not_a_feed',
      feedUrl,
      `root element <${root.name}> is not <rss>, <feed> or <rdf:RDF>`,
    );
  }
  const warnings: string[] = [];
  if (ctx.overCap > 0)
    warnings.push(`${ctx.overCap} item(s) beyond the first ${MAX_FEED_ITEMS} dropped (item cap)`);
  if (ctx.empty > 0) warnings.push(`${ctx.empty} item(s) with neither a title nor any text skipped`);
  // Written out rather than spread: a spread of the three parsers' results ran through a megamorphic clone.
  return {
    format: feed.format,
    title: feed.title,
    siteUrl: feed.siteUrl,
    language: feed.language,
    items: feed.items,
    dropped: ctx.overCap + ctx.empty,
    warnings,
  };
}

/** The element's text, and how to read it: an element holding child elements is unescaped markup. */
function contentOf(ctx: Context, element: XmlElement | undefined, kind: TextKind = 'auto'): Text {
  if (!element) return NO_TEXT;
  if (element.children.length > 0)
    return { raw: ctx.xml.slice(element.innerStart, element.innerEnd), kind: 'html' };
  return { raw: element.text, kind };
}

interface Text {
  raw: string;
  kind: TextKind;
}
const NO_TEXT: Text = { raw: '', kind: 'text' };

/** The first candidate with text. */
function firstContent(ctx: Context, ...candidates: (XmlElement | undefined)[]): Text {
  for (const candidate of candidates) {
    const text = contentOf(ctx, candidate);
    if (text.raw.trim() !== '') return text;
  }
  return NO_TEXT;
}

function firstText(...candidates: (XmlElement | undefined)[]): string {
  for (const candidate of candidates) {
    const text = candidate?.text.trim();
    if (text) return text;
  }
  return '';
}

/** The first candidate that reads as a date. */
function firstDate(...candidates: (XmlElement | undefined)[]): string | null {
  for (const candidate of candidates) {
    const date = candidate ? toIsoDate(candidate.text) : null;
    if (date) return date;
  }
  return null;
}

export function toLanguage(code: string | null | undefined): Language | null {
  const primary = code?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

// European zone names that publishers in our languages write and Date.parse does not know (it knows the US ones).
export const ZONE_NAMES: Readonly<Record<string, string>> = {
  CET: '+0100',
  CEST: '+0200',
  MEZ: '+0100',
  MESZ: '+0200',
  WET: '+0000',
  WEST: '+0100',
  BST: '+0100',
  EET: '+0200',
  EEST: '+0300',
};
const TRAILING_ZONE_NAME = /\s([A-Z]{3,4})$/;
const ISO_WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;

/**
 * ISO-8601 UTC from RFC 822 (RSS) or RFC 3339 / W3C-DTF (Atom, dc:date) text; null when absent or unreadable.
 * A time without a zone is read as UTC (not as the machine's zone, which would make the result depend on it).
 */
export function toIsoDate(raw: string): string | null {
  let text = raw.trim();
  if (text === '' || text.length > 64) return null;
  if (ISO_WITHOUT_ZONE.test(text)) text = `${text.replace(' ', 'T')}Z`;
  let ms = commonDateMs(text);
  if (ms === null) {
    const zone = TRAILING_ZONE_NAME.exec(text)?.[1];
    const offset = zone ? ZONE_NAMES[zone] : undefined;
    if (offset) text = `${text.slice(0, -(zone as string).length)}${offset}`;
    ms = Date.parse(text);
  }
  if (Number.isNaN(ms) || ms < FIRST_MS || ms > LAST_MS) return null;
  return isoUtc(ms);
}

const FIRST_MS = Date.UTC(1990, 0, 1);
const LAST_MS = Date.UTC(2201, 0, 1) - 1;
const DAY_MS = 86_400_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * `new Date(ms).toISOString()` for a whole ms in FIRST_MS..LAST_MS (four-digit years), by integer arithmetic
 * (the days-to-civil-date steps of H. Hinnant's date algorithms): the builtin's call into the runtime was the
 * date step's largest cost. Checked against it through toIsoDate in feed-dates.property.test.ts.
 */
function isoUtc(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  // Days since 0000-03-01, in 400-year eras of 146,097 days; years start in March so that leap days come last.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  const millis = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : `${milli}`;
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${millis}Z`;
}

// The two shapes nearly every feed writes, read without Date.parse (its legacy-format path was the costliest
// step left per item): RFC 822 with GMT/UT/UTC/Z or a numeric offset, and RFC 3339 with Z or ±hh:mm. Only
// values in range are read here; anything else (another zone, 24:00, 31 February, leap seconds) goes to
// Date.parse, whose answers for those this does not try to copy.
const RFC822 =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ?)?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? (?:GMT|UTC|UT|Z|([+-])(\d{2})(\d{2}))$/;
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

function commonDateMs(text: string): number | null {
  let m = RFC822.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2] as string) / 3;
    return utcMs(m[3], month, m[1], m[4], m[5], m[6], undefined, m[7], m[8], m[9]);
  }
  m = RFC3339.exec(text);
  if (!m) return null;
  return utcMs(m[1], Number(m[2]) - 1, m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10]);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 1 && leap ? 29 : (MONTH_DAYS[month] as number);
}

/** Epoch ms of the parts, or null when one is out of its range (then Date.parse decides). */
function utcMs(
  year: string | undefined,
  month: number,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
  sign: string | undefined,
  offsetHours: string | undefined,
  offsetMinutes: string | undefined,
): number | null {
  const y = Number(year);
  const d = Number(day);
  const h = Number(hour);
  const min = Number(minute);
  const s = second === undefined ? 0 : Number(second);
  const oh = sign ? Number(offsetHours) : 0;
  const om = sign ? Number(offsetMinutes) : 0;
  if (y < 1000 || month < 0 || month > 11 || d < 1 || d > daysIn(y, month)) return null;
  if (h > 23 || min > 59 || s > 59) return null;
  if (oh > 23 || om > 59) return null;
  const ms = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0'));
  const offset = (sign === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  return Date.UTC(y, month, d, h, min, s, ms) - offset;
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

/** The base URL inside an element: its xml:base resolved against the enclosing base. */
function baseIn(element: XmlElement | undefined, base: string): string {
  const declared = attrOf(element, 'xml:base');
  if (!declared) return base;
  try {
    return new URL(declared, base).href;
  } catch {
    return base;
  }
}

interface ItemParts {
  guid: string;
  link: string | null;
  title: Text;
  summary: Text;
  publishedAt: string | null;
  language: Language | null;
  sourceUrl: string | null;
}

function toItem(ctx: Context, parts: ItemParts): ParsedFeedItem | null {
  const title = plainText(parts.title.raw, MAX_TITLE_CHARS, parts.title.kind);
  let summary = plainText(parts.summary.raw, MAX_SUMMARY_CHARS, parts.summary.kind);
  if (repeatsTitle(summary, title)) summary = '';
  if (title === '' && summary === '') {
    ctx.empty++;
    return null;
  }
  return {
    guid: parts.guid.trim().slice(0, 2048) || null,
    link: parts.link,
    // An item with no title is named by the start of its text, so that it still has an identity.
    title: title || summary.slice(0, 120),
    summary,
    publishedAt: parts.publishedAt,
    language: parts.language,
    sourceUrl: parts.sourceUrl,
  };
}

/** Items up to the cap; the ones beyond are counted, not converted. */
function takeItems(ctx: Context, nodes: XmlElement[], read: (node: XmlElement) => ParsedFeedItem | null) {
  const items: ParsedFeedItem[] = [];
  for (const [index, node] of nodes.entries()) {
    if (items.length >= MAX_FEED_ITEMS) {
      ctx.overCap += nodes.length - index;
      break;
    }
    const item = read(node);
    if (item) items.push(item);
  }
  return items;
}

/** Aggregators (Google News) put the headline and the publisher's name in the description: no new text. */
function repeatsTitle(summary: string, title: string): boolean {
  if (summary === '' || title === '') return false;
  // Normalising a whole summary is costly; their first characters, normalised from a short head, differ in most.
  const titleHead = normalisedFirstCharacter(title);
  const summaryHead = normalisedFirstCharacter(summary);
  if (titleHead !== '' && summaryHead !== '' && titleHead !== summaryHead) return false;
  const s = normaliseTitle(summary);
  const t = normaliseTitle(title);
  return t.length > 0 && s.startsWith(t) && s.length - t.length <= 60;
}

/** The link to the page: rel="alternate" (the default), else the first link with an href. */
function atomLink(links: XmlElement[], base: string): string | null {
  let fallback: XmlElement | undefined;
  for (const link of links) {
    if (!attrOf(link, 'href')) continue;
    if ((attrOf(link, 'rel') ?? 'alternate') === 'alternate')
      return resolveLink(attrOf(link, 'href'), baseIn(link, base));
    fallback ??= link;
  }
  return fallback ? resolveLink(attrOf(fallback, 'href'), baseIn(fallback, base)) : null;
}

/** media:description directly in the item or in its media:group. */
function mediaDescription(fields: Fields, core: Core): XmlElement | undefined {
  return (
    fields.get('media:description') ?? fieldsOf(fields.get('media:group'), core).get('media:description')
  );
}

function parseRss2(rss: XmlElement, ctx: Context): Omit<ParsedFeed, 'dropped' | 'warnings'> {
  const core = RSS_CORE;
  const channel = childrenNamed(rss, core, 'channel')[0];
  const feed = fieldsOf(channel, core);
  const declaredBase = attrOf(rss, 'xml:base') ?? attrOf(channel, 'xml:base');
  const channelLink = childrenNamed(channel, core, 'link').find((l) => l.text.trim() !== '');
  const siteUrl = resolveLink(channelLink?.text ?? null, baseIn(rss, ctx.feedUrl));
  // Without xml:base, relative item links are read against the site's link (publishers mean their site).
  const base = declaredBase ? baseIn(channel, baseIn(rss, ctx.feedUrl)) : (siteUrl ?? ctx.feedUrl);
  const language =
    toLanguage(firstText(feed.get('language'), feed.get('dc:language'))) ??
    toLanguage(attrOf(channel, 'xml:lang')) ??
    toLanguage(attrOf(rss, 'xml:lang')) ??
    ctx.declared;
  // RSS 0.9x puts items in the channel; a few feeds put them beside it.
  const nodes = [...childrenNamed(channel, core, 'item'), ...childrenNamed(rss, core, 'item')];
  const items = takeItems(ctx, nodes, (node) => {
    const f = fieldsOf(node, core);
    const itemBase = baseIn(node, base);
    const linkElement = f.get('link');
    const guid = firstText(f.get('guid'));
    const permaLink =
      attrOf(f.get('guid'), 'isPermaLink') !== 'false' && /^(?:https?:\/\/|\/)/.test(guid) ? guid : null;
    const link =
      resolveLink(linkElement?.text.trim() || attrOf(linkElement, 'href'), baseIn(linkElement, itemBase)) ??
      resolveLink(firstText(f.get('feedburner:origLink')), itemBase) ??
      atomLink(childrenNamed(node, core, 'atom:link'), itemBase) ??
      resolveLink(permaLink, itemBase);
    return toItem(ctx, {
      guid,
      link,
      title: firstContent(
        ctx,
        f.get('title'),
        f.get('dc:title'),
        f.get('media:title'),
        f.get('itunes:title'),
      ),
      summary: firstContent(
        ctx,
        f.get('description'),
        f.get('content:encoded'),
        mediaDescription(f, core),
        f.get('itunes:summary'),
        f.get('dc:description'),
        f.get('itunes:subtitle'),
      ),
      publishedAt: firstDate(
        f.get('pubDate'),
        f.get('dc:date'),
        f.get('dcterms:issued'),
        f.get('dcterms:created'),
        f.get('atom:published'),
        f.get('atom:updated'),
        f.get('dcterms:modified'),
      ),
      language: itemLanguage(node, language, f.get('dc:language'), f.get('language')),
      sourceUrl: resolveLink(attrOf(f.get('source'), 'url'), itemBase),
    });
  });
  return { format: 'rss2', title: feedTitle(contentOf(ctx, feed.get('title'))), siteUrl, language, items };
}

/** An item's language: its xml:lang, else its first language element, else the feed's. */
function itemLanguage(
  item: XmlElement,
  feedLanguage: Language | null,
  ...fields: (XmlElement | undefined)[]
): Language | null {
  return toLanguage(attrOf(item, 'xml:lang')) ?? toLanguage(firstText(...fields)) ?? feedLanguage;
}

function feedTitle(text: Text): string | null {
  return plainText(text.raw, MAX_TITLE_CHARS) || null;
}

/** An Atom text construct: type text (the default), html (escaped), or xhtml (markup); Atom 0.3's mode too. */
function atomText(ctx: Context, element: XmlElement | undefined): Text {
  if (!element) return NO_TEXT;
  const type = (attrOf(element, 'type') ?? 'text').toLowerCase();
  const mode = attrOf(element, 'mode');
  if (type.includes('xhtml') || element.children.length > 0) return contentOf(ctx, element);
  // Atom 1.0: any other media type than text/*, *xml or html is base64 (Atom 0.3 says so with mode="base64").
  const binary = type.includes('/') && !type.startsWith('text/') && !type.endsWith('xml');
  if (mode === 'base64' || binary) {
    const decoded = Buffer.from(element.text, 'base64').toString('utf8');
    return decoded.includes('\ufffd') ? NO_TEXT : { raw: decoded, kind: 'auto' };
  }
  const html = type === 'html' || type.includes('html') || mode === 'escaped';
  return { raw: element.text, kind: html ? 'html' : 'text' };
}

function firstAtomText(ctx: Context, ...candidates: (XmlElement | undefined)[]): Text {
  for (const candidate of candidates) {
    const text = atomText(ctx, candidate);
    if (text.raw.trim() !== '') return text;
  }
  return NO_TEXT;
}

function parseAtom(root: XmlElement, ctx: Context): Omit<ParsedFeed, 'dropped' | 'warnings'> {
  // Pre-standard Atom feeds name other namespaces (or none): the root's own is the format's.
  const core = ATOM_CORE.has(root.ns) ? ATOM_CORE : new Set([...ATOM_CORE, root.ns]);
  const feed = fieldsOf(root, core);
  const feedBase = baseIn(root, ctx.feedUrl);
  const siteUrl = atomLink(childrenNamed(root, core, 'link'), feedBase);
  const language = toLanguage(attrOf(root, 'xml:lang')) ?? ctx.declared;
  const items = takeItems(ctx, childrenNamed(root, core, 'entry'), (node) => {
    const f = fieldsOf(node, core);
    const base = baseIn(node, feedBase);
    return toItem(ctx, {
      guid: firstText(f.get('id')),
      link:
        atomLink(childrenNamed(node, core, 'link'), base) ??
        resolveLink(firstText(f.get('feedburner:origLink')), base),
      title: firstAtomText(ctx, f.get('title'), f.get('dc:title'), f.get('media:title')),
      summary: firstAtomText(ctx, f.get('summary'), f.get('content'), mediaDescription(f, core)),
      publishedAt: firstDate(
        f.get('published'),
        f.get('updated'),
        f.get('issued'),
        f.get('modified'),
        f.get('created'),
        f.get('dc:date'),
      ),
      language: itemLanguage(node, language, f.get('dc:language')),
      sourceUrl: null,
    });
  });
  return { format: 'atom', title: feedTitle(atomText(ctx, feed.get('title'))), siteUrl, language, items };
}

/** rdf:about, whatever prefix the feed gives the RDF namespace. */
function about(element: XmlElement): string {
  for (const [key, value] of Object.entries(element.attrs ?? {})) {
    if (key === 'about' || key.endsWith(':about')) return value.trim();
  }
  return '';
}

function parseRss1(rdf: XmlElement, ctx: Context): Omit<ParsedFeed, 'dropped' | 'warnings'> {
  const core = RDF_CORE;
  const channel = childrenNamed(rdf, core, 'channel')[0];
  const feed = fieldsOf(channel, core);
  const base = baseIn(channel, baseIn(rdf, ctx.feedUrl));
  const siteUrl = resolveLink(firstText(feed.get('link')) || null, base);
  const language =
    toLanguage(firstText(feed.get('dc:language'), feed.get('language'))) ??
    toLanguage(attrOf(channel, 'xml:lang')) ??
    toLanguage(attrOf(rdf, 'xml:lang')) ??
    ctx.declared;
  const itemBase = attrOf(rdf, 'xml:base') || attrOf(channel, 'xml:base') ? base : (siteUrl ?? base);
  const nodes = [...childrenNamed(rdf, core, 'item'), ...childrenNamed(channel, core, 'item')];
  const items = takeItems(ctx, nodes, (node) => {
    const f = fieldsOf(node, core);
    const guid = about(node);
    const nodeBase = baseIn(node, itemBase);
    return toItem(ctx, {
      guid,
      link: resolveLink(firstText(f.get('link')) || guid || null, nodeBase),
      title: firstContent(ctx, f.get('title'), f.get('dc:title')),
      summary: firstContent(ctx, f.get('description'), f.get('content:encoded'), f.get('dc:description')),
      publishedAt: firstDate(
        f.get('dc:date'),
        f.get('pubDate'),
        f.get('dcterms:issued'),
        f.get('dcterms:modified'),
      ),
      language: itemLanguage(node, language, f.get('dc:language'), f.get('language')),
      sourceUrl: null,
    });
  });
  return { format: 'rss1', title: feedTitle(contentOf(ctx, feed.get('title'))), siteUrl, language, items };
}
