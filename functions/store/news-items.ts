import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { NewsItemRepository } from '../core/ports/store';
import type { NewsItem } from '../core/types';
import { decodeCursor, encodeCursor, writeTogether } from './client';
import { LIST_PARTITION } from './tables';

/** Item text is kept this long for re-extraction; the id and dedupe markers expire with it. */
const KEEP_SECONDS = 180 * 24 * 3600;

export function createNewsItemRepository(doc: DynamoDBDocumentClient, tableName: string): NewsItemRepository {
  return {
    // Two rows in one transaction: the item under its id, and a marker under its dedupe key, so the same
    // story syndicated under another link is refused too.
    putIfNew(item) {
      const seenAt = new Date();
      const expiresAt = Math.floor(seenAt.getTime() / 1000) + KEEP_SECONDS;
      const ifNew = 'attribute_not_exists(pk)';
      return writeTogether(doc, [
        {
          Put: {
            TableName: tableName,
            Item: {
              pk: `item#${item.id}`,
              ...item,
              listPk: LIST_PARTITION,
              seenAt: seenAt.toISOString(),
              expiresAt,
            },
            ConditionExpression: ifNew,
          },
        },
        {
          Put: {
            TableName: tableName,
            Item: { pk: `dedupe#${item.dedupeKey}`, itemId: item.id, expiresAt },
            ConditionExpression: ifNew,
          },
        },
      ]);
    },

    async list({ limit, cursor, feedId }) {
      const out = await doc.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'bySeenAt',
          KeyConditionExpression: 'listPk = :pk',
          ExpressionAttributeValues: { ':pk': LIST_PARTITION, ...(feedId ? { ':feed': feedId } : {}) },
          ...(feedId ? { FilterExpression: 'feedId = :feed' } : {}),
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor, ['pk', 'listPk', 'seenAt'], { listPk: LIST_PARTITION }),
        }),
      );
      const items = (out.Items ?? []).map((raw) => {
        const { pk: _pk, listPk: _l, seenAt: _s, expiresAt: _e, ...item } = raw;
        return item as NewsItem;
      });
      return { items, cursor: encodeCursor(out.LastEvaluatedKey) };
    },
  };
}
