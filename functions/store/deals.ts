import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  ScanCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { type DealPosition, newestFirst, positionFromKey, positionKey, positionOf } from '../core/deal-order';
import {
  type DealPage,
  type DealQuery,
  type DealRepository,
  type PairDeals,
  VersionConflictError,
} from '../core/ports/store';
import type { Deal } from '../core/types';
import { batchGetItems, decodeCursor, encodeCursor, isConditionFailure, writeTogether } from './client';
import { LIST_PARTITION } from './tables';

/** Index keys kept beside the deal: the newest-first lists (visible deals only) and the company/pair indexes. */
interface IndexKeys {
  listPk?: string;
  announcedSk: string;
  buyerId: string;
  providerId: string;
  buyerSk: string;
  providerSk: string;
}

const INDEX_KEY_NAMES = [
  'listPk',
  'announcedSk',
  'buyerId',
  'providerId',
  'buyerSk',
  'providerSk',
] as const satisfies readonly (keyof IndexKeys)[];

/**
 * Deals one list call may read from the announcement index while filters drop them (ten reads of a hundred):
 * past it the page comes back short, with a cursor. Without filters a page is one read of `limit + 1`.
 */
const MAX_EVALUATED_PER_LIST = 1000;
const FILTERED_READ = 100;
/** A pair has a handful of contracts; a company a few hundred at most. */
const MAX_PAGES_PER_INDEX_READ = 20;

/** A deal from its change-stream image (DynamoDB JSON), as the notify handler receives it. */
export function dealFromStreamImage(image: Record<string, unknown>): Deal {
  // Lambda's stream image type and the SDK's AttributeValue are the same wire shape under two names.
  return toDeal(unmarshall(image as Record<string, AttributeValue>));
}

export function toDeal(item: Record<string, unknown>): Deal {
  // Only this module writes the table, so its items have the shape it wrote; items written before deals were
  // contracts (the pair-keyed ones, until the id migration rewrites them) lack the newer fields.
  const {
    listPk: _l,
    announcedSk: _a,
    buyerId: _b,
    providerId: _p,
    buyerSk: _bs,
    providerSk: _ps,
    ...deal
  } = item as unknown as Deal & IndexKeys;
  return {
    ...deal,
    mentions: deal.mentions ?? [],
    corrections: deal.corrections ?? [],
    hidden: deal.hidden ?? false,
    mergedInto: deal.mergedInto ?? null,
    migratedFrom: deal.migratedFrom ?? null,
  };
}

function indexKeys(deal: Deal): IndexKeys {
  return {
    // Hidden deals (wrong, or merged away) are left out of the public list by leaving them out of its index.
    listPk: deal.hidden ? undefined : LIST_PARTITION,
    announcedSk: positionKey(positionOf(deal)),
    buyerId: deal.buyer.id,
    providerId: deal.provider.id,
    buyerSk: `${deal.provider.id}#${deal.id}`,
    providerSk: `${deal.buyer.id}#${deal.id}`,
  };
}

/** The item a deal is stored as: the deal and its index keys (also how a bench seeds deals in batches). */
export function dealItem(deal: Deal): Record<string, unknown> {
  return { ...deal, ...indexKeys(deal) };
}

/** Where a page of the announcement index starts: just after this position. */
function startKeyAfter(p: DealPosition): Record<string, string> {
  return { listPk: LIST_PARTITION, announcedSk: positionKey(p), id: p.i };
}

type FilterParts = Pick<
  QueryCommandInput,
  'FilterExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
>;

/** The list filters the announcement index does not key on, for DynamoDB to apply to what it reads. */
function indexFilter(q: DealQuery): FilterParts & { filtered: boolean } {
  const filters: string[] = [];
  const values: Record<string, unknown> = { ':pk': LIST_PARTITION };
  const names: Record<string, string> = {};
  if (q.minValueUsd !== undefined) {
    filters.push('valueUsd >= :min');
    values[':min'] = q.minValueUsd;
  }
  if (q.status) {
    filters.push('#status = :status');
    names['#status'] = 'status';
    values[':status'] = q.status;
  }
  if (q.kind) {
    filters.push('kind = :kind');
    values[':kind'] = q.kind;
  }
  return {
    filtered: filters.length > 0,
    FilterExpression: filters.length ? filters.join(' AND ') : undefined,
    ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
    ExpressionAttributeValues: values,
  };
}

/** The same filters on a deal read whole (a company's deals), visible ones only as in the list's index. */
function matchesFilters(q: DealQuery, d: Deal): boolean {
  return (
    !d.hidden &&
    (q.minValueUsd === undefined || (d.valueUsd !== null && d.valueUsd >= q.minValueUsd)) &&
    (!q.status || d.status === q.status) &&
    (!q.kind || d.kind === q.kind)
  );
}

