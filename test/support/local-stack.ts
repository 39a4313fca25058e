import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { loadConfig } from '../../functions/config';
import { silentLogger } from '../../functions/core/ports/log';
import { LOCAL_AWS } from '../../functions/local/dynamo-local';
import { type LocalStack, startLocalStack } from '../../functions/local/runtime';
import { createDocumentClient } from '../../functions/store/client';
import { createRepositories } from '../../functions/store/repositories';
import { localTableNames } from '../../functions/store/tables';

/**
 * The `npm start` composition on the integration run's DynamoDB Local (fresh tables) and a fresh DATA_DIR,
 * EDGAR at `edgarUrl`, no feeds; with the repositories on its tables, to look at what it wrote.
 */
export async function startTestLocalStack(edgarUrl: string, env: Record<string, string> = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'cca-stack-'));
  const prefix = `s${randomUUID().slice(0, 8)}-`;
  const endpoint = inject('dynamoEndpoint');
  const stack: LocalStack = await startLocalStack({
    config: loadConfig({
      SEC_USER_AGENT: 'compute-contract-alerts tests tests@example.com',
      EDGAR_BASE_URL: edgarUrl,
      DATA_DIR: dataDir,
      ...env,
    }),
    feeds: [],
    log: silentLogger,
    print: () => {},
    persist: false,
    serveApi: false,
    dynamoEndpoint: endpoint,
    tablePrefix: prefix,
  });
  const store = createRepositories(createDocumentClient({ ...LOCAL_AWS, endpoint }), localTableNames(prefix));
  const lines = async (file: string) =>
    (await readFile(join(dataDir, file), 'utf8').catch(() => '')).split('\n').filter(Boolean);
  return { stack, store, dataDir, lines };
}
