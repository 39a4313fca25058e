import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { FilingRepository } from '../core/ports/store';
import type { FilingRecord } from '../core/types';
import { decodeCursor, encodeCursor, isConditionFailure } from './client';
import { LIST_PARTITION } from './tables';

type StoredFiling = FilingRecord & { listPk: string };

function toRecord(item: Record<string, unknown>): FilingRecord {
  const { listPk: _listPk, ...record } = item as unknown as StoredFiling;
  return record;
}

export function createFilingRepository(doc: DynamoDBDocumentClient, tableName: string): FilingRepository {
  return {
    async putIfNew(filing) {
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...filing, listPk: LIST_PARTITION } satisfies StoredFiling,
            ConditionExpression: 'attribute_not_exists(accession)',
          }),
        );
        return true;
      } catch (err) {
        if (isConditionFailure(err)) return false;
        throw err;
      }
    },

    async get(accession) {
      const out = await doc.send(new GetCommand({ TableName: tableName, Key: { accession } }));
      return out.Item ? toRecord(out.Item) : null;
    },

    async setState(accession, state, extras = {}) {
      const names: Record<string, string> = { '#state': 'state', '#updatedAt': 'updatedAt' };
      const values: Record<string, unknown> = { ':state': state, ':now': new Date().toISOString() };
      const sets = ['#state = :state', '#updatedAt = :now'];
      if (extras.reason !== undefined) {
        names['#reason'] = 'reason';
        values[':reason'] = extras.reason;
        sets.push('#reason = :reason');
      }
      if (extras.mentionCount !== undefined) {
        names['#mentionCount'] = 'mentionCount';
        values[':mentionCount'] = extras.mentionCount;
        sets.push('#mentionCount = :mentionCount');
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
      try {
        await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: { accession },
            UpdateExpression: `SET ${sets.join(', ')}`,
            ConditionExpression: condition,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          }),
        );
        return true;
      } catch (err) {
        if (isConditionFailure(err)) return false;
        throw err;
      }
    },

    async list({ limit, cursor, formType, states }) {
      const values: Record<string, unknown> = { ':pk': LIST_PARTITION };
      const filters: string[] = [];
      if (formType) {
        values[':form'] = formType;
        filters.push('formType = :form');
      }
      if (states?.length) {
        states.forEach((s, i) => {
          values[`:state${i}`] = s;
        });
        filters.push(`#state IN (${states.map((_, i) => `:state${i}`).join(', ')})`);
      }
      const out = await doc.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'byAcceptedAt',
          KeyConditionExpression: 'listPk = :pk',
          ExpressionAttributeValues: values,
          ...(states?.length ? { ExpressionAttributeNames: { '#state': 'state' } } : {}),
          ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor),
        }),
      );
      return { items: (out.Items ?? []).map(toRecord), cursor: encodeCursor(out.LastEvaluatedKey) };
    },
  };
}
