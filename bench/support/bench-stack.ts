// The local stack as `npm start` composes it (functions/local/runtime.ts, unchanged), for the benches: on its own
// DynamoDB Local in memory, with a temporary data directory, the given EDGAR base URL and feeds, and a document
// client on the same tables so that a bench can seed data or read what the stack wrote.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { loadConfig } from '../../functions/config';
import { silentLogger } from '../../functions/core/ports/log';
import { LOCAL_AWS, startDynamoLocal } from '../../functions/local/dynamo-local';
import { type LocalStack, startLocalStack } from '../../functions/local/runtime';
import { loadFeedRegistry } from '../../functions/sources/news/feed-registry';
import { createDocumentClient } from '../../functions/store/client';
import { localTableNames, type TableNames } from '../../functions/store/tables';

export interface BenchStack {
  stack: LocalStack;
  doc: DynamoDBDocumentClient;
  names: TableNames;
  dataDir: string;
  stop(): Promise<void>;
}

/** A free loopback port (the API needs a fixed one in its config). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export async function startBenchStack(opts: {
  edgarBaseUrl: string;
  /** The feed registry's JSON text (the format of demo/snapshot/feeds.json, URLs already resolved). */
  feedsJson: string;
  /** Settings beyond the defaults (EDGAR_MAX_RPS, EDGAR_POLL_SECONDS…), as environment variables. */
  env?: Record<string, string>;
  serveApi?: boolean;
}): Promise<BenchStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cca-bench-'));
  const feedsFile = join(dataDir, 'feeds.json');
  await writeFile(feedsFile, opts.feedsJson);
  const config = loadConfig({
    SEC_USER_AGENT: 'compute-contract-alerts bench bench@example.com',
    EDGAR_BASE_URL: opts.edgarBaseUrl,
    NEWS_FEEDS: feedsFile,
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    LOG_LEVEL: 'error',
    ...opts.env,
  });
  const dynamo = await startDynamoLocal({ dataDir: null });
  try {
    const stack = await startLocalStack({
      config,
      feeds: loadFeedRegistry({ path: feedsFile, defaultPollSeconds: config.newsPollSeconds }),
      log: silentLogger,
      print: () => {},
      persist: false,
      serveApi: opts.serveApi ?? false,
      dynamoEndpoint: dynamo.endpoint,
    });
    return {
      stack,
      doc: createDocumentClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint }),
      names: localTableNames('cca-'),
      dataDir,
      async stop() {
        await stack.stop();
        await dynamo.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await dynamo.stop();
    throw err;
  }
}

/** Percentile (nearest rank) of a list of numbers; NaN when empty. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
}
