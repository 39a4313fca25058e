import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../functions/api/app';
import type { AlertChannel } from '../../functions/core/ports/channels';
import type { Logger } from '../../functions/core/ports/log';
import { type DynamoLocal, freePort, LOCAL_AWS, startDynamoLocal } from '../../functions/local/dynamo-local';
import { ensureTables } from '../../functions/store/bootstrap';
import { createDocumentClient } from '../../functions/store/client';
import { createRepositories } from '../../functions/store/repositories';
import { localTableNames } from '../../functions/store/tables';

// The API while its database is down: a DynamoDB Local of its own, killed and started again on the same port.

const channel: AlertChannel = {
  async publish() {},
  async register() {
    return null;
  },
  async unregister() {},
};

const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
const at =
  (level: string) =>
  (message: string, fields?: Record<string, unknown>): void => {
    lines.push({ level, message, fields });
  };
const log: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };

let dynamo: DynamoLocal | null = null;
let port: number;
let app: ReturnType<typeof createApiApp>;
const names = localTableNames('outage-');

async function startDatabase(): Promise<void> {
  dynamo = await startDynamoLocal({ dataDir: null, port });
  await ensureTables(new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint }), names);
}

beforeAll(async () => {
  port = await freePort();
  await startDatabase();
  const doc = createDocumentClient({ ...LOCAL_AWS, endpoint: `http://127.0.0.1:${port}`, maxAttempts: 2 });
  const store = createRepositories(doc, names);
  app = createApiApp({ ...store, channel, log });
});

afterAll(async () => {
  await dynamo?.stop();
});

describe('a database outage', () => {
  it('answers 503 with Retry-After, says so once in the log, and recovers when the database is back', async () => {
    const health = await app.request('/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, store: 'ok' });

    await dynamo?.stop();
    dynamo = null;
    for (const path of ['/health', '/deals', '/deals/meta--coreweave', '/filings', '/subscriptions']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(503);
      expect(res.headers.get('retry-after'), path).toBe('10');
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(await res.json()).toMatchObject({ status: 503, title: 'Service unavailable' });
    }
    const errors = lines.filter((l) => l.level === 'error');
    expect(errors).toEqual([
      {
        level: 'error',
        message: 'database unreachable: the API answers 503 until it is back',
        fields: { reason: 'ECONNREFUSED' },
      },
    ]);

    await startDatabase();
    expect((await app.request('/health')).status).toBe(200);
    expect(lines.at(-1)).toMatchObject({ level: 'info', message: 'database reachable again' });
    expect(lines.filter((l) => l.level === 'error')).toHaveLength(1);
  }, 240_000);
});
