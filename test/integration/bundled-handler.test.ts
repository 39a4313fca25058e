import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeMention } from '../../functions/core/deal-merge';
import { loadFeedRegistry } from '../../functions/sources/news/feed-registry';
import { TABLE_KEYS, TABLES } from '../../functions/store/tables';
import { serviceBuildOptions } from '../../infra/service-function';
import { nebiusMicrosoft } from '../support/builders';
import { createTestStore, type TestStore } from '../support/dynamo';

// The public API's Lambda bundle, built as `cdk synth` builds it (aliases included: zod without its locales,
// zod/mini, the SDK's credential chain cut to the environment), run in a fresh Node process as Lambda runs it:
// imported, then invoked with an API Gateway event; its DynamoDB requests, signed with the credentials the
// environment gives, reach DynamoDB Local (AWS_ENDPOINT_URL_DYNAMODB, which the SDK reads itself).

let store: TestStore;
let dir: string;
let bundle: string;

beforeAll(async () => {
  store = await createTestStore();
  const deal = mergeMention(null, nebiusMicrosoft(), new Date('2026-11-30T12:00:00Z'));
  if (!deal) throw new Error('a first mention always makes a deal');
  await store.deals.save(deal);
  dir = mkdtempSync(join(tmpdir(), 'cca-bundled-'));
  await build({
    ...serviceBuildOptions(),
    entryPoints: { 'api-public': fileURLToPath(new URL('../../functions/api-public.ts', import.meta.url)) },
    outdir: dir,
    logLevel: 'warning',
  });
  bundle = join(dir, 'api-public.mjs');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Imports the bundle in a fresh process and hands it one HTTP API (payload 2.0) GET; the handler's answer. */
function invokeBundled(path: string, env: Record<string, string>) {
  const event = {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'api.example.com', accept: 'application/json' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'bundled',
      domainName: 'api.example.com',
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
      requestId: 'r1',
      routeKey: '$default',
      stage: '$default',
      time: '30/Nov/2026:12:00:00 +0000',
      timeEpoch: 0,
    },
    isBase64Encoded: false,
  };
  const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
const context = { awsRequestId: 'r1', functionName: 'api-public', getRemainingTimeInMillis: () => 10000 };
const r = await handler(${JSON.stringify(event)}, context);
process.stdout.write(JSON.stringify(r));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { statusCode: number; body: string; headers: Record<string, string> };
}

/** The environment the stack gives the function, its tables those of DynamoDB Local. */
function deployedEnv(): Record<string, string> {
  const env: Record<string, string> = {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SESSION_TOKEN: 'local-session',
    AWS_ENDPOINT_URL_DYNAMODB: store.endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    NODE_OPTIONS: '--enable-source-maps',
    LOG_LEVEL: 'error',
  };
  for (const k of TABLE_KEYS) env[TABLES[k].envVar] = store.names[k];
  return env;
}

describe('a Lambda bundle as deployed', () => {
  it('starts with the environment the stack gives it and reads DynamoDB with the credentials Lambda sets', () => {
    const answer = invokeBundled('/deals', deployedEnv());
    expect(answer.statusCode).toBe(200);
    const body = JSON.parse(answer.body) as { deals: { buyer: { id: string }; provider: { id: string } }[] };
    expect(body.deals.map((d) => [d.buyer.id, d.provider.id])).toEqual([['microsoft', 'nebius']]);
  });

  // zod's compiler and fromJSONSchema are shadowed in the bundles (functions/bundling/zod-compile-shadowed.ts): the
  // document the bundle writes must still be the reviewed one.
  it('serves the reviewed OpenAPI document, byte for byte', () => {
    const answer = invokeBundled('/openapi.json', {
      ...deployedEnv(),
      PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toBe(readFileSync(new URL('./openapi.snapshot.json', import.meta.url), 'utf8'));
  });

  it('serves the deployed feed list, which it reads at its first feeds request', () => {
    const answer = invokeBundled('/feeds', deployedEnv());
    expect(answer.statusCode).toBe(200);
    const body = JSON.parse(answer.body) as { feeds: { feedId: string }[] };
    expect(body.feeds.map((f) => f.feedId)).toEqual(loadFeedRegistry().map((f) => f.id));
  });
});
