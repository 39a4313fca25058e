import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { FilingPage, FilingRepository } from '../core/ports/store';
import type { FilingEvent, FilingQuery, FilingRecord } from '../core/types';
import {
  batchGetItems,
  decodeCursor,
  encodeCursor,
  isConditionFailure,
  isTransactionConditionFailure,
  writeTogether,
} from './client';
import { facetsOf, planFilingQuery, sortKeyBounds, sortKeyOf } from './filing-facets';
import { LIST_PARTITION } from './tables';

type StoredFiling = FilingRecord & { listPk: string; expiresAt?: number };

/** Index rows carry what a residual condition is checked on, and nothing of the filing's text. */
interface IndexRow {
  facet: string;
  sk: string;
  accession: string;
  cik: string;
  formType: string;
  items: string[];
  expiresAt?: number;
}

export interface FilingStoreOptions {
  /** Days a filing that produced nothing is kept (its index rows too). Default 90. */
  retentionDays?: number;
  /** Items (filings or index rows) one list call may read: what bounds a query's cost. Default 300. */
  maxReadsPerPage?: number;
  now?: () => number;
}

function toRecord(item: Record<string, unknown>): FilingRecord {
  const { listPk: _listPk, expiresAt: _expiresAt, ...record } = item as unknown as StoredFiling;
  return record;
}

function indexRow(filing: FilingRecord, facet: string, expiresAt: number | undefined): IndexRow {
  return {
    facet,
    sk: sortKeyOf(filing),
    accession: filing.accession,
    cik: filing.cik,
    formType: filing.formType,
    items: filing.items,
    ...(expiresAt !== undefined ? { expiresAt } : {}),
  };
}

/** What a filing is stored as: its record and one index row per facet. The one place rows are built. */
export function storedItems(
  filing: FilingRecord,
  options: { withDeals: boolean; expiresAt: number | undefined },
): { record: StoredFiling; rows: IndexRow[] } {
  const history: FilingEvent[] = filing.history ?? [{ state: filing.state, at: filing.updatedAt }];
  const { expiresAt, withDeals } = options;
  return {
    record: { ...filing, history, listPk: LIST_PARTITION, ...(expiresAt !== undefined ? { expiresAt } : {}) },
    rows: facetsOf(filing, withDeals).map((facet) => indexRow(filing, facet, expiresAt)),
  };
}

