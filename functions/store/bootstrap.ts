import {
  type AttributeDefinition,
  type AttributeValue,
  BatchWriteItemCommand,
  CreateTableCommand,
  type CreateTableCommandInput,
  DeleteTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  GetItemCommand,
  type GlobalSecondaryIndex,
  PutItemCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  ScanCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  waitUntilTableNotExists,
} from '@aws-sdk/client-dynamodb';
import { type IndexSpec, TABLE_KEYS, TABLES, type TableNames, type TableSpec } from './tables';

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

const ASIDE_SUFFIX = '.upgrade';
/** The item that marks a finished copy aside (no stored key starts with "#"). */
const COPY_DONE = '#copy-complete';

async function exists(client: DynamoDBClient, tableName: string) {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table ?? null;
  } catch (err) {
    if (err instanceof ResourceNotFoundException) return null;
    throw err;
  }
}

async function drop(client: DynamoDBClient, tableName: string): Promise<void> {
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  await waitUntilTableNotExists({ client, maxWaitTime: 30 }, { TableName: tableName });
}

async function create(client: DynamoDBClient, input: CreateTableCommandInput): Promise<void> {
  await client.send(new CreateTableCommand(input));
  await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: input.TableName });
}

function doneMarker(spec: TableSpec): Record<string, AttributeValue> {
  return {
    [spec.partitionKey]: { S: COPY_DONE },
    ...(spec.sortKey ? { [spec.sortKey]: { S: COPY_DONE } } : {}),
  };
}

/** Every item of one table into another, as stored (no marshalling), the marker left behind. */
async function copyItems(client: DynamoDBClient, from: string, to: string, spec: TableSpec): Promise<void> {
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: from, ExclusiveStartKey: start }));
    const items = (page.Items ?? []).filter((item) => item[spec.partitionKey]?.S !== COPY_DONE);
    for (let i = 0; i < items.length; i += 25) {
      let requests = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
      while (requests.length > 0) {
        const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [to]: requests } }));
        requests = (out.UnprocessedItems?.[to] ?? []).flatMap((r) =>
          r.PutRequest?.Item ? [{ PutRequest: { Item: r.PutRequest.Item } }] : [],
        );
      }
    }
    start = page.LastEvaluatedKey;
  } while (start);
}

/**
 * A local table made by an older version (a store kept in DATA_DIR) that lacks an index added since. DynamoDB
 * Local can leave an index added by UpdateTable in CREATING for good (seen with its other tables present), so
 * the table is made again instead: its items are copied aside (`<table>.upgrade`, marked complete), the table
 * dropped and created with the whole definition but no stream, the items copied back, then the stream turned
 * on, so that the copy alerts nobody. The copy aside is dropped last: a start after a stop anywhere in between
 * finds it and finishes the rebuild from it. Items written before carry no key of the new index: a migration
 * command writes them (docs/operations.md, "Upgrades").
 */
async function rebuildWithIndexes(client: DynamoDBClient, spec: TableSpec, tableName: string): Promise<void> {
  const aside = `${tableName}${ASIDE_SUFFIX}`;
  const copied = await exists(client, aside);
  const complete =
    copied &&
    (await client.send(new GetItemCommand({ TableName: aside, Key: doneMarker(spec), ConsistentRead: true })))
      .Item;
  if (!complete) {
    if (copied) await drop(client, aside);
    await create(client, createTableInput({ ...spec, indexes: [], stream: false }, aside));
    await copyItems(client, tableName, aside, spec);
    await client.send(new PutItemCommand({ TableName: aside, Item: doneMarker(spec) }));
  }
  if (await exists(client, tableName)) await drop(client, tableName);
  await create(client, { ...createTableInput(spec, tableName), StreamSpecification: undefined });
  await enableTtl(client, spec, tableName);
  await copyItems(client, aside, tableName, spec);
  if (spec.stream) {
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      }),
    );
  }
  await drop(client, aside);
}

async function enableTtl(client: DynamoDBClient, spec: TableSpec, tableName: string): Promise<void> {
  if (!spec.ttlAttribute) return;
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: spec.ttlAttribute, Enabled: true },
    }),
  );
}

/** Whether a local table must be (re)built: it lacks an index of its definition, or a rebuild was under way. */
async function needsRebuild(client: DynamoDBClient, spec: TableSpec, tableName: string): Promise<boolean> {
  if (await exists(client, `${tableName}${ASIDE_SUFFIX}`)) return true;
  const table = await exists(client, tableName);
  if (!table) return false;
  const present = new Set((table.GlobalSecondaryIndexes ?? []).map((ix) => ix.IndexName));
  return spec.indexes.some((ix) => !present.has(ix.name));
}

/**
 * Creates every table that does not exist yet, and rebuilds an existing one that lacks an index (local mode and
 * tests; in AWS the CDK stack owns them).
 */
export async function ensureTables(client: DynamoDBClient, names: TableNames): Promise<void> {
  for (const key of TABLE_KEYS) {
    const spec: TableSpec = TABLES[key];
    const tableName = names[key];
    if (await needsRebuild(client, spec, tableName)) {
      await rebuildWithIndexes(client, spec, tableName);
      continue;
    }
    try {
      await create(client, createTableInput(spec, tableName));
    } catch (err) {
      if (err instanceof ResourceInUseException) continue;
      throw err;
    }
    await enableTtl(client, spec, tableName);
  }
}