/** The first `limit` deals; the next page starts after the last of them, or where reading stopped. */
function pageOf(items: Deal[], limit: number, stoppedAt: DealPosition | null): DealPage {
  const last = items[limit - 1];
  if (items.length > limit && last) return { items: items.slice(0, limit), next: positionOf(last) };
  return { items, next: stoppedAt };
}

/** The UpdateItem that gives a stored item the index keys `save` would write, when any differs. */
function indexKeyUpdate(item: Record<string, unknown>) {
  const want = indexKeys(toDeal(item));
  const stale = INDEX_KEY_NAMES.filter((k) => want[k] !== item[k]);
  if (stale.length === 0) return null;
  const set = stale.filter((k) => want[k] !== undefined);
  const remove = stale.filter((k) => want[k] === undefined);
  return {
    Key: { id: item.id },
    UpdateExpression: [
      set.length ? `SET ${set.map((k) => `#${k} = :${k}`).join(', ')}` : '',
      remove.length ? `REMOVE ${remove.map((k) => `#${k}`).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' '),
    // Only the version read: a writer that got there first wrote every key itself.
    ConditionExpression: 'version = :version',
    ExpressionAttributeNames: Object.fromEntries(stale.map((k) => [`#${k}`, k])),
    ExpressionAttributeValues: {
      ':version': item.version,
      ...Object.fromEntries(set.map((k) => [`:${k}`, want[k]])),
    },
  };
}

/** One page of the whole table, in no order (the migrations). */
function scanPage(
  doc: DynamoDBDocumentClient,
  tableName: string,
  limit: number,
  cursor: string | null | undefined,
) {
  return doc.send(
    new ScanCommand({
      TableName: tableName,
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, ['id']),
    }),
  );
}

/** The index-key backfill alone (DealRepository.writeIndexKeys), for a deployed table named on the command line. */
export function createDealIndexWriter(
  doc: DynamoDBDocumentClient,
  tableName: string,
): Pick<DealRepository, 'writeIndexKeys'> {
  return {
    async writeIndexKeys({ limit, cursor }) {
      const out = await scanPage(doc, tableName, limit, cursor);
      const page = {
        scanned: 0,
        written: 0,
        changedMeanwhile: 0,
        cursor: encodeCursor(out.LastEvaluatedKey),
      };
      for (const item of out.Items ?? []) {
        page.scanned++;
        const update = indexKeyUpdate(item);
        if (!update) continue;
        try {
          await doc.send(new UpdateCommand({ TableName: tableName, ...update }));
          page.written++;
        } catch (err) {
          if (!isConditionFailure(err)) throw err;
          page.changedMeanwhile++;
        }
      }
      return page;
    },
  };
}

/** The conditional put of a deal: new, or still at the version before this one. */
function dealPut(tableName: string, deal: Deal) {
  const isNew = deal.version === 1;
  return {
    TableName: tableName,
    Item: dealItem(deal),
    ConditionExpression: isNew ? 'attribute_not_exists(id)' : 'version = :previous',
    ExpressionAttributeValues: isNew ? undefined : { ':previous': deal.version - 1 },
  };
}

/** A pair's item in the state table: its version and the ids of the deals placed on it. */
const pairKey = (buyerId: string, providerId: string) => `pair#${buyerId}#${providerId}`;

/**
 * Deals live in `tableName`; each pair's placing version and deal ids (`pair#<buyer>#<provider>`) in `pairTable`
 * (the state table), so that placing a mention reads its pair consistently and writes it in turn.
 */
