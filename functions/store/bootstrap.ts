import {
  CreateTableCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { TABLE_KEYS, TABLES, type TableNames, type TableSpec } from './tables';

function createTableInput(spec: TableSpec, tableName: string): CreateTableCommandInput {
  const keyNames = new Set<string>([spec.partitionKey]);
  if (spec.sortKey) keyNames.add(spec.sortKey);
  for (const ix of spec.indexes) {
    keyNames.add(ix.partitionKey);
    keyNames.add(ix.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...keyNames].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: spec.partitionKey, KeyType: 'HASH' },
      ...(spec.sortKey ? [{ AttributeName: spec.sortKey, KeyType: 'RANGE' as const }] : []),
    ],
    GlobalSecondaryIndexes: spec.indexes.length
      ? spec.indexes.map((ix) => ({
          IndexName: ix.name,
          KeySchema: [
            { AttributeName: ix.partitionKey, KeyType: 'HASH' },
            { AttributeName: ix.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        }))
      : undefined,
    StreamSpecification: spec.stream
      ? { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' }
      : undefined,
  };
}

/** Creates every table that does not exist yet (local mode and tests; in AWS the CDK stack owns them). */
export async function ensureTables(client: DynamoDBClient, names: TableNames): Promise<void> {
  for (const key of TABLE_KEYS) {
    const spec: TableSpec = TABLES[key];
    const tableName = names[key];
    try {
      await client.send(new CreateTableCommand(createTableInput(spec, tableName)));
    } catch (err) {
      if (err instanceof ResourceInUseException) continue;
      throw err;
    }
    await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: tableName });
    if (spec.ttlAttribute) {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: tableName,
          TimeToLiveSpecification: { AttributeName: spec.ttlAttribute, Enabled: true },
        }),
      );
    }
  }
}
