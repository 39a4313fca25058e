// `npm run chaos`: the local stack (the `npm start` composition) killed and disturbed at chosen moments, on
// loopback only, each run compared with a clean run. Bounded: every life of the stack is cut at LIFE_BOUND_MS,
// and the whole run stops starting scenarios after RUN_BOUND_MS. Not part of npm test.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { build } from 'esbuild';
import { type DynamoLocal, LOCAL_AWS, startDynamoLocal } from '../../functions/local/dynamo-local';
import { startSnapshotServer } from '../../functions/local/snapshot-server';
import { compareAlerts, type Observed, readOutbox } from './compare';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SNAPSHOT_DIR = join(ROOT, 'demo', 'snapshot');
const NEWS_FIXTURES = join(ROOT, 'test', 'fixtures', 'news');
const LIFE_BOUND_MS = 180_000;
const RUN_BOUND_MS = 9 * 60_000;
const CONCURRENCY = 6;
/**
 * The stand-in's rate-threshold lockout (EDGAR's is about 10 minutes), and what the stack is told it lasts
 * (EDGAR_LOCKOUT_SECONDS): a little longer, as the product waits a little longer than EDGAR's 10 minutes.
 */
const LOCKOUT_MS = 10_000;
const LOCKOUT_SECONDS_TOLD = 12;

type Mode = 'none' | 'edgar-429' | 'edgar-403-poll' | 'edgar-403-worker' | 'edgar-500' | 'edgar-slow';
interface Scenario {
  id: string;
  kind: string;
  killAt?: string;
  mode?: Mode;
  killDynamo?: boolean;
  /**
   * The faulted life must end with everything by itself (retries, backoff), no restart: EDGAR's 429, 500,
   * slow bodies and a lockout met by the worker. Otherwise the stack is started again after the fault, as the
   * scheduler would poll again (a lockout met by the poll) or as after a crash.
   */
  sameLife?: boolean;
}

const KILLS: [string, number][] = [
  ['ledger', 1],
  ['publish', 1],
  ['poll', 1],
  ['record', 1],
  ['queue', 1],
  ['claim', 1],
  ['worker', 1],
  ['merge', 1],
  ['stream', 1],
  ['news', 1],
  ['cursor', 2],
  ['record', 3],
  ['claim', 3],
  ['merge', 3],
  ['publish', 2],
  ['news', 2],
];
const EDGAR_FAULTS: Scenario[] = [
  {
    id: 'e-403-worker',
    kind: 'EDGAR lockout (403 page) at the worker',
    mode: 'edgar-403-worker',
    sameLife: true,
  },
  { id: 'e-403-poll', kind: 'EDGAR lockout (403 page) at the poll', mode: 'edgar-403-poll' },
  { id: 'e-429', kind: 'EDGAR 429 + Retry-After', mode: 'edgar-429', sameLife: true },
  { id: 'e-500', kind: 'EDGAR 500', mode: 'edgar-500', sameLife: true },
  { id: 'e-slow', kind: 'EDGAR slow bodies', mode: 'edgar-slow', sameLife: true },
];
const KILL_SCENARIOS: Scenario[] = KILLS.map(([point, n]) => ({
  id: `k-${point}-${n}`,
  kind: `kill -9 at ${point}`,
  killAt: `${point}:${n}`,
}));
/**
 * In the order they start: DynamoDB Local's outage first (on its own DynamoDB Local), then the slow ones (lockouts, a claim left
 * to go stale) beside the quick ones, every kind before any kind's second fault, so that a loaded machine
 * still covers every kind within the bound.
 */
const SCENARIOS: Scenario[] = [
  { id: 'd-kill', kind: 'DynamoDB Local killed and restarted', killDynamo: true },
  ...EDGAR_FAULTS.flatMap((e, i) => [e, KILL_SCENARIOS[i] as Scenario]),
  ...KILL_SCENARIOS.slice(EDGAR_FAULTS.length),
];

