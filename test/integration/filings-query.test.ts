// GET /filings's queries on DynamoDB Local: 5,000 generated filings of 200 companies, every query answered with the
// right filings in the right order, page by page, each page reading a bounded number of items.
import {
  BatchWriteCommand,
  type BatchWriteCommandInput,
  GetCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPANIES } from '../../functions/core/companies';
import type { FilingMention, FilingRecord } from '../../functions/core/types';
import { createFilingRepository, storedItems } from '../../functions/store/filings';
import { type FilingSearch, queryFilings } from '../../functions/use-cases/query-filings';
import { createTestStore, type TestStore } from '../support/dynamo';

const FILINGS = 5_000;
const MAX_READS = 300;
const FORMS = ['8-K', '8-K', '8-K', '8-K', '8-K/A', '6-K', '10-Q', '10-Q', '10-K', 'S-1'];
const ITEMS = ['1.01', '2.02', '5.02', '7.01', '8.01', '9.01'];

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const known = COMPANIES.filter((c) => c.cik).slice(0, 20);
const ciks = [
  ...known.map((c) => c.cik as string),
  ...Array.from({ length: 200 - known.length }, (_, i) => String(9_000_000 + i * 37).padStart(10, '0')),
];
const coreweave = COMPANIES.find((c) => c.id === 'coreweave');

function generate(): { filings: FilingRecord[]; withDeals: Set<string> } {
  const next = rng(20260112);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  const filings: FilingRecord[] = [];
  const withDeals = new Set<string>();
  for (let i = 0; i < FILINGS; i++) {
    // CoreWeave files often, so its queries have several pages.
    const cik = i % 25 === 0 && coreweave?.cik ? coreweave.cik : pick(ciks);
    const formType = pick(FORMS);
    const items = formType.startsWith('8-K') ? ITEMS.filter(() => next() < 0.3) : [];
    // Whole seconds, some shared by several filings: ties are ordered by accession.
    const acceptedAt = new Date(start + Math.floor(next() * 90 * 86_400) * 1000).toISOString();
    const accession = `${cik}-26-${String(i).padStart(6, '0')}`;
    const folder = `https://www.sec.gov/Archives/edgar/data/${Number(cik)}/${accession.replaceAll('-', '')}`;
    filings.push({
      accession,
      cik,
      company: `Company ${cik}`,
      formType,
      items,
      acceptedAt,
      filedDate: acceptedAt.slice(0, 10),
      indexUrl: `${folder}/${accession}-index.htm`,
      fullTextUrl: `${folder}/${accession}.txt`,
      state: 'queued',
      reason: null,
      mentionCount: 0,
      updatedAt: acceptedAt,
    });
    if (next() < 0.05) withDeals.add(accession);
  }
  return { filings, withDeals };
}

const MENTION: FilingMention = {
  buyer: { id: 'meta', name: 'Meta Platforms, Inc.' },
  provider: { id: 'coreweave', name: 'CoreWeave, Inc.' },
  valueUsd: 14_200_000_000,
  status: 'signed',
  kind: 'gpu_cloud',
  documentType: 'EX-99.1',
  evidence: 'an order form for up to $14.2 billion',
  confidence: 0.95,
  dealId: 'meta--coreweave',
};

async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let i = next++; i < items.length; i = next++) await work(items[i] as T);
    }),
  );
}

let store: TestStore;
let repo: ReturnType<typeof createFilingRepository>;
let all: FilingRecord[];
let dealFilings: Set<string>;