export function createFilingRepository(
  doc: DynamoDBDocumentClient,
  tableName: string,
  indexTableName: string,
  options: FilingStoreOptions = {},
): FilingRepository {
  const retentionSeconds = (options.retentionDays ?? 90) * 86_400;
  const maxReads = options.maxReadsPerPage ?? 300;
  const now = options.now ?? Date.now;

  async function get(accession: string): Promise<FilingRecord | null> {
    const out = await doc.send(new GetCommand({ TableName: tableName, Key: { accession } }));
    return out.Item ? toRecord(out.Item) : null;
  }

  async function getMany(accessions: string[]): Promise<FilingRecord[]> {
    const found = new Map<string, FilingRecord>();
    for (const item of await batchGetItems(doc, tableName, 'accession', accessions)) {
      const record = toRecord(item);
      found.set(record.accession, record);
    }
    return [...new Set(accessions)].flatMap((a) => {
      const record = found.get(a);
      return record ? [record] : [];
    });
  }

  /** Reads one partition newest first until the page is full or the read budget is spent. */
  async function readPartition(
    base: Omit<QueryCommandInput, 'Limit' | 'ExclusiveStartKey'>,
    limit: number,
    startKey: Record<string, unknown> | undefined,
    keyOf: (item: Record<string, unknown>) => Record<string, unknown>,
  ): Promise<{
    items: Record<string, unknown>[];
    lastKey: Record<string, unknown> | undefined;
    scanned: number;
  }> {
    const hasFilter = base.FilterExpression !== undefined;
    const items: Record<string, unknown>[] = [];
    let scanned = 0;
    let exclusiveStartKey = startKey;
    while (items.length < limit && scanned < maxReads) {
      const out = await doc.send(
        new QueryCommand({
          ...base,
          ScanIndexForward: false,
          // Without a filter every item read is returned, so read exactly what the page lacks.
          Limit: hasFilter ? maxReads - scanned : limit - items.length,
          ExclusiveStartKey: exclusiveStartKey,
        }),
      );
      scanned += out.ScannedCount ?? 0;
      const batch = out.Items ?? [];
      for (const [i, item] of batch.entries()) {
        items.push(item);
        if (items.length === limit) {
          // The page filled inside this read: the next page starts after the last item returned, unless
          // that item was the partition's last.
          const more = i < batch.length - 1 || out.LastEvaluatedKey !== undefined;
          return { items, lastKey: more ? keyOf(item) : undefined, scanned };
        }
      }
      exclusiveStartKey = out.LastEvaluatedKey;
      if (!exclusiveStartKey) break;
    }
    return { items, lastKey: exclusiveStartKey, scanned };
  }

  async function listNewest(q: FilingQuery): Promise<FilingPage> {
    const bounds = { from: q.acceptedFrom, to: q.acceptedTo };
    const values: Record<string, unknown> = { ':pk': LIST_PARTITION };
    let condition = 'listPk = :pk';
    if (bounds.from && bounds.to) {
      condition += ' AND acceptedAt BETWEEN :from AND :to';
      values[':from'] = bounds.from;
      values[':to'] = bounds.to;
    } else if (bounds.from) {
      condition += ' AND acceptedAt >= :from';
      values[':from'] = bounds.from;
    } else if (bounds.to) {
      condition += ' AND acceptedAt <= :to';
      values[':to'] = bounds.to;
    }
    const states = q.states ?? [];
    states.forEach((state, i) => {
      values[`:state${i}`] = state;
    });
    const { items, lastKey, scanned } = await readPartition(
      {
        TableName: tableName,
        IndexName: 'byAcceptedAt',
        KeyConditionExpression: condition,
        ExpressionAttributeValues: values,
        ...(states.length
          ? {
              FilterExpression: `#state IN (${states.map((_, i) => `:state${i}`).join(', ')})`,
              ExpressionAttributeNames: { '#state': 'state' },
            }
          : {}),
      },
      q.limit,
      decodeCursor(q.cursor, ['accession', 'listPk', 'acceptedAt'], { listPk: LIST_PARTITION }),
      (item) => ({ accession: item.accession, listPk: item.listPk, acceptedAt: item.acceptedAt }),
    );
    return {
      items: items.map(toRecord),
      cursor: encodeCursor(lastKey),
      scanned,
    };
  }

  async function listByFacet(
    q: FilingQuery,
    facet: string,
    residual: ReturnType<typeof planFilingQuery>['residual'],
  ): Promise<FilingPage> {
    const { from, to } = sortKeyBounds(q);
    const values: Record<string, unknown> = { ':facet': facet };
    let condition = 'facet = :facet';
    if (from && to) {
      condition += ' AND sk BETWEEN :from AND :to';
      values[':from'] = from;
      values[':to'] = to;
    } else if (from) {
      condition += ' AND sk >= :from';
      values[':from'] = from;
    } else if (to) {
      condition += ' AND sk <= :to';
      values[':to'] = to;
    }
    const filters: string[] = [];
    if (residual.cik) {
      filters.push('cik = :cik');
      values[':cik'] = residual.cik;
    }
    if (residual.form) {
      filters.push('formType = :form');
      values[':form'] = residual.form;
    }
    if (residual.item) {
      filters.push('contains(#items, :item)');
      values[':item'] = residual.item;
    }
    const { items, lastKey, scanned } = await readPartition(
      {
        TableName: indexTableName,
        KeyConditionExpression: condition,
        ExpressionAttributeValues: values,
        ...(filters.length
          ? {
              FilterExpression: filters.join(' AND '),
              ...(residual.item ? { ExpressionAttributeNames: { '#items': 'items' } } : {}),
            }
          : {}),
      },
      q.limit,
      decodeCursor(q.cursor, ['facet', 'sk'], { facet }),
      (item) => ({ facet: item.facet, sk: item.sk }),
    );
    const found = await getMany(items.map((row) => String(row.accession)));
    // Processing states change after the index rows are written: they are checked on the records.
    const records = q.states?.length ? found.filter((f) => q.states?.includes(f.state)) : found;
    return {
      items: records,
      cursor: encodeCursor(lastKey),
      scanned: scanned + found.length,
    };
  }

  return {
    async putIfNew(filing) {
      const expiresAt = Math.floor(now() / 1000) + retentionSeconds;
      const { record, rows } = storedItems(filing, { withDeals: false, expiresAt });
      // The record and its index rows land together or not at all: a query never misses a recorded filing.
      return writeTogether(doc, [
        {
          Put: { TableName: tableName, Item: record, ConditionExpression: 'attribute_not_exists(accession)' },
        },
        ...rows.map((row) => ({ Put: { TableName: indexTableName, Item: row } })),
      ]);
    },

    get,

    getMany,

    async setState(accession, state, extras = {}) {
      const at = new Date(now()).toISOString();
      const names: Record<string, string> = {
        '#state': 'state',
        '#updatedAt': 'updatedAt',
        '#history': 'history',
      };
      const event: FilingEvent = { state, at, ...(extras.reason ? { reason: extras.reason } : {}) };
      const values: Record<string, unknown> = { ':state': state, ':now': at, ':event': [event], ':none': [] };
      const sets = [
        '#state = :state',
        '#updatedAt = :now',
        '#history = list_append(if_not_exists(#history, :none), :event)',
      ];
      for (const field of ['reason', 'mentionCount', 'documents', 'mentions'] as const) {
        if (extras[field] === undefined) continue;
        names[`#${field}`] = field;
        values[`:${field}`] = extras[field];
        sets.push(`#${field} = :${field}`);
      }
      let condition = 'attribute_exists(accession)';
      if (extras.from?.length) {
        const placeholders = extras.from.map((s, i) => {
          values[`:from${i}`] = s;
          return `:from${i}`;
        });
        condition += ` AND #state IN (${placeholders.join(', ')})`;
      }
      if (extras.ifUpdatedAt !== undefined) {
        values[':seenUpdatedAt'] = extras.ifUpdatedAt;
        condition += ' AND #updatedAt = :seenUpdatedAt';
      }
      const keep = state === 'done' && (extras.mentionCount ?? 0) > 0;
      const update = {
        TableName: tableName,
        Key: { accession },
        // A filing that produced mentions is kept for good; the rest expire after the retention period.
        UpdateExpression: `SET ${sets.join(', ')}${keep ? ' REMOVE expiresAt' : ''}`,
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      };
      try {
        if (!keep) {
          await doc.send(new UpdateCommand(update));
          return true;
        }
        const current = await get(accession);
        if (!current) return false;
        // The state change, the deals rows and the end of every row's expiry, in one transaction.
        await doc.send(
          new TransactWriteCommand({
            TransactItems: [
              { Update: update },
              ...storedItems(current, { withDeals: true, expiresAt: undefined }).rows.map((row) => ({
                Put: { TableName: indexTableName, Item: row },
              })),
            ],
          }),
        );
        return true;
      } catch (err) {
        if (isConditionFailure(err) || isTransactionConditionFailure(err)) return false;
        throw err;
      }
    },

    async list(q) {
      const plan = planFilingQuery(q);
      return plan.facet === null ? listNewest(q) : listByFacet(q, plan.facet, plan.residual);
    },
  };
}
