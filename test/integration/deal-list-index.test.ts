import { randomUUID } from 'node:crypto';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { dealChanges } from '../../functions/core/deal-changes';
import { mergeMention } from '../../functions/core/deal-merge';
import type { DealPosition } from '../../functions/core/deal-order';
import type { Logger } from '../../functions/core/ports/log';
import type { DealQuery, DealRepository } from '../../functions/core/ports/store';
import type { Deal } from '../../functions/core/types';
import { LOCAL_AWS } from '../../functions/local/dynamo-local';
import { ensureTables } from '../../functions/store/bootstrap';
import { batchPutItems, createDocumentClient } from '../../functions/store/client';
import { createDealRepository, dealItem } from '../../functions/store/deals';
import { localTableNames } from '../../functions/store/tables';
import { migrateDealIndex } from '../../functions/use-cases/migrate-deal-index';
import { mention, newsSource } from '../support/builders';
import { createTestStore } from '../support/dynamo';

// The deals list on its announcement index (byAnnouncedAt), on DynamoDB Local: order, pages, filters, the bound
// on filtered reads, and the backfill of a store the code before the index wrote.

const NOW = new Date('2026-02-01T10:00:00.000Z');
const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

interface Made {
  deal: Deal;
  /** Day of January 2025 it was announced on: two deals share each day (ties are broken by id). */
  day: number;
}

/**
 * Deal `i`: announced on day 1 + floor(i / 2), half of them written without milliseconds (the same instant as
 * "…00.000Z", which must not change the order); buyer acme or zenith; every third reported, every fourth a
 * lease; value (i + 1) billion.
 */
function made(i: number, overrides: Partial<Deal> = {}): Made {
  const day = 1 + Math.floor(i / 2);
  const time = `2025-01-${String(day).padStart(2, '0')}T09:00:00${i % 2 ? '' : '.000'}Z`;
  return { deal: { ...dealOf(i, time), ...overrides }, day };
}

function dealOf(i: number, publishedAt: string): Deal {
  const buyer = i % 2 ? { id: 'acme', name: 'Acme' } : { id: 'zenith', name: 'Zenith' };
  const d = mergeMention(
    null,
    mention({
      buyer,
      provider: { id: `p-${String(i).padStart(4, '0')}`, name: `Provider ${i}` },
      valueUsd: (i + 1) * 1e9,
      status: i % 3 === 0 ? 'reported' : 'signed',
      kind: i % 4 === 0 ? 'datacenter_lease' : 'gpu_cloud',
      source: { ...newsSource(`wire/item-${i}`), publishedAt },
    }),
    NOW,
  );
  if (!d) throw new Error('no deal');
  return d;
}

/** The expected order, from the days and ids: newest day first, then the greater id first. */
function expectedIds(all: Made[], keep: (d: Deal) => boolean = () => true): string[] {
  return all
    .filter((m) => !m.deal.hidden && keep(m.deal))
    .sort((x, y) => y.day - x.day || (y.deal.id > x.deal.id ? 1 : -1))
    .map((m) => m.deal.id);
}

/** A document client that records each command's name and input (what a page costs in requests). */
function recordingClient(endpoint: string) {
  const sent: { command: string; input: Record<string, unknown> }[] = [];
  const doc: DynamoDBDocumentClient = createDocumentClient({ ...LOCAL_AWS, endpoint });
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push({ command: String(context.commandName), input: args.input as Record<string, unknown> });
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  return { doc, sent };
}

/** Every page of a query, following `next`, at most `maxPages`. */
async function allPages(deals: DealRepository, query: DealQuery, maxPages = 50) {
  const pages: Deal[][] = [];
  let after: DealPosition | undefined;
  for (let n = 0; n < maxPages; n++) {
    const page = await deals.list({ ...query, ...(after ? { after } : {}) });
    pages.push(page.items);
    if (!page.next) return { pages, ids: pages.flat().map((d) => d.id), ended: true };
    after = page.next;
  }
  return { pages, ids: pages.flat().map((d) => d.id), ended: false };
}

