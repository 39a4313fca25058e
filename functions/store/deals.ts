import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type DealRepository, VersionConflictError } from '../core/ports/store';
import type { Deal } from '../core/types';
import { decodeCursor, encodeCursor, isConditionFailure } from './client';
import { LIST_PARTITION } from './tables';

type StoredDeal = Deal & { listPk: string };

/** How many index pages one list call may read while filters drop items. */
const MAX_PAGES_PER_LIST = 10;

export function toDeal(item: Record<string, unknown>): Deal {
  // Only this module writes the table, so its items have the shape it wrote.
  const { listPk: _listPk, ...deal } = item as unknown as StoredDeal;
  return deal;
}

export function createDealRepository(doc: DynamoDBDocumentClient, tableName: string): DealRepository {
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
            Item: { ...deal, listPk: LIST_PARTITION } satisfies StoredDeal,
            ConditionExpression: isNew ? 'attribute_not_exists(id)' : 'version = :previous',
            ExpressionAttributeValues: isNew ? undefined : { ':previous': deal.version - 1 },
          }),
        );
      } catch (err) {
        if (isConditionFailure(err)) throw new VersionConflictError(deal.id);
        throw err;
      }
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