/**
 * Feeds that every run (the clean one too) must survive: each is cut with a clear error, the rest goes on. A few
 * only (the feed client spaces requests to one host); test/unit/reliability/hostile-inputs.test.ts has the table.
 */
const HOSTILE_FEEDS: Record<string, (res: ServerResponse, self: string) => void> = {
  'billion-laughs': (res) => xml(res, readFileSync(join(NEWS_FIXTURES, 'broken-billion-laughs.xml'))),
  'redirect-metadata': (res) =>
    res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  'gzip-bomb': (res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(GZIP_BOMB),
  'invalid-utf8': (res) =>
    xml(
      res,
      Buffer.concat([
        Buffer.from('<?xml version="1.0"?><rss><channel><title>'),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from('</title></channel></rss>'),
      ]),
    ),
};
const GZIP_BOMB = gzipSync(Buffer.alloc(64 * 1024 * 1024));

function xml(res: ServerResponse, body: Buffer): void {
  res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
}

const modes = new Map<string, { mode: Mode; hits: number; archives: number; lockedUntil: number }>();
const modeState = (mode: Mode) => ({ mode, hits: 0, archives: 0, lockedUntil: 0 });

async function startFaultServer(snapshotUrl: string): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });
  let url = '';
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    const hostile = path.match(/^\/hostile\/([a-z0-9-]+)/);
    if (hostile) {
      const serve = HOSTILE_FEEDS[hostile[1] as string];
      if (serve) return serve(res, `${url}${path}`);
      return res.writeHead(404).end();
    }
    let upstream = path;
    const scoped = path.match(/^\/s\/([a-z0-9-]+)(\/.*)$/);
    let slow = false;
    if (scoped) {
      upstream = scoped[2] as string;
      const state = modes.get(scoped[1] as string);
      if (state && state.mode !== 'none') {
        const feed = upstream.startsWith('/cgi-bin/');
        if (!feed) state.archives++;
        // EDGAR's lockout: from the tripping request on, every request gets the page until it ends.
        const trips =
          (state.mode === 'edgar-403-poll' && feed) ||
          (state.mode === 'edgar-403-worker' && state.archives === 2);
        if (trips && state.lockedUntil === 0) state.lockedUntil = Date.now() + LOCKOUT_MS;
        if (Date.now() < state.lockedUntil) {
          state.hits++;
          return res
            .writeHead(403, { 'content-type': 'text/html' })
            .end('<html><body><h1>Request Rate Threshold Exceeded</h1></body></html>');
        }
        if (state.mode === 'edgar-429' && feed && state.hits < 2) {
          state.hits++;
          return res.writeHead(429, { 'retry-after': '1' }).end('slow down');
        }
        if (state.mode === 'edgar-500' && !feed && state.hits < 4) {
          state.hits++;
          return res.writeHead(500).end('internal error');
        }
        if (state.mode === 'edgar-slow') {
          state.hits++;
          slow = true;
        }
      }
    }
    const headers: Record<string, string> = {};
    if (typeof req.headers['if-none-match'] === 'string')
      headers['if-none-match'] = req.headers['if-none-match'];
    const up = await fetch(`${snapshotUrl}${upstream}`, { headers });
    const body = Buffer.from(await up.arrayBuffer());
    const out: Record<string, string> = {};
    for (const h of ['content-type', 'etag']) {
      const v = up.headers.get(h);
      if (v) out[h] = v;
    }
    res.writeHead(up.status, out);
    if (!slow) return res.end(body);
    // The whole body, in 20 slices over about 2 s.
    const step = Math.ceil(body.length / 20);
    for (let i = 0; i < body.length; i += step) {
      res.write(body.subarray(i, i + step));
      await new Promise((r) => setTimeout(r, 100));
    }
    res.end();
  };
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { url, close: () => server.close() };
}

interface Life {
  outcome: 'done' | 'killed' | 'exited' | 'cut';
  code: number | null;
  stderr: string;
}

/**
 * The stack process bundled once: each of the ~50 lives then starts as plain JavaScript instead of compiling the
 * TypeScript tree again (the bundle sits under node_modules so that its packages resolve).
 */