beforeAll(async () => {
  store = await createTestStore();
  repo = createFilingRepository(store.doc, store.names.filings, store.names.filingIndex, {
    maxReadsPerPage: MAX_READS,
  });
  const { filings, withDeals } = generate();
  all = filings;
  dealFilings = withDeals;
  // Most filings are loaded in batches of exactly what putIfNew writes (DynamoDB Local is slow at 5,000
  // transactions); the ones with deals, and every 20th, go through the repository's own transactions.
  const expiresAt = Math.floor(Date.now() / 1000) + 90 * 86_400;
  const bulk = filings.filter((f, i) => !withDeals.has(f.accession) && i % 20 !== 0);
  const items = bulk.flatMap((f) => {
    const { record, rows } = storedItems(f, { withDeals: false, expiresAt });
    return [
      { table: store.names.filings, item: record as unknown as Record<string, unknown> },
      ...rows.map((row) => ({
        table: store.names.filingIndex,
        item: row as unknown as Record<string, unknown>,
      })),
    ];
  });
  const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, i) =>
    items.slice(i * 25, i * 25 + 25),
  );
  await inPool(batches, 8, async (batch) => {
    let requests: BatchWriteCommandInput['RequestItems'] = {};
    for (const { table, item } of batch) {
      requests[table] = [...(requests[table] ?? []), { PutRequest: { Item: item } }];
    }
    while (requests && Object.keys(requests).length) {
      requests = (await store.doc.send(new BatchWriteCommand({ RequestItems: requests }))).UnprocessedItems;
    }
  });
  const oneByOne = filings.filter((f, i) => withDeals.has(f.accession) || i % 20 === 0);
  await inPool(oneByOne, 8, async (f) => {
    expect(await repo.putIfNew(f)).toBe(true);
    if (withDeals.has(f.accession)) {
      await repo.setState(f.accession, 'processing', { from: ['queued'] });
      await repo.setState(f.accession, 'done', {
        mentionCount: 1,
        mentions: [MENTION],
        from: ['processing'],
      });
    }
  });
}, 600_000);

const newestFirst = (a: FilingRecord, b: FilingRecord): number =>
  b.acceptedAt.localeCompare(a.acceptedAt) || b.accession.localeCompare(a.accession);

/** Pages through a query to its end, checking each page's bound on reads. */
async function every(search: FilingSearch): Promise<{ accessions: string[]; pages: number }> {
  const accessions: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await queryFilings({ filings: repo }, { ...search, cursor });
    // The index rows read, plus one record fetched per filing returned.
    expect(page.scanned).toBeLessThanOrEqual(MAX_READS + search.limit);
    expect(page.items.length).toBeLessThanOrEqual(search.limit);
    accessions.push(...page.items.map((f) => f.accession));
    cursor = page.cursor;
    pages++;
    expect(pages).toBeLessThan(200);
  } while (cursor);
  return { accessions, pages };
}

function expected(keep: (f: FilingRecord) => boolean): string[] {
  return all
    .filter(keep)
    .sort(newestFirst)
    .map((f) => f.accession);
}

const within = (f: FilingRecord, from: string, to: string): boolean =>
  f.acceptedAt >= from && f.acceptedAt <= to;

