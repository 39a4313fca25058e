// Stable identity for news items, so that a feed polled again, or the same story syndicated under several links,
// is recorded once. Pure: no I/O.

/** Query parameters that only track the reader; two links that differ only in these are the same article. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gclsrc',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
  '_hsenc',
  '_hsmi',
  'ocid',
  'cmpid',
  'sr_share',
]);

const MAX_ID_INPUT = 2048;

/** 64-bit FNV-1a as 16 hex digits: short, stable across runtimes, and pure (no node:crypto in core). */
export function stableHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * The link with what does not identify the article removed: tracking parameters (utm_*, fbclid, gclid...),
 * the fragment, a trailing slash, default ports; host lowercased. null when the text is not an http(s) URL.
 */
export function canonicalLink(link: string | null | undefined): string | null {
  if (!link) return null;
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => {
    const lower = name.toLowerCase();
    return !lower.startsWith('utm_') && !TRACKING_PARAMS.has(lower);
  });
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  // URL already lowercases the host and drops default ports.
  let path = url.pathname;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return `${url.protocol}//${url.host}${path === '/' ? '' : path}${url.search}`;
}

/** A guid is only an identity when it is non-trivial; some feeds emit "0", "null" or the same value for every item. */
function usableGuid(guid: string | null | undefined): string | null {
  const trimmed = guid?.trim() ?? '';
  if (trimmed.length < 4 || /^(?:null|undefined|none)$/i.test(trimmed)) return null;
  return trimmed.slice(0, MAX_ID_INPUT);
}

export interface ItemIdentityInput {
  guid?: string | null;
  /**
   * Where a guid that is not a URL is unique: the feed's host. Many sites number their items ("10452"), so the
   * same bare guid on two sites is two items, while two feeds of one site (Google News queries) share them.
   */
  guidScope?: string | null;
  link?: string | null;
  title: string;
  publishedAt?: string | null;
}

/**
 * Stable item id: the guid (a guid that is a URL is canonicalised like a link), else the canonical link, else a
 * hash of title + date. Long ids are hashed so that they fit a key. Prefixes say which rule applied.
 */
export function newsItemId(input: ItemIdentityInput): string {
  const guid = usableGuid(input.guid);
  if (guid) {
    const asLink = /^https?:\/\//i.test(guid) ? canonicalLink(guid) : null;
    if (asLink) return bounded('g', asLink);
    const scope = input.guidScope?.toLowerCase();
    return bounded('g', scope ? `${scope}:${guid}` : guid);
  }
  const link = canonicalLink(input.link);
  if (link) return bounded('l', link);
  return `h:${stableHash(`${normaliseTitle(input.title)}|${isoDay(input.publishedAt) ?? ''}`)}`;
}

function bounded(prefix: string, value: string): string {
  return value.length <= 200 ? `${prefix}:${value}` : `${prefix}h:${stableHash(value)}`;
}

/** Trailing " - Publisher" / " | Publisher" / " – Publisher" that aggregators append to a syndicated title. */
const PUBLISHER_SUFFIX = /\s{1,3}[-–—|]\s{1,3}[^-–—|]{1,60}$/u;
/** The longest text PUBLISHER_SUFFIX can match, in UTF-16 units (60 astral characters are 120). */
const SUFFIX_REACH = 3 + 1 + 3 + 120;
const NON_ASCII = /[\u0080-\uffff]/;

/** Where the publisher suffix starts, or -1. Only the tail can hold it: a 4,000-character summary is not scanned. */
function publisherSuffixAt(text: string): number {
  const from = Math.max(0, text.length - SUFFIX_REACH);
  const suffix = PUBLISHER_SUFFIX.exec(from > 0 ? text.slice(from) : text);
  return suffix ? from + suffix.index : -1;
}

const LONE_SURROGATE_RE = /\p{Cs}/u;

/**
 * Title reduced to what survives syndication: publisher suffix stripped, lowercased, accents folded, punctuation
 * and whitespace collapsed to single spaces.
 */
export function normaliseTitle(title: string): string {
  let text = title.slice(0, MAX_ID_INPUT).trim();
  // Only strip a suffix when enough of a headline remains (so "Meta - CoreWeave" style titles survive).
  const suffixAt = publisherSuffixAt(text);
  if (suffixAt >= 20) text = text.slice(0, suffixAt);
  if (!NON_ASCII.test(text)) return keptWords(text.toLowerCase());
  const decomposed = text.normalize('NFKD');
  // A capital sigma lowercases by its neighbours (final ς), which the marks removed first may change, and two lone
  // surrogates pair into one letter once the apostrophe between them is removed: those cases keep the plain chain
  // of replacements.
  if (decomposed.includes('Σ') || LONE_SURROGATE_RE.test(decomposed)) return foldByReplacing(decomposed);
  return keptWords(decomposed.toLowerCase());
}

