import type { DealPosition } from '../deal-order';
import type {
  Deal,
  DealKind,
  DealStatus,
  EndpointState,
  FilingDocumentRead,
  FilingMention,
  FilingQuery,
  FilingRecord,
  FilingState,
  NewsItem,
  Subscription,
} from '../types';

export interface FilingRepository {
  /** Conditional put: false when the accession is already recorded (nothing is overwritten). */
  putIfNew(filing: FilingRecord): Promise<boolean>;
  get(accession: string): Promise<FilingRecord | null>;
  /** Moves a filing to a new state; `from` guards against a concurrent worker (returns false when it lost). */
  setState(
    accession: string,
    state: FilingState,
    extras?: {
      reason?: string | null;
      mentionCount?: number;
      documents?: FilingDocumentRead[];
      mentions?: FilingMention[];
      from?: FilingState[];
      /** Only if the record was last written at this time (nobody touched it since it was read). */
      ifUpdatedAt?: string;
    },
  ): Promise<boolean>;
  getMany(accessions: string[]): Promise<FilingRecord[]>;
  /** Newest first. Reads a bounded number of items per call: a page may come back short, with a cursor. */
  list(query: FilingQuery): Promise<FilingPage>;
}

export interface FilingPage extends Page<FilingRecord> {
  /** Items the store read to fill this page (what bounds the cost of a query). */
  scanned: number;
}

export interface DealQuery {
  limit: number;
  /** The page starts after this position (the previous page's `next`). */
  after?: DealPosition;
  minValueUsd?: number;
  company?: string;
  status?: DealStatus;
  kind?: DealKind;
}

/**
 * A page of visible deals, newest announcement first. `next` is null at the end; a page may hold fewer than
 * `limit` deals (even none) and still have a `next` when filters dropped most of what one call may read.
 */
export interface DealPage {
  items: Deal[];
  next: DealPosition | null;
}

/** What one page of the index-key backfill did (DealRepository.writeIndexKeys). */
export interface IndexKeyPage {
  scanned: number;
  /** Items whose index keys were rewritten. */
  written: number;
  /** Items a writer changed between the read and the write: that writer's save set their keys. */
  changedMeanwhile: number;
  cursor: string | null;
}

/** A pair's deals as read for placing a mention (DealRepository.readPair). */
export interface PairDeals {
  deals: Deal[];
  /** How many placed writes the pair had when read. */
  version: number;
}

export interface DealRepository {
  get(id: string): Promise<Deal | null>;
  /** Writes the deal when its stored version is still `deal.version - 1` (0 for a new deal). */
  save(deal: Deal): Promise<void>;
  /** Visible deals, newest announcement first (core/deal-order.ts), one page after `after`. */
  list(query: DealQuery): Promise<DealPage>;
  /** Every deal of a pair, hidden and merged-away ones included (the identity rule needs them all). */
  listByPair(buyerId: string, providerId: string): Promise<Deal[]>;
  /**
   * Every deal of a pair as `listByPair`, but read consistently (the pair index lags behind writes), with the
   * pair's version: what placing a mention reads, so that two writers placing mentions of one pair at once (an
   * 8-K and its amendment in two workers) cannot both open a contract.
   */
  readPair(buyerId: string, providerId: string): Promise<PairDeals>;
  /**
   * `save`, with the pair's version moved on from the one `pair` was read at, in one transaction: a
   * VersionConflictError when the deal or any deal of its pair was placed meanwhile.
   */
  savePlaced(deal: Deal, pair: PairDeals): Promise<void>;
  /** A company's deals as buyer and as provider, hidden ones included. */
  listByCompany(companyId: string): Promise<{ asBuyer: Deal[]; asProvider: Deal[] }>;
  /** The whole table, a page at a time (the one-shot id migration). */
  scan(query: { limit: number; cursor?: string | null }): Promise<Page<Deal>>;
  /**
   * One page of the whole table: every deal whose stored index keys differ from those `save` writes now gets
   * them, and nothing else of it changes (its version and fields stay; the change stream sees no deal change).
   */
  writeIndexKeys(query: { limit: number; cursor?: string | null }): Promise<IndexKeyPage>;
}

export interface SubscriptionRepository {
  put(subscription: Subscription): Promise<void>;
  get(id: string): Promise<Subscription | null>;
  /** The subscriptions of these ids that still exist, in no particular order. */
  getMany(ids: string[]): Promise<Subscription[]>;
  delete(id: string): Promise<void>;
  all(): Promise<Subscription[]>;
  /** The subscriptions whose endpoint is exactly this phone number or address (an index, not a scan). */
  findByEndpoint(endpoint: string): Promise<Subscription[]>;
  /** Records what the channel said of the endpoint; nothing when the subscription is gone. */
  setEndpointState(id: string, state: EndpointState): Promise<void>;
}

/** A ledger key's state after a claim: see DeliveryLedger.claim. */
export type ClaimState = 'claimed' | 'sent' | 'busy';

/**
 * Remembers which alerts went out, in two phases (claimed -> sent), so that a redelivered change alerts nobody
 * twice and a crash between claim and send loses nothing: a claim never marked sent goes stale and is taken again
 * (at worst the same alert is sent twice, never zero times). Each call takes many keys: a delivery batch claims
 * and marks its alerts in a few requests, not two per alert.
 */
export interface DeliveryLedger {
  /**
   * Each key's state: 'claimed': the caller must deliver, then markSent. 'sent': delivered before, nothing to do.
   * 'busy': another invocation holds a fresh claim; retry later (it goes stale if its holder died).
   */
  claim(keys: string[]): Promise<Map<string, ClaimState>>;
  markSent(keys: string[]): Promise<void>;
  /** Gives claims back after a failed delivery, so that a retry can deliver. */
  release(keys: string[]): Promise<void>;
}

/** Named cursors and small per-source state (feed ETags, last poll time). */
export interface StateStore {
  get<T>(key: string): Promise<T | null>;
  put<T>(key: string, value: T): Promise<void>;
}

export interface NewsItemRepository {
  /** Conditional put on the item id and on its dedupe key; false when either was seen before. */
  putIfNew(item: NewsItem): Promise<boolean>;
  list(query: { limit: number; cursor?: string | null; feedId?: string }): Promise<Page<NewsItem>>;
}

export interface Page<T> {
  items: T[];
  /** Opaque; pass back to get the next page. null at the end. */
  cursor: string | null;
}

/** Raised by DealRepository.save when another writer got there first; the caller re-reads and retries. */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  constructor(readonly dealId: string) {
    super(`deal ${dealId} was changed by another writer`);
  }
}

/** The store could not be reached or would not serve now (network, timeout, throttling): try again later. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`the database is unavailable (${reason})`, options);
  }
}

/** A page cursor this API did not issue (or that was altered): the caller's mistake, never retried. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
  constructor() {
    super('the page cursor is not one this API issued');
  }
}
