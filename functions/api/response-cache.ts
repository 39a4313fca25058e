import { createHash } from 'node:crypto';

/** A rendered answer as the cache keeps it: its bytes, its validator and what it weighs. */
export interface CachedBody {
  /** UTF-8, encoded once: a hit writes it to the socket as it is. */
  readonly body: Uint8Array<ArrayBuffer>;
  /** A strong validator of `body` (quoted, as the ETag header carries it). */
  readonly etag: string;
  readonly bytes: number;
  /** When it was rendered (ms since the epoch), for its Age. */
  readonly renderedAt: number;
}

export interface ResponseCacheOptions {
  /** How long an answer is served from memory; 0 turns the cache off (every request renders its own). */
  seconds: number;
  /** At most this many answers are kept (least recently used goes first). */
  maxEntries?: number;
  /** At most this many bytes of answers are kept; an answer larger than this is served, never kept. */
  maxBytes?: number;
  /** Milliseconds since the epoch; a test's clock decides when an answer expires. */
  now?: () => number;
}

/** 256 pages of 25 deals (~20 KB of JSON each) fit; a 256 MB Lambda keeps far more than this free. */
export const DEFAULT_MAX_ENTRIES = 256;
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

const UTF8 = new TextEncoder();

interface Entry {
  value: CachedBody;
  expiresAt: number;
}

export function cachedBody(text: string, renderedAt = Date.now()): CachedBody {
  const body = UTF8.encode(text);
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  return { body, etag: `"${hash}"`, bytes: body.byteLength, renderedAt };
}

/**
 * Whether an If-None-Match header names this validator (or `*`). The weak comparison of RFC 9110 13.1.2: a
 * `W/` a cache put in front of our strong ETag still matches.
 */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/**
 * A short-lived in-process cache of rendered answers, one a process (a Lambda instance in AWS). The newest pages
 * of the deals list are read far more often than they change: a request served from here costs no Query.
 *
 * - Keyed by the caller's full normalised query: two queries never share an entry.
 * - Bounded in entries and in bytes, least recently used first out; expired entries go before live ones.
 * - Single flight: concurrent misses for one key share one render (one Query), and its failure.
 * - `invalidate()` empties it, and a render that started before is served to its waiters but never kept: what
 *   it read may predate the change that invalidated it.
 */
export class ResponseCache {
  readonly seconds: number;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly now: () => number;
  /** Insertion order is recency: a hit moves its entry to the end. */
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<CachedBody>>();
  private generation = 0;
  private storedBytes = 0;

  constructor(opts: ResponseCacheOptions) {
    this.seconds = opts.seconds;
    this.maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    this.now = opts.now ?? Date.now;
  }

  /** The Cache-Control that lets browsers and a CDN keep an answer as long as this process does. */
  get cacheControl(): string {
    return this.seconds > 0 ? `public, max-age=${this.seconds}` : 'no-cache';
  }

  /**
   * Whole seconds since the answer was rendered, for its Age header: a browser or CDN that honours it (RFC 9111)
   * keeps the answer only for what is left of `seconds`, so it is never older than that wherever it is read.
   */
  ageOf(answer: CachedBody): number {
    return Math.max(0, Math.floor((this.now() - answer.renderedAt) / 1000));
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.storedBytes;
  }

  /** The answer for `key`: from memory while fresh, else from `render` (one render for concurrent misses). */
  get(key: string, render: () => Promise<string>): Promise<CachedBody> {
    if (this.seconds <= 0) return render().then((text) => cachedBody(text, this.now()));
    const hit = this.fresh(key);
    if (hit) return Promise.resolve(hit);
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const generation = this.generation;
    const flight = render()
      .then((body) => {
        const value = cachedBody(body, this.now());
        if (generation === this.generation) this.keep(key, value);
        return value;
      })
      .finally(() => {
        if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
      });
    this.inFlight.set(key, flight);
    return flight;
  }

  /** Forgets every answer; renders under way are not kept, and the next request renders anew. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
    this.inFlight.clear();
    this.storedBytes = 0;
  }

  private fresh(key: string): CachedBody | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.drop(key, entry);
    if (entry.expiresAt <= this.now()) return null;
    this.entries.set(key, entry);
    this.storedBytes += entry.value.bytes;
    return entry.value;
  }

  private keep(key: string, value: CachedBody): void {
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    if (value.bytes > this.maxBytes) return;
    this.entries.set(key, { value, expiresAt: this.now() + this.seconds * 1000 });
    this.storedBytes += value.bytes;
    if (this.entries.size > this.maxEntries || this.storedBytes > this.maxBytes) this.evict();
  }

  /** Expired entries first, then the least recently used, until both bounds hold. */
  private evict(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.drop(key, entry);
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.storedBytes <= this.maxBytes) return;
      this.drop(key, entry);
    }
  }

  private drop(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.storedBytes -= entry.value.bytes;
  }
}