/**
 * normaliseTitle(text.slice(0, 24)).charAt(0), told from the first characters when they are ASCII: punctuation
 * and spaces before the first letter or digit only ever become the space that is trimmed off, and a suffix is
 * never cut before the 20th character.
 */
export function normalisedFirstCharacter(text: string): string {
  for (let k = 0; k < text.length && k < 20; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) break;
    const letterOrDigit = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
    if (letterOrDigit || c === 0x24 /* $ */ || c === 0x25 /* % */) return (text[k] as string).toLowerCase();
  }
  return normaliseTitle(text.slice(0, 24)).charAt(0);
}

/** The definition: marks off, lowercased, apostrophes off, every run of anything but letters, digits, $ € £ % one space. */
function foldByReplacing(decomposed: string): string {
  return decomposed
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/gu, '')
    .replace(/[^\p{L}\p{N}$€£%]+/gu, ' ')
    .trim();
}

// The same as foldByReplacing in one pass over text already decomposed and lowercased: the Unicode-class
// replacements were most of the news parser's time (every title and summary is compared, core of repeatsTitle).
const KEPT = 1;
const DROPPED = 2;
const SEPARATOR = 3;
/** Each UTF-16 unit's kind, learnt on first sight (0: not yet); astral characters by code point. */
const unitKind = new Uint8Array(0x10000);
const astralKind = new Map<number, number>();
const IS_MARK = /^\p{M}$/u;
const IS_KEPT = /^[\p{L}\p{N}$€£%]$/u;

function kindOf(character: string): number {
  if (IS_MARK.test(character) || character === "'" || character === '’' || character === '`') return DROPPED;
  return IS_KEPT.test(character) ? KEPT : SEPARATOR;
}

function kindAt(text: string, k: number): { kind: number; width: number } {
  const unit = text.charCodeAt(k);
  const low = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(k + 1) : Number.NaN;
  if (low >= 0xdc00 && low <= 0xdfff) {
    const point = text.codePointAt(k) as number;
    let kind = astralKind.get(point);
    if (kind === undefined) {
      kind = kindOf(String.fromCodePoint(point));
      astralKind.set(point, kind);
    }
    return { kind, width: 2 };
  }
  let kind = unitKind[unit] as number;
  if (kind === 0) {
    // A lone surrogate is no letter: a separator, as the replacements read it.
    kind = unit >= 0xd800 && unit <= 0xdfff ? SEPARATOR : kindOf(text[k] as string);
    unitKind[unit] = kind;
  }
  return { kind, width: 1 };
}

function keptWords(lower: string): string {
  let out = '';
  let runStart = -1;
  let spaced = false;
  for (let k = 0; k < lower.length; ) {
    const { kind, width } = kindAt(lower, k);
    if (kind === KEPT) {
      if (runStart < 0) {
        if (spaced && out !== '') out += ' ';
        spaced = false;
        runStart = k;
      }
    } else {
      if (runStart >= 0) out += lower.slice(runStart, k);
      runStart = -1;
      if (kind === SEPARATOR) spaced = true;
    }
    k += width;
  }
  return runStart >= 0 ? out + lower.slice(runStart) : out;
}

/** YYYY-MM-DD (UTC) of an ISO timestamp, or null. */
export function isoDay(at: string | null | undefined): string | null {
  if (!at) return null;
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

/** The registrable-ish domain of a URL: host lowercased, a leading "www." dropped. */
export function sourceDomain(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.startsWith('www.') ? host.slice(4) : host;
  } catch {
    return null;
  }
}

export interface DedupeInput {
  title: string;
  publishedAt?: string | null;
  /** The article's link; its domain says who published the story. */
  link?: string | null;
  /** Used for the domain when the item has no link (the feed's own URL). */
  fallbackUrl?: string | null;
}

/**
 * Key that is equal for the same story published under several links or by several feeds: normalised title +
 * day + source domain. Hashed so it is short and has no separators to escape.
 */
export function newsDedupeKey(input: DedupeInput): string {
  const domain = sourceDomain(input.link) ?? sourceDomain(input.fallbackUrl) ?? '';
  const day = isoDay(input.publishedAt) ?? 'undated';
  return `${day}:${stableHash(`${normaliseTitle(input.title)}|${day}|${domain}`)}`;
}
