import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../functions/config';
import { silentLogger } from '../../../functions/core/ports/log';
import { LOCAL_AWS } from '../../../functions/local/dynamo-local';
import { startLocalStack } from '../../../functions/local/runtime';
import { startSnapshotServer } from '../../../functions/local/snapshot-server';
import { createDocumentClient } from '../../../functions/store/client';
import { createRepositories } from '../../../functions/store/repositories';
import { localTableNames } from '../../../functions/store/tables';

// EDGAR's "Request Rate Threshold Exceeded" page while the worker fetches filings (issue 12): the local stack
// must wait the lockout out and fetch the filings it could not, in the same life, not leave them failed.

const SNAPSHOT = resolve(import.meta.dirname, '..', '..', '..', 'demo', 'snapshot');
/** The stand-in's lockout; the stack is told EDGAR locks out for 2 s (EDGAR_LOCKOUT_SECONDS). */
const LOCKOUT_MS = 1500;

let snapshot: Awaited<ReturnType<typeof startSnapshotServer>>;
let edgarUrl: string;
let closeEdgar: () => void;
const refused: string[] = [];

beforeAll(async () => {
  snapshot = await startSnapshotServer(SNAPSHOT);
  let archives = 0;
  let lockedUntil = 0;
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    // The second submission fetched trips the lockout; every request is refused until it ends, as EDGAR does.
    if (path.startsWith('/Archives/') && ++archives === 2) lockedUntil = Date.now() + LOCKOUT_MS;
    if (Date.now() < lockedUntil) {
      refused.push(path);
      res.writeHead(403, { 'content-type': 'text/html' });
      res.end('<html><body><h1>Request Rate Threshold Exceeded</h1></body></html>');
      return;
    }
    void fetch(`${snapshot.url}${path}`).then(async (up) => {
      res.writeHead(up.status, { 'content-type': up.headers.get('content-type') ?? 'text/plain' });
      res.end(Buffer.from(await up.arrayBuffer()));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  edgarUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  closeEdgar = () => server.close();
});

afterAll(async () => {
  closeEdgar();
  await snapshot.close();
});

describe('EDGAR rate-threshold page during the filing lanes', () => {
  it('waits the lockout out and fetches every filing it was refused, in the same pass', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cca-lockout-'));
    const prefix = `l${randomUUID().slice(0, 8)}-`;
    const stack = await startLocalStack({
      config: loadConfig({
        SEC_USER_AGENT: 'compute-contract-alerts tests tests@example.com',
        EDGAR_BASE_URL: edgarUrl,
        EDGAR_LOCKOUT_SECONDS: '2',
        DATA_DIR: dataDir,
      }),
      feeds: [],
      log: silentLogger,
      print: () => {},
      persist: false,
      serveApi: false,
      dynamoEndpoint: inject('dynamoEndpoint'),
      tablePrefix: prefix,
    });
    try {
      await stack.runOnce();
    } finally {
      await stack.stop();
    }
    expect(refused.length).toBeGreaterThan(0);
    const store = createRepositories(
      createDocumentClient({ ...LOCAL_AWS, endpoint: inject('dynamoEndpoint') }),
      localTableNames(prefix),
    );
    const filings = (await store.filings.list({ limit: 100, cursor: null })).items;
    expect(filings.length).toBeGreaterThan(1);
    expect(filings.map((f) => `${f.accession} ${f.state}`).filter((s) => !s.endsWith(' done'))).toEqual([]);
    expect(await readFile(join(dataDir, 'dead-letters.jsonl'), 'utf8').catch(() => '')).toBe('');
    expect((await store.deals.list({ limit: 100 })).items.length).toBeGreaterThan(0);
  });
});