export function createDealRepository(
  doc: DynamoDBDocumentClient,
  tableName: string,
  pairTable: string,
): DealRepository {
  async function queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Deal[]> {
    const items: Deal[] = [];
    let start: Record<string, unknown> | undefined;
    for (let page = 0; page < MAX_PAGES_PER_INDEX_READ; page++) {
      const out = await doc.send(
        new QueryCommand({ ...input, TableName: tableName, ExclusiveStartKey: start }),
      );
      items.push(...(out.Items ?? []).map(toDeal));
      start = out.LastEvaluatedKey;
      if (!start) break;
    }
    return items;
  }

  function listByPair(buyerId: string, providerId: string) {
    return queryAll({
      IndexName: 'byBuyer',
      KeyConditionExpression: 'buyerId = :b AND begins_with(buyerSk, :prefix)',
      ExpressionAttributeValues: { ':b': buyerId, ':prefix': `${providerId}#` },
    });
  }

  async function listByCompany(companyId: string) {
    const [asBuyer, asProvider] = await Promise.all(
      (['buyer', 'provider'] as const).map((role) =>
        queryAll({
          IndexName: role === 'buyer' ? 'byBuyer' : 'byProvider',
          KeyConditionExpression: `${role}Id = :c`,
          ExpressionAttributeValues: { ':c': companyId },
        }),
      ),
    );
    return { asBuyer: asBuyer ?? [], asProvider: asProvider ?? [] };
  }

  /** One page of the announcement index: one Query of `limit + 1`, or bounded reads while filters drop deals. */
  async function listByAnnouncement(q: DealQuery): Promise<DealPage> {
    const { filtered, ...filter } = indexFilter(q);
    const items: Deal[] = [];
    let start: Record<string, unknown> | undefined = q.after ? startKeyAfter(q.after) : undefined;
    let evaluated = 0;
    do {
      const out = await doc.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'byAnnouncedAt',
          KeyConditionExpression: 'listPk = :pk',
          ...filter,
          ScanIndexForward: false,
          // One more than the page: when it comes there is a next page, so the last page has a null cursor.
          Limit: filtered ? FILTERED_READ : q.limit + 1 - items.length,
          ExclusiveStartKey: start,
        }),
      );
      evaluated += out.ScannedCount ?? 0;
      items.push(...(out.Items ?? []).map(toDeal));
      start = out.LastEvaluatedKey;
    } while (start && items.length <= q.limit && evaluated < MAX_EVALUATED_PER_LIST);
    return pageOf(items, q.limit, start ? positionFromKey(String(start.announcedSk)) : null);
  }

  /**
   * A company's page: its deals as buyer and as provider from their own indexes (a few hundred at most, read
   * whole, bounded by MAX_PAGES_PER_INDEX_READ), filtered and sorted here. The announcement index would read
   * every other company's deals to find them.
   */
  async function listCompany(q: DealQuery, companyId: string): Promise<DealPage> {
    const { asBuyer, asProvider } = await listByCompany(companyId);
    const after = q.after ? positionKey(q.after) : null;
    const byId = new Map([...asBuyer, ...asProvider].map((d) => [d.id, d]));
    const rest = [...byId.values()]
      .filter((d) => matchesFilters(q, d) && (after === null || positionKey(positionOf(d)) < after))
      .sort(newestFirst);
    return pageOf(rest.slice(0, q.limit + 1), q.limit, null);
  }

  return {
    async get(id) {
      const out = await doc.send(new GetCommand({ TableName: tableName, Key: { id }, ConsistentRead: true }));
      return out.Item ? toDeal(out.Item) : null;
    },

    async save(deal) {
      try {
        await doc.send(new PutCommand(dealPut(tableName, deal)));
      } catch (err) {
        if (isConditionFailure(err)) throw new VersionConflictError(deal.id);
        throw err;
      }
    },

    listByPair,

    async readPair(buyerId, providerId) {
      const [head, indexed] = await Promise.all([
        doc.send(
          new GetCommand({
            TableName: pairTable,
            Key: { key: pairKey(buyerId, providerId) },
            ConsistentRead: true,
          }),
        ),
        listByPair(buyerId, providerId),
      ]);
      // The index may not show a deal placed a moment ago, or its latest version: the deals the pair's own item
      // lists are read again, consistently. The others (written before placing was serialised, or by an operator's
      // correction) are taken as the index has them; the deal's own version still guards a write on a stale copy.
      const placed = (head.Item?.dealIds as Set<string> | undefined) ?? new Set<string>();
      const latest = await batchGetItems(doc, tableName, 'id', [...placed], true);
      const deals = [...indexed.filter((d) => !placed.has(d.id)), ...latest.map(toDeal)];
      return { deals, version: Number(head.Item?.version ?? 0) };
    },

    async savePlaced(deal, pair: PairDeals) {
      const first = pair.version === 0;
      const saved = await writeTogether(doc, [
        { Put: dealPut(tableName, deal) },
        {
          Update: {
            TableName: pairTable,
            Key: { key: pairKey(deal.buyer.id, deal.provider.id) },
            UpdateExpression: 'SET version = :next ADD dealIds :id',
            ConditionExpression: first ? 'attribute_not_exists(#key)' : 'version = :seen',
            ExpressionAttributeNames: first ? { '#key': 'key' } : undefined,
            ExpressionAttributeValues: {
              ':next': pair.version + 1,
              ':id': new Set([deal.id]),
              ...(first ? {} : { ':seen': pair.version }),
            },
          },
        },
      ]);
      if (!saved) throw new VersionConflictError(deal.id);
    },

    listByCompany,

    async scan({ limit, cursor }) {
      const out = await scanPage(doc, tableName, limit, cursor);
      return { items: (out.Items ?? []).map(toDeal), cursor: encodeCursor(out.LastEvaluatedKey) };
    },

    ...createDealIndexWriter(doc, tableName),

    list(q) {
      return q.company ? listCompany(q, q.company) : listByAnnouncement(q);
    },
  };
}
