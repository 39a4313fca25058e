import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSnapshotServer } from '../../../functions/local/snapshot-server';
import { startTestLocalStack } from '../../support/local-stack';

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
    const { stack, store, lines } = await startTestLocalStack(edgarUrl, { EDGAR_LOCKOUT_SECONDS: '2' });
    try {
      await stack.runOnce();
    } finally {
      await stack.stop();
    }
    expect(refused.length).toBeGreaterThan(0);
    const filings = (await store.filings.list({ limit: 100, cursor: null })).items;
    expect(filings.length).toBeGreaterThan(1);
    expect(filings.map((f) => `${f.accession} ${f.state}`).filter((s) => !s.endsWith(' done'))).toEqual([]);
    expect(await lines('dead-letters.jsonl')).toEqual([]);
    expect((await store.deals.list({ limit: 100 })).items.length).toBeGreaterThan(0);
  });
});