describe('the deals list on the announcement index', () => {
  const all = Array.from({ length: 24 }, (_, i) => made(i, i === 5 || i === 14 ? { hidden: true } : {}));
  let deals: DealRepository;
  let sent: ReturnType<typeof recordingClient>['sent'];

  beforeAll(async () => {
    const store = await createTestStore();
    await batchPutItems(
      store.doc,
      store.names.deals,
      all.map((m) => dealItem(m.deal)),
    );
    const recording = recordingClient(store.endpoint);
    sent = recording.sent;
    deals = createDealRepository(recording.doc, store.names.deals, store.names.state);
  });

  it('pages newest announcement first, ties by id, hidden deals left out; each page one Query of limit + 1', async () => {
    sent.length = 0;
    const { pages, ids, ended } = await allPages(deals, { limit: 5 });
    expect(ended).toBe(true);
    expect(ids).toEqual(expectedIds(all));
    expect(ids).toHaveLength(22);
    expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 5, 2]);
    expect(sent.map((s) => s.command)).toEqual(Array(5).fill('QueryCommand'));
    expect(sent.every((s) => s.input.IndexName === 'byAnnouncedAt' && s.input.Limit === 6)).toBe(true);
  });

  it('ends with a null cursor when the last page is exactly full', async () => {
    const { pages, ended } = await allPages(deals, { limit: 11 });
    expect(ended).toBe(true);
    expect(pages.map((p) => p.length)).toEqual([11, 11]);
  });

  it('applies value, status and kind on every page, in the same order', async () => {
    const cases: [DealQuery, (d: Deal) => boolean][] = [
      [{ limit: 3, minValueUsd: 12e9 }, (d) => (d.valueUsd ?? 0) >= 12e9],
      [{ limit: 2, status: 'reported' }, (d) => d.status === 'reported'],
      [
        { limit: 4, kind: 'datacenter_lease', minValueUsd: 2e9 },
        (d) => d.kind === 'datacenter_lease' && (d.valueUsd ?? 0) >= 2e9,
      ],
    ];
    for (const [query, keep] of cases) {
      const { ids, ended, pages } = await allPages(deals, query);
      expect(ended).toBe(true);
      expect(ids, JSON.stringify(query)).toEqual(expectedIds(all, keep));
      expect(pages.every((p) => p.length <= query.limit)).toBe(true);
    }
  });

  it("lists a company from its own indexes (buyer or provider), in the list's order, across pages", async () => {
    sent.length = 0;
    const { ids, ended, pages } = await allPages(deals, { limit: 4, company: 'acme', status: 'signed' });
    expect(ended).toBe(true);
    expect(ids).toEqual(expectedIds(all, (d) => d.buyer.id === 'acme' && d.status === 'signed'));
    expect(pages.length).toBeGreaterThan(1);
    expect(sent.some((s) => s.input.IndexName === 'byAnnouncedAt')).toBe(false);
    const provider = await deals.list({ limit: 10, company: 'p-0007' });
    expect(provider.items.map((d) => d.id)).toEqual([all[7]?.deal.id]);
    expect(provider.next).toBeNull();
  });

  it("starts after any position, not only a stored deal's (the cursor of a deal that has moved since)", async () => {
    const ids = expectedIds(all);
    // Day 8 at 10:00 is newer than day 8's two deals and older than day 9's: the page starts on day 8.
    const page = await deals.list({ limit: 2, after: { a: '2025-01-08T10:00:00.000Z', i: 'zzz' } });
    const firstOfDay8 = ids.findIndex((id) => all.find((m) => m.deal.id === id)?.day === 8);
    expect(page.items.map((d) => d.id)).toEqual(ids.slice(firstOfDay8, firstOfDay8 + 2));
  });
});

describe('filtered reads are bounded', () => {
  it('returns a short page with a cursor after 1,000 deals read, and the cursor leads on to the match', async () => {
    const store = await createTestStore();
    // 1,050 deals an hour apart; only the oldest is a lease.
    const hour = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
    const many = Array.from({ length: 1050 }, (_, i): Deal => ({ ...dealOf(i, hour(i)), kind: 'gpu_cloud' }));
    const oldest: Deal = { ...dealOf(0, hour(0)), kind: 'datacenter_lease' };
    many[0] = oldest;
    await batchPutItems(store.doc, store.names.deals, many.map(dealItem));
    const recording = recordingClient(store.endpoint);
    const deals = createDealRepository(recording.doc, store.names.deals, store.names.state);
    const first = await deals.list({ limit: 25, kind: 'datacenter_lease' });
    expect(first.items).toEqual([]);
    expect(first.next).not.toBeNull();
    expect(recording.sent.length).toBeLessThanOrEqual(10);
    const { ids, ended } = await allPages(deals, { limit: 25, kind: 'datacenter_lease' }, 5);
    expect(ended).toBe(true);
    expect(ids).toEqual([oldest.id]);
  });
});

/** How many records a table's stream holds (every shard from its start). */
async function streamRecords(streamArn: string | undefined): Promise<number> {
  const streams = new DynamoDBStreamsClient({ ...LOCAL_AWS, endpoint: inject('dynamoEndpoint') });
  const described = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
  let count = 0;
  for (const shard of described.StreamDescription?.Shards ?? []) {
    const it = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shard.ShardId,
        ShardIteratorType: 'TRIM_HORIZON',
      }),
    );
    const out = await streams.send(new GetRecordsCommand({ ShardIterator: it.ShardIterator }));
    count += out.Records?.length ?? 0;
  }
  return count;
}