describe('stored filings: every query served by a key, newest first, bounded reads', () => {
  const FROM = '2026-02-01T00:00:00.000Z';
  const TO = '2026-02-28T23:59:59.999Z';

  it('lists every filing newest first, and between two dates', async () => {
    // This list's index sorts by accepted time alone: filings accepted in the same second come in any order.
    const byAccession = new Map(all.map((f) => [f.accession, f]));
    const times = (accessions: string[]) => accessions.map((a) => byAccession.get(a)?.acceptedAt);
    const { accessions, pages } = await every({ limit: 100 });
    expect(new Set(accessions).size).toBe(FILINGS);
    expect(times(accessions)).toEqual(times(expected(() => true)));
    // A last, full page may be followed by an empty one (DynamoDB cannot tell the end in advance).
    expect(pages).toBeLessThanOrEqual(FILINGS / 100 + 1);
    const february = await every({ limit: 100, acceptedFrom: FROM, acceptedTo: TO });
    const want = expected((f) => within(f, FROM, TO));
    expect(new Set(february.accessions)).toEqual(new Set(want));
    expect(times(february.accessions)).toEqual(times(want));
  });

  it("a company's filings by id, ticker, name or CIK, with a form and dates", async () => {
    const cik = coreweave?.cik as string;
    const want = expected((f) => f.cik === cik);
    expect(want.length).toBeGreaterThan(200);
    for (const company of ['coreweave', 'CRWV', 'CoreWeave, Inc.', String(Number(cik))]) {
      const got = await every({ limit: 100, company });
      expect(got.accessions, company).toEqual(want);
    }
    const got = await every({
      limit: 10,
      company: 'coreweave',
      formType: '8-K',
      acceptedFrom: FROM,
      acceptedTo: TO,
    });
    expect(got.accessions).toEqual(
      expected((f) => f.cik === cik && f.formType === '8-K' && within(f, FROM, TO)),
    );
    expect(got.accessions.length).toBeGreaterThan(0);
  });

  it('a form with an 8-K item and dates; an item alone', async () => {
    const got = await every({ limit: 25, formType: '8-K', item: '1.01', acceptedFrom: FROM, acceptedTo: TO });
    const want = expected((f) => f.formType === '8-K' && f.items.includes('1.01') && within(f, FROM, TO));
    expect(want.length).toBeGreaterThan(50);
    expect(got.accessions).toEqual(want);
    const item = await every({ limit: 100, item: '2.02' });
    expect(item.accessions).toEqual(expected((f) => f.items.includes('2.02')));
  });

  it('filings that produced deals, alone and with a form or a company', async () => {
    const got = await every({ limit: 50, hasDeals: true });
    expect(got.accessions).toEqual(expected((f) => dealFilings.has(f.accession)));
    expect(got.accessions.length).toBeGreaterThan(150);
    const eightK = await every({ limit: 50, hasDeals: true, formType: '8-K' });
    expect(eightK.accessions).toEqual(expected((f) => dealFilings.has(f.accession) && f.formType === '8-K'));
    const item = await every({ limit: 50, hasDeals: true, item: '1.01' });
    expect(item.accessions).toEqual(
      expected((f) => dealFilings.has(f.accession) && f.items.includes('1.01')),
    );
  });

  it('a combination no index answers whole is filtered on index rows, within the read bound', async () => {
    const cik = coreweave?.cik as string;
    const got = await every({ limit: 20, company: 'coreweave', item: '7.01' });
    expect(got.accessions).toEqual(expected((f) => f.cik === cik && f.items.includes('7.01')));
  });

  it('refuses a company it cannot name, and a cursor of another query', async () => {
    await expect(
      queryFilings({ filings: repo }, { limit: 10, company: 'no such company zzz' }),
    ).rejects.toThrow(/no company "no such company zzz"/);
    const page = await queryFilings({ filings: repo }, { limit: 10, formType: '10-Q' });
    await expect(
      queryFilings({ filings: repo }, { limit: 10, formType: '6-K', cursor: page.cursor }),
    ).rejects.toThrow(/cursor/);
  });
});

describe('retention', () => {
  it('filings that produced nothing expire with their index rows; a filing with mentions is kept', async () => {
    const quiet = all.find((f) => !dealFilings.has(f.accession)) as FilingRecord;
    const kept = all.find((f) => dealFilings.has(f.accession)) as FilingRecord;
    const raw = async (accession: string) =>
      (await store.doc.send(new GetCommand({ TableName: store.names.filings, Key: { accession } }))).Item;
    const rows = async (f: FilingRecord) =>
      (
        await store.doc.send(
          new QueryCommand({
            TableName: store.names.filingIndex,
            KeyConditionExpression: 'facet = :f AND sk = :sk',
            ExpressionAttributeValues: { ':f': `cik#${f.cik}`, ':sk': `${f.acceptedAt}#${f.accession}` },
          }),
        )
      ).Items ?? [];
    const ninetyDays = 90 * 86_400;
    const expiresAt = (await raw(quiet.accession))?.expiresAt as number;
    expect(expiresAt - Date.now() / 1000).toBeGreaterThan(ninetyDays - 3_600);
    expect(expiresAt - Date.now() / 1000).toBeLessThanOrEqual(ninetyDays);
    expect((await rows(quiet))[0]?.expiresAt).toBe(expiresAt);

    expect((await raw(kept.accession))?.expiresAt).toBeUndefined();
    expect((await rows(kept))[0]?.expiresAt).toBeUndefined();
    const record = await repo.get(kept.accession);
    expect(record?.mentions).toEqual([MENTION]);
    expect(record?.history?.map((e) => e.state)).toEqual(['queued', 'processing', 'done']);
  });
});
