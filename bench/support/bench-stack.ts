// The local stack as `npm start` composes it (functions/local/runtime.ts, unchanged), for the benches: on the
// DynamoDB Local that `npm run bench` shares between its scenarios (BENCH_DYNAMO_ENDPOINT, each scenario on tables
// of its own, deleted at the end) or, run alone, on its own in memory; with a temporary data directory, the given
// EDGAR base URL and feeds, and a document client on the same tables so that a bench can seed data or read what
// the stack wrote.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import pLimit from 'p-limit';
import { loadConfig } from '../../functions/config';
import { silentLogger } from '../../functions/core/ports/log';
import { LOCAL_AWS, startDynamoLocal } from '../../functions/local/dynamo-local';
import { type LocalStack, startLocalStack } from '../../functions/local/runtime';
import { loadFeedRegistry } from '../../functions/sources/news/feed-registry';
import { batchPutItems, createDocumentClient } from '../../functions/store/client';
import { localTableNames, type TableNames } from '../../functions/store/tables';

/**
 * DynamoDB Local as the benches start it: the JVM's C1 compiler only and the serial collector. On a loaded 2-core
 * machine C2's compiler threads took more CPU than they saved in runs this short (the notify bench's JVM CPU time
 * for 2,000 subscriptions halved, 20 s -> 9.5 s).
 */
export const BENCH_JAVA_TOOL_OPTIONS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';

/** The DynamoDB Local to use: the shared one of `npm run bench`, else one started here (and stopped by `stop`). */
export async function benchDynamo(): Promise<{ endpoint: string; prefix: string; stop(): Promise<void> }> {
  const shared = process.env.BENCH_DYNAMO_ENDPOINT;
  if (shared) return { endpoint: shared, prefix: `bench-${process.pid}-`, stop: async () => {} };
  process.env.JAVA_TOOL_OPTIONS ??= BENCH_JAVA_TOOL_OPTIONS;
  const own = await startDynamoLocal({ dataDir: null });
  return { endpoint: own.endpoint, prefix: 'cca-', stop: () => own.stop() };
}

/** Deletes a scenario's tables from the shared DynamoDB Local, so the next scenario's JVM heap is not theirs. */
export async function dropTables(endpoint: string, names: TableNames): Promise<void> {
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint });
  await Promise.all(
    Object.values(names).map((TableName) =>
      client.send(new DeleteTableCommand({ TableName })).catch(() => {}),
    ),
  );
  client.destroy();
}

/** Items written 25 to a BatchWriteItem call, four calls at a time (seeding, not the code under measure). */
export async function seedItems(doc: DynamoDBDocumentClient, table: string, items: readonly object[]) {
  const write = pLimit(4);
  const chunks = Array.from({ length: Math.ceil(items.length / 250) }, (_, c) =>
    items.slice(c * 250, c * 250 + 250),
  );
  const left = await Promise.all(chunks.map((chunk) => write(() => batchPutItems(doc, table, chunk))));
  if (left.some((n) => n > 0)) throw new Error(`DynamoDB Local left items of ${table} unwritten`);
}

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
  const dynamo = await benchDynamo();
  const names = localTableNames(dynamo.prefix);
  try {
    const stack = await startLocalStack({
      config,
      feeds: loadFeedRegistry({ path: feedsFile, defaultPollSeconds: config.newsPollSeconds }),
      log: silentLogger,
      print: () => {},
      persist: false,
      serveApi: opts.serveApi ?? false,
      dynamoEndpoint: dynamo.endpoint,
      tablePrefix: dynamo.prefix,
    });
    return {
      stack,
      doc: createDocumentClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint }),
      names,
      dataDir,
      async stop() {
        await stack.stop();
        await dropTables(dynamo.endpoint, names);
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
