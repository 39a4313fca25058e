import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { LOCAL_AWS } from '../../functions/local/dynamo-local';
import { ensureTables } from '../../functions/store/bootstrap';
import { createDocumentClient } from '../../functions/store/client';
import { createRepositories } from '../../functions/store/repositories';
import { localTableNames } from '../../functions/store/tables';

/**
 * Fresh tables (a unique name prefix) in the run's DynamoDB Local, with every repository built on them.
 * Only for the integration project, whose globalSetup starts DynamoDB Local.
 */
export async function createTestStore() {
  const endpoint = inject('dynamoEndpoint');
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint });
  // The production client: its typed errors (StoreUnavailableError) are part of what the tests check.
  const doc = createDocumentClient({ ...LOCAL_AWS, endpoint });
  const names = localTableNames(`t${randomUUID().slice(0, 8)}-`);
  await ensureTables(client, names);
  return {
    endpoint,
    client,
    doc,
    names,
    ...createRepositories(doc, names),
  };
}

export type TestStore = Awaited<ReturnType<typeof createTestStore>>;