const STACK_BUNDLE = join(ROOT, 'node_modules', '.cache', 'cca-chaos', 'stack-process.mjs');

async function bundleStackProcess(): Promise<void> {
  await build({
    entryPoints: [join(ROOT, 'test', 'chaos', 'stack-process.ts')],
    outfile: STACK_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
}

function life(env: NodeJS.ProcessEnv, onStart?: () => void): Promise<Life> {
  return new Promise((res) => {
    const child = spawn(process.execPath, [STACK_BUNDLE], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c;
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr = (stderr + c).slice(-2000);
    });
    const cut = setTimeout(() => child.kill('SIGKILL'), LIFE_BOUND_MS);
    onStart?.();
    child.once('exit', (code, signal) => {
      clearTimeout(cut);
      const outcome = stdout.includes('CHAOS-DONE')
        ? 'done'
        : signal === 'SIGKILL' && env.CHAOS_KILL_AT
          ? 'killed'
          : signal
            ? 'cut'
            : 'exited';
      res({ outcome, code, stderr });
    });
  });
}

async function observe(doc: DynamoDBDocumentClient, prefix: string, dataDir: string): Promise<Observed> {
  const deals = new Map<string, string>();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(new ScanCommand({ TableName: `${prefix}Deals`, ExclusiveStartKey: start }));
    for (const d of page.Items ?? []) {
      const sources = ((d.sources as { id: string }[] | undefined) ?? []).map((s) => s.id).sort();
      deals.set(String(d.id), `${d.valueUsd}|${d.status}|${d.confirmedByFiling}|${sources.join(',')}`);
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return { deals, ...readOutbox(await readOutboxText(dataDir)) };
}

const readOutboxText = (dataDir: string) => readFile(join(dataDir, 'outbox.jsonl'), 'utf8').catch(() => '');

interface Row {
  scenario: Scenario;
  injected: boolean;
  survived: boolean;
  lives: number;
  dealsLost: number;
  dealsDiffer: number;
  alertsLost: number;
  alertsDuplicated: number;
  /** Alerts a killed life had written, sent once more after the restart (compare.ts): counted apart. */
  alertsResent: number;
  /** Subscriber x deal pairs told that the clean run did not tell: reported, not a loss. */
  alertsUnexpected: number;
  note: string;
}

async function main(): Promise<number> {
  const startedAt = Date.now();
  const work = await mkdtemp(join(tmpdir(), 'cca-chaos-'));
  await bundleStackProcess();
  const dynamo: DynamoLocal = await startDynamoLocal({ dataDir: join(work, 'dynamodb') });
  const snapshot = await startSnapshotServer(SNAPSHOT_DIR);
  const faults = await startFaultServer(snapshot.url);
  const docFor = (endpoint: string) =>
    DynamoDBDocumentClient.from(new DynamoDBClient({ ...LOCAL_AWS, endpoint }));
  const template = JSON.parse(
    readFileSync(join(SNAPSHOT_DIR, 'feeds.json'), 'utf8').replaceAll('{base}', faults.url),
  ) as {
    feeds: { id: string }[];
  };
  for (const name of Object.keys(HOSTILE_FEEDS)) {
    template.feeds.push({
      id: `hostile-${name}`,
      url: `${faults.url}/hostile/${name}`,
      language: 'en',
      pollSeconds: 60,
      enabled: true,
      kind: 'newsroom',
    } as { id: string });
  }
  const feedsFile = join(work, 'feeds.json');
  await writeFile(feedsFile, JSON.stringify(template));

  const envFor = (id: string, dataDir: string, endpoint: string, killAt?: string): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      EDGAR_BASE_URL: `${faults.url}/s/${id}`,
      SEC_USER_AGENT: 'compute-contract-alerts chaos chaos@example.com',
      NEWS_FEEDS: feedsFile,
      LOG_LEVEL: 'error',
      CHAOS_DYNAMO_ENDPOINT: endpoint,
      CHAOS_TABLE_PREFIX: `${id}-`,
      EDGAR_LOCKOUT_SECONDS: String(LOCKOUT_SECONDS_TOLD),
    };
    if (killAt) env.CHAOS_KILL_AT = killAt;
    else delete env.CHAOS_KILL_AT;
    return env;
  };

  const cleanDir = join(work, 'clean');
  const clean = await life(envFor('clean', cleanDir, dynamo.endpoint));
  if (clean.outcome !== 'done') {
    process.stderr.write(`the clean run failed (${clean.outcome}):\n${clean.stderr}\n`);
    return 2;
  }
  const expected = await observe(docFor(dynamo.endpoint), 'clean-', cleanDir);
  process.stdout.write(
    `clean run: ${expected.deals.size} deals, ${[...expected.told.values()].reduce((a, l) => a + l.length, 0)} alerts to ${expected.told.size} subscriber x deal pairs\n`,
  );

  const run = async (scenario: Scenario): Promise<Row> => {
    const dataDir = join(work, scenario.id);
    modes.set(scenario.id, modeState(scenario.mode ?? 'none'));
    let injected = false;
    let lives = 1;
    // The outage gets a DynamoDB Local of its own: it runs beside the other scenarios without disturbing them.
    const own = scenario.killDynamo
      ? await startDynamoLocal({ dataDir: join(work, `dynamodb-${scenario.id}`) })
      : null;
    let db: DynamoLocal = own ?? dynamo;
    const port = Number(new URL(db.endpoint).port);
    let restarted: Promise<void> = Promise.resolve();
    const first = await life(envFor(scenario.id, dataDir, db.endpoint, scenario.killAt), () => {
      if (!own) return;
      // DynamoDB Local dies while the stack is at work, and comes back on the same port and files.
      restarted = (async () => {
        await new Promise((r) => setTimeout(r, 6000));
        if (db.pid) process.kill(db.pid, 'SIGKILL');
        injected = true;
        await db.stop();
        await new Promise((r) => setTimeout(r, 2000));
        db = await startDynamoLocal({ dataDir: join(work, `dynamodb-${scenario.id}`), port });
      })();
    });
    await restarted;
    const linesBeforeKill =
      first.outcome === 'killed' ? readOutbox(await readOutboxText(dataDir)).lines.length : 0;
    const state = modes.get(scenario.id);
    if (scenario.killAt) injected = first.outcome === 'killed';
    if (scenario.mode) injected = (state?.hits ?? 0) > 0;
    // The fault is over: a lockout ends (the recovery life starts after it, as the next scheduled poll would).
    const lockoutLeft = (state?.lockedUntil ?? 0) - Date.now();
    if (lockoutLeft > 0) await new Promise((r) => setTimeout(r, lockoutLeft));
    modes.set(scenario.id, modeState('none'));
    let last = first;
    if (!scenario.sameLife) {
      // After an outage or a lockout the next start must catch up whatever the disturbed life left undone.
      if (scenario.killDynamo || scenario.mode) {
        lives++;
        last = await life(envFor(scenario.id, dataDir, db.endpoint));
      }
      // Restart until a life finishes its pass (a kill may leave work for the next start).
      for (let i = 0; i < 2 && last.outcome !== 'done'; i++) {
        lives++;
        last = await life(envFor(scenario.id, dataDir, db.endpoint));
      }
    }
    const seen = await observe(docFor(db.endpoint), `${scenario.id}-`, dataDir);
    if (own) await db.stop();
    let dealsLost = 0;
    let dealsDiffer = 0;
    const notes: string[] = [];
    for (const [id, shape] of expected.deals) {
      const got = seen.deals.get(id);
      if (got === undefined) {
        dealsLost++;
        notes.push(`deal ${id} missing`);
      } else if (got !== shape) {
        dealsDiffer++;
        notes.push(`deal ${id} ${got} != ${shape}`);
      }
    }
    const alerts = compareAlerts(expected, seen, linesBeforeKill);
    notes.push(...alerts.lost, ...alerts.unexpected.map((pair) => `${pair} told, not in the clean run`));
    const survived = last.outcome === 'done';
    if (!survived) notes.push(last.stderr.split('\n').slice(-3).join(' / '));
    return {
      scenario,
      injected,
      survived,
      lives,
      dealsLost,
      dealsDiffer,
      alertsLost: alerts.lost.length,
      alertsDuplicated: alerts.duplicated,
      alertsResent: alerts.resentAfterCrash,
      alertsUnexpected: alerts.unexpected.length,
      note: notes.join('; '),
    };
  };

  const rows: Row[] = [];
  // `npm run chaos -- e-403-worker k-merge-1`: only those scenarios (while looking into one).
  const only = process.argv.slice(2);
  const chosen = SCENARIOS.filter((s) => only.length === 0 || only.includes(s.id));
  const record = (row: Row) => {
    rows.push(row);
    process.stdout.write(line(row));
  };
  const queue = [...chosen];
  const worker = async () => {
    for (let s = queue.shift(); s; s = queue.shift()) {
      if (Date.now() - startedAt > RUN_BOUND_MS) break;
      record(await run(s));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  faults.close();
  await snapshot.close();
  await dynamo.stop();

  const injected = rows.filter((r) => r.injected);
  const sum = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0);
  const kinds = new Set(injected.map((r) => r.scenario.kind));
  const summary = {
    date: new Date().toISOString(),
    machine: `${cpus().length} cores, ${process.platform} ${process.arch}, node ${process.version}`,
    scenarios: rows.length,
    faultsInjected: injected.length,
    faultKinds: kinds.size + 1, // + the hostile feeds served to every run
    hostileFeedsPerRun: Object.keys(HOSTILE_FEEDS).length,
    survived: rows.filter((r) => r.injected && r.survived).length,
    dealsLost: sum((r) => r.dealsLost),
    dealsDiffering: sum((r) => r.dealsDiffer),
    alertsLost: sum((r) => r.alertsLost),
    alertsDuplicated: sum((r) => r.alertsDuplicated),
    alertsResentAfterCrash: sum((r) => r.alertsResent),
    alertsUnexpected: sum((r) => r.alertsUnexpected),
    notReached: rows.filter((r) => !r.injected).map((r) => r.scenario.id),
    notStartedWithinBound: chosen.filter((c) => !rows.some((r) => r.scenario === c)).map((c) => c.id),
    seconds: Math.round((Date.now() - startedAt) / 1000),
  };
  process.stdout.write(`\n${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(
    `\nfaults injected ${summary.faultsInjected} (${summary.faultKinds} kinds), survived ${summary.survived}, deals lost ${summary.dealsLost} (differing ${summary.dealsDiffering}), alerts lost ${summary.alertsLost}, alerts duplicated ${summary.alertsDuplicated} (+ ${summary.alertsResentAfterCrash} sent again after a kill between publish and ledger mark, counted apart)\n`,
  );
  const clean0 =
    summary.dealsLost + summary.dealsDiffering + summary.alertsLost + summary.alertsDuplicated === 0;
  const enough = summary.faultsInjected >= 20 && summary.faultKinds >= 12;
  return clean0 && summary.survived === summary.faultsInjected && (enough || only.length > 0) ? 0 : 1;
}

function line(r: Row): string {
  const flag = r.injected ? 'injected' : 'not reached';
  return `${r.scenario.id.padEnd(14)} ${r.scenario.kind.padEnd(38)} ${flag.padEnd(12)} ${r.survived ? 'survived' : 'FAILED  '} lives=${r.lives} dealsLost=${r.dealsLost} dealsDiffer=${r.dealsDiffer} alertsLost=${r.alertsLost} alertsDup=${r.alertsDuplicated}${r.alertsResent ? ` resentAfterCrash=${r.alertsResent}` : ''}${r.alertsUnexpected ? ` unexpected=${r.alertsUnexpected}` : ''}${r.note ? `  ${r.note}` : ''}\n`;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `chaos run failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(2);
  },
);
