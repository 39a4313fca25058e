import {
  type AttributeDefinition,
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { type IndexSpec, TABLE_KEYS, TABLES, type TableNames, type TableSpec } from './tables';

/** How long a new index on an existing local table may take to become ACTIVE. */
const INDEX_WAIT_MS = 60_000;

function attributeDefinitions(spec: TableSpec): AttributeDefinition[] {
  const keyNames = new Set<string>([spec.partitionKey]);
  if (spec.sortKey) keyNames.add(spec.sortKey);
  for (const ix of spec.indexes) {
    keyNames.add(ix.partitionKey);
    keyNames.add(ix.sortKey);
  }
  return [...keyNames].map((name) => ({ AttributeName: name, AttributeType: 'S' }));
}

function indexInput(ix: IndexSpec): GlobalSecondaryIndex {
  return {
    IndexName: ix.name,
    KeySchema: [
      { AttributeName: ix.partitionKey, KeyType: 'HASH' },
      { AttributeName: ix.sortKey, KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: 'ALL' },
  };
}

function createTableInput(spec: TableSpec, tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: attributeDefinitions(spec),
    KeySchema: [
      { AttributeName: spec.partitionKey, KeyType: 'HASH' },
      ...(spec.sortKey ? [{ AttributeName: spec.sortKey, KeyType: 'RANGE' as const }] : []),
    ],
    GlobalSecondaryIndexes: spec.indexes.length ? spec.indexes.map(indexInput) : undefined,
    StreamSpecification: spec.stream
      ? { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' }
      : undefined,
  };
}

/**
 * A table made by an older version (a local store kept in DATA_DIR) gets the indexes added since, one at a time
 * as DynamoDB requires. Items written before carry no key of a new index: a migration command writes them.
 */
async function addMissingIndexes(client: DynamoDBClient, spec: TableSpec, tableName: string): Promise<void> {
  const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const present = new Set((described.Table?.GlobalSecondaryIndexes ?? []).map((ix) => ix.IndexName));
  for (const ix of spec.indexes) {
    if (present.has(ix.name)) continue;
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: attributeDefinitions(spec),
        GlobalSecondaryIndexUpdates: [{ Create: indexInput(ix) }],
      }),
    );
    await waitForIndex(client, tableName, ix.name);
  }
}

async function waitForIndex(client: DynamoDBClient, tableName: string, indexName: string): Promise<void> {
  const deadline = Date.now() + INDEX_WAIT_MS;
  for (;;) {
    const out = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const ix = out.Table?.GlobalSecondaryIndexes?.find((i) => i.IndexName === indexName);
    if (ix?.IndexStatus === 'ACTIVE') return;
    if (Date.now() > deadline) throw new Error(`index ${indexName} of ${tableName} is not active after 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Creates every table that does not exist yet, and adds to an existing one the indexes it lacks (local mode and
 * tests; in AWS the CDK stack owns them).
 */
export async function ensureTables(client: DynamoDBClient, names: TableNames): Promise<void> {
  for (const key of TABLE_KEYS) {
    const spec: TableSpec = TABLES[key];
    const tableName = names[key];
    try {
      await client.send(new CreateTableCommand(createTableInput(spec, tableName)));
    } catch (err) {
      if (!(err instanceof ResourceInUseException)) throw err;
      await addMissingIndexes(client, spec, tableName);
      continue;
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
