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

/**
 * Title reduced to what survives syndication: publisher suffix stripped, lowercased, accents folded, punctuation
 * and whitespace collapsed to single spaces.
 */
export function normaliseTitle(title: string): string {
  let text = title.slice(0, MAX_ID_INPUT).trim();
  // Only strip a suffix when enough of a headline remains (so "Meta - CoreWeave" style titles survive).
  const suffix = PUBLISHER_SUFFIX.exec(text);
  if (suffix && suffix.index >= 20) text = text.slice(0, suffix.index);
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/gu, '')
    .replace(/[^\p{L}\p{N}$€£%]+/gu, ' ')
    .trim();
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
