import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { type DealRepository, VersionConflictError } from '../core/ports/store';
import type { Deal } from '../core/types';
import { decodeCursor, encodeCursor, isConditionFailure } from './client';
import { LIST_PARTITION } from './tables';

/** Index keys kept beside the deal: the newest-first list (visible deals only) and the company/pair indexes. */
interface IndexKeys {
  listPk?: string;
  buyerId: string;
  providerId: string;
  buyerSk: string;
  providerSk: string;
}

/** How many index pages one list call may read while filters drop items. */
const MAX_PAGES_PER_LIST = 10;
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

export function createDealRepository(doc: DynamoDBDocumentClient, tableName: string): DealRepository {
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

  return {
    async get(id) {
      const out = await doc.send(new GetCommand({ TableName: tableName, Key: { id }, ConsistentRead: true }));
      return out.Item ? toDeal(out.Item) : null;
    },

    async save(deal) {
      const isNew = deal.version === 1;
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: dealItem(deal),
            ConditionExpression: isNew ? 'attribute_not_exists(id)' : 'version = :previous',
            ExpressionAttributeValues: isNew ? undefined : { ':previous': deal.version - 1 },
          }),
        );
      } catch (err) {
        if (isConditionFailure(err)) throw new VersionConflictError(deal.id);
        throw err;
      }
    },

    listByPair(buyerId, providerId) {
      return queryAll({
        IndexName: 'byBuyer',
        KeyConditionExpression: 'buyerId = :b AND begins_with(buyerSk, :prefix)',
        ExpressionAttributeValues: { ':b': buyerId, ':prefix': `${providerId}#` },
      });
    },

    async listByCompany(companyId) {
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
    },

    async scan({ limit, cursor }) {
      const out = await doc.send(
        new ScanCommand({
          TableName: tableName,
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor, ['id']),
        }),
      );
      return { items: (out.Items ?? []).map(toDeal), cursor: encodeCursor(out.LastEvaluatedKey) };
    },

    async list({ limit, cursor, minValueUsd, company, status, kind }) {
      const filters: string[] = [];
      const values: Record<string, unknown> = { ':pk': LIST_PARTITION };
      const names: Record<string, string> = {};
      if (minValueUsd !== undefined) {
        filters.push('valueUsd >= :min');
        values[':min'] = minValueUsd;
      }
      if (company) {
        filters.push('(buyer.id = :company OR provider.id = :company)');
        values[':company'] = company;
      }
      if (status) {
        filters.push('#status = :status');
        names['#status'] = 'status';
        values[':status'] = status;
      }
      if (kind) {
        filters.push('kind = :kind');
        values[':kind'] = kind;
      }
      const items: Deal[] = [];
      let start: Record<string, unknown> | undefined = decodeCursor(cursor, ['id', 'listPk', 'updatedAt'], {
        listPk: LIST_PARTITION,
      });
      for (let page = 0; page < MAX_PAGES_PER_LIST && items.length < limit; page++) {
        const out = await doc.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: 'byUpdatedAt',
            KeyConditionExpression: 'listPk = :pk',
            FilterExpression: filters.length ? filters.join(' AND ') : undefined,
            ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
            ExpressionAttributeValues: values,
            ScanIndexForward: false,
            Limit: limit - items.length,
            ExclusiveStartKey: start,
          }),
        );
        items.push(...(out.Items ?? []).map(toDeal));
        start = out.LastEvaluatedKey;
        if (!start) break;
      }
      return { items, cursor: encodeCursor(start) };
    },
  };
}