describe('a store written before the announcement index', () => {
  const all = Array.from({ length: 9 }, (_, i) => made(i, i === 4 ? { hidden: true } : {}));
  let client: DynamoDBClient;
  let deals: DealRepository;
  const names = localTableNames(`old${randomUUID().slice(0, 8)}-`);

  beforeAll(async () => {
    const endpoint = inject('dynamoEndpoint');
    client = new DynamoDBClient({ ...LOCAL_AWS, endpoint });
    const doc = createDocumentClient({ ...LOCAL_AWS, endpoint });
    // The deals table as the code before it defined it: three indexes, no byAnnouncedAt.
    const gsi = (name: string, pk: string, sk: string) => ({
      IndexName: name,
      KeySchema: [
        { AttributeName: pk, KeyType: 'HASH' as const },
        { AttributeName: sk, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    });
    await client.send(
      new CreateTableCommand({
        TableName: names.deals,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          'id',
          'listPk',
          'updatedAt',
          'buyerId',
          'buyerSk',
          'providerId',
          'providerSk',
        ].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        GlobalSecondaryIndexes: [
          gsi('byUpdatedAt', 'listPk', 'updatedAt'),
          gsi('byBuyer', 'buyerId', 'buyerSk'),
          gsi('byProvider', 'providerId', 'providerSk'),
        ],
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      }),
    );
    // Its items as that code wrote them: every index key but the announcement one.
    const oldItems = all.map((m) => {
      const { announcedSk: _, ...item } = dealItem(m.deal);
      return item;
    });
    await batchPutItems(doc, names.deals, oldItems);
    await ensureTables(client, names);
    deals = createDealRepository(doc, names.deals, names.state);
  });

  it('gets the new index from the local bootstrap, its items kept, its stream new and empty', async () => {
    const out = await client.send(new DescribeTableCommand({ TableName: names.deals }));
    const indexes = out.Table?.GlobalSecondaryIndexes ?? [];
    expect(indexes.map((ix) => ix.IndexName).sort()).toEqual([
      'byAnnouncedAt',
      'byBuyer',
      'byProvider',
      'byUpdatedAt',
    ]);
    expect(indexes.every((ix) => ix.IndexStatus === 'ACTIVE')).toBe(true);
    expect(out.Table?.StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
    // The copy back is not in the new stream: notify would take every deal for a new one.
    expect(await streamRecords(out.Table?.LatestStreamArn)).toBe(0);
    const scanned = await client.send(new ScanCommand({ TableName: names.deals }));
    expect(scanned.Count).toBe(all.length);
    expect(await client.send(new ListTablesCommand({}))).not.toMatchObject({
      TableNames: expect.arrayContaining([`${names.deals}.upgrade`]),
    });
    // Until the backfill, the old deals have no key of the new index.
    expect((await deals.list({ limit: 25 })).items).toEqual([]);
  });

  it('backfills resumably and idempotently, leaving every deal as it was (no change for the stream)', async () => {
    const before = await Promise.all(all.map((m) => deals.get(m.deal.id)));
    // A first run stopped after one page of 4, then resumed from the cursor it logged.
    const firstPage = await deals.writeIndexKeys({ limit: 4 });
    expect(firstPage).toMatchObject({ scanned: 4, written: 4, changedMeanwhile: 0 });
    const resumed = await migrateDealIndex({ deals, log: quiet }, { from: firstPage.cursor, pageSize: 4 });
    expect(resumed).toEqual({ scanned: 5, written: 5, changedMeanwhile: 0 });

    const { ids, ended } = await allPages(deals, { limit: 3 });
    expect(ended).toBe(true);
    expect(ids).toEqual(expectedIds(all));

    // Again from the start: every key is already what save writes.
    expect(await migrateDealIndex({ deals, log: quiet })).toEqual({
      scanned: 9,
      written: 0,
      changedMeanwhile: 0,
    });
    const after = await Promise.all(all.map((m) => deals.get(m.deal.id)));
    expect(after).toEqual(before);
    for (const [i, deal] of after.entries()) {
      const previous = before[i];
      if (deal && previous) expect(dealChanges(previous, deal)).toEqual([]);
    }
  });

  it('a deal saved by the new code is listed at once, without the backfill', async () => {
    const fresh = made(20).deal;
    await deals.save(fresh);
    expect((await deals.list({ limit: 1 })).items.map((d) => d.id)).toEqual([fresh.id]);
  });
});

describe('a local rebuild stopped half way', () => {
  it('is finished by the next start from the complete copy aside, even with the table already dropped', async () => {
    const endpoint = inject('dynamoEndpoint');
    const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint });
    const doc = createDocumentClient({ ...LOCAL_AWS, endpoint });
    const names = localTableNames(`half${randomUUID().slice(0, 8)}-`);
    const aside = `${names.deals}.upgrade`;
    // What a stop right after dropping the table leaves: the copy aside with its completion marker, no table.
    await client.send(
      new CreateTableCommand({
        TableName: aside,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      }),
    );
    const stored = [made(1).deal, made(2).deal, made(3, { hidden: true }).deal];
    await batchPutItems(doc, aside, [...stored.map(dealItem), { id: '#copy-complete' }]);
    await ensureTables(client, names);
    const deals = createDealRepository(doc, names.deals, names.state);
    expect((await client.send(new ScanCommand({ TableName: names.deals }))).Count).toBe(3);
    expect((await client.send(new ListTablesCommand({}))).TableNames).not.toContain(aside);
    expect((await deals.list({ limit: 10 })).items.map((d) => d.id)).toEqual([stored[1]?.id, stored[0]?.id]);
  });
});
