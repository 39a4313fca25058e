import type { TestProject } from 'vitest/node';
import { type DynamoLocal, startDynamoLocal } from '../../functions/local/dynamo-local';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

let dynamo: DynamoLocal | undefined;

/** One in-memory DynamoDB Local for the whole integration run. */
export async function setup(project: TestProject): Promise<void> {
  dynamo = await startDynamoLocal({ dataDir: null });
  project.provide('dynamoEndpoint', dynamo.endpoint);
}

export async function teardown(): Promise<void> {
  await dynamo?.stop();
}
