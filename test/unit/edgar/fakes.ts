import type {
  DailyIndexEntry,
  EdgarSource,
  FeedPage,
  FilingIndex,
  FullTextQuery,
  FullTextResult,
  Submission,
} from '../../../functions/core/ports/edgar';
import { EdgarNotFoundError, EdgarTooLargeError } from '../../../functions/core/ports/edgar';
import type { FilingPage, FilingRepository, StateStore } from '../../../functions/core/ports/store';
import type { FilingRecord } from '../../../functions/core/types';
import { EdgarUrls } from '../../../functions/sources/edgar/urls';

/** FilingRepository in memory, with the same conditional semantics as the DynamoDB adapter. */
export class MemoryFilings implements FilingRepository {
  readonly items = new Map<string, FilingRecord>();
  async putIfNew(filing: FilingRecord): Promise<boolean> {
    if (this.items.has(filing.accession)) return false;
    this.items.set(filing.accession, { ...filing });
    return true;
  }
  async get(accession: string): Promise<FilingRecord | null> {
    const item = this.items.get(accession);
    return item ? { ...item } : null;
  }
  async getMany(accessions: string[]): Promise<FilingRecord[]> {
    return accessions.flatMap((a) => {
      const item = this.items.get(a);
      return item ? [{ ...item }] : [];
    });
  }
  async setState(
    accession: string,
    state: FilingRecord['state'],
    extras: Parameters<FilingRepository['setState']>[2] = {},
  ): Promise<boolean> {
    const item = this.items.get(accession);
    if (!item || (extras.from?.length && !extras.from.includes(item.state))) return false;
    item.state = state;
    item.updatedAt = new Date().toISOString();
    if (extras.reason !== undefined) item.reason = extras.reason;
    if (extras.mentionCount !== undefined) item.mentionCount = extras.mentionCount;
    if (extras.documents !== undefined) item.documents = extras.documents;
    if (extras.mentions !== undefined) item.mentions = extras.mentions;
    return true;
  }
  async list(): Promise<FilingPage> {
    return { items: [...this.items.values()], cursor: null, scanned: this.items.size };
  }
}

export class MemoryState implements StateStore {
  readonly values = new Map<string, string>();
  async get<T>(key: string): Promise<T | null> {
    const v = this.values.get(key);
    return v === undefined ? null : (JSON.parse(v) as T);
  }
  async put<T>(key: string, value: T): Promise<void> {
    this.values.set(key, JSON.stringify(value));
  }
}

/** An EdgarSource whose answers are functions a test sets. */
export class FakeEdgar implements EdgarSource {
  pages: (start: number) => Promise<FeedPage> = async (start) => ({
    start,
    filings: [],
    entryCount: 0,
    endOfFeed: true,
  });
  index: (date: string) => Promise<DailyIndexEntry[] | null> = async () => null;
  sub: (ref: { accession: string; cik: string }) => Promise<Submission> = async () => {
    throw new Error('no submission');
  };
  search: (q: FullTextQuery) => Promise<FullTextResult> = async () => ({ total: 0, hits: [] });
  /** The filing index; null (no index page) makes the worker read the full submission. */
  filingIndexOf: (ref: { accession: string; cik: string }) => Promise<FilingIndex | null> = async () => null;
  documents = new Map<string, Uint8Array>();
  readonly calls: string[] = [];

  currentFeedPage(start: number): Promise<FeedPage> {
    this.calls.push(`feed:${start}`);
    return this.pages(start);
  }
  dailyIndex(date: string): Promise<DailyIndexEntry[] | null> {
    this.calls.push(`index:${date}`);
    return this.index(date);
  }
  submission(ref: { accession: string; cik: string }): Promise<Submission> {
    this.calls.push(`submission:${ref.accession}`);
    return this.sub(ref);
  }
  filingIndex(ref: { accession: string; cik: string }): Promise<FilingIndex | null> {
    this.calls.push(`filing-index:${ref.accession}`);
    return this.filingIndexOf(ref);
  }
  async document(url: string, maxBytes: number): Promise<Uint8Array> {
    this.calls.push(`document:${url}`);
    const body = this.documents.get(url);
    if (!body) throw new EdgarNotFoundError(url);
    if (body.length > maxBytes) throw new EdgarTooLargeError(url, maxBytes);
    return body;
  }
  fullTextSearch(query: FullTextQuery): Promise<FullTextResult> {
    this.calls.push(`search:${query.offset ?? 0}`);
    return this.search(query);
  }
  indexUrl(ref: { accession: string; cik: string }): string {
    return EdgarUrls.publicIndex(ref);
  }
  fullTextUrl(ref: { accession: string; cik: string }): string {
    return EdgarUrls.publicText(ref);
  }
}
