// `npm run chaos`: the local stack (the `npm start` composition) killed and disturbed at chosen moments, on
// loopback only, each run compared with a clean run. Bounded: every life of the stack is cut at LIFE_BOUND_MS,
// no scenario starts after RUN_BOUND_MS, and at HARD_BOUND_MS every life still running is cut (its scenario then
// counts as not survived). Not part of npm test.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { type DynamoLocal, LOCAL_AWS, startDynamoLocal } from '../../functions/local/dynamo-local';
import { startSnapshotServer } from '../../functions/local/snapshot-server';
import { localTableNames } from '../../functions/store/tables';
import { bundleForNode } from '../support/node-bundle';
import { compareAlerts, type Observed, readOutbox } from './compare';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SNAPSHOT_DIR = join(ROOT, 'demo', 'snapshot');
const NEWS_FIXTURES = join(ROOT, 'test', 'fixtures', 'news');
const LIFE_BOUND_MS = 180_000;
const RUN_BOUND_MS = 9 * 60_000;
const HARD_BOUND_MS = 15 * 60_000;
/**
 * Scenarios at once: a life spends most of its time waiting (EDGAR's pace, the feeds' per-host pace, lockouts,
 * DynamoDB Local), so twice the cores, at least 4, at most 8 (CHAOS_CONCURRENCY to choose).
 */
const CONCURRENCY = concurrency(process.env.CHAOS_CONCURRENCY);
/**
 * What the stack is told of the delivery ledger's stale-claim time (STALE_CLAIM_SECONDS; the product's
 * is 70 s): a delivery claimed by a killed life is taken over and sent by the next life after this long instead.
 * The mechanism is the same ledger condition.
 */
const STALE_CLAIM_SECONDS_TOLD = 15;

function concurrency(setting: string | undefined): number {
  if (setting === undefined) return Math.min(8, Math.max(4, cpus().length * 2));
  const n = Number(setting);
  if (!Number.isInteger(n) || n < 1 || n > 32)
    throw new Error(`CHAOS_CONCURRENCY must be a whole number from 1 to 32, not ${JSON.stringify(setting)}`);
  return n;
}
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
  ms: number;
  /** A finished life's own account (stack-process.ts): load, start, pass, stop and cpu, in ms. */
  phases: Record<string, number> | null;
}

/** Past it (HARD_BOUND_MS after the run's start) every life still running is cut. */
let hardDeadline = Number.POSITIVE_INFINITY;

/**
 * The stack process bundled once, its packages with it: each of the ~40 lives then starts as one plain
 * JavaScript file instead of compiling the TypeScript tree again and resolving hundreds of package files (about
 * 0.4 s of CPU instead of 0.7 s on this machine). One file a run, so two runs never share it.
 */
async function bundleStackProcess(work: string): Promise<string> {
  const outfile = join(work, 'stack-process.mjs');
  await bundleForNode(join(ROOT, 'test', 'chaos', 'stack-process.ts'), outfile);
  return outfile;
}

/** Set once bundled (main). */
let stackBundle = '';

function life(env: NodeJS.ProcessEnv, onStart?: () => void): Promise<Life> {
  return new Promise((res) => {
    const child = spawn(process.execPath, [stackBundle], {
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
    const from = Date.now();
    const cut = setTimeout(
      () => child.kill('SIGKILL'),
      Math.max(0, Math.min(LIFE_BOUND_MS, hardDeadline - from)),
    );
    onStart?.();
    child.once('exit', (code, signal) => {
      clearTimeout(cut);
      const reported = stdout.match(/^CHAOS-PHASES (.*)$/m)?.[1];
      const outcome = stdout.includes('CHAOS-DONE')
        ? 'done'
        : signal === 'SIGKILL' && env.CHAOS_KILL_AT
          ? 'killed'
          : signal
            ? 'cut'
            : 'exited';
      res({
        outcome,
        code,
        stderr,
        ms: Date.now() - from,
        phases: reported ? (JSON.parse(reported) as Record<string, number>) : null,
      });
    });
  });
}

async function scanAll(doc: DynamoDBDocumentClient, table: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** What a scenario's last life left: beyond deals and alerts, any work not settled (it must be none). */
interface Settled {
  /** Delivery ledger rows still `claimed`: an alert neither sent nor given back. */
  claimsLeft: number;
  /** Filing records not `done` or `skipped`. */
  filingsUnfinished: number;
  /** Lines in dead-letters.jsonl (filing jobs or alert batches given up on). */
  deadLetters: number;
}

async function observe(
  doc: DynamoDBDocumentClient,
  prefix: string,
  dataDir: string,
): Promise<Observed & Settled> {
  const names = localTableNames(prefix);
  const deals = new Map<string, string>();
  for (const d of await scanAll(doc, names.deals)) {
    const sources = ((d.sources as { id: string }[] | undefined) ?? []).map((s) => s.id).sort();
    deals.set(String(d.id), `${d.valueUsd}|${d.status}|${d.confirmedByFiling}|${sources.join(',')}`);
  }
  const claims = (await scanAll(doc, names.deliveries)).filter((d) => d.state === 'claimed');
  const filings = (await scanAll(doc, names.filings)).filter(
    (f) => f.state !== 'done' && f.state !== 'skipped',
  );
  const deadLetters = await readFile(join(dataDir, 'dead-letters.jsonl'), 'utf8').catch(() => '');
  return {
    deals,
    ...readOutbox(await readOutboxText(dataDir)),
    claimsLeft: claims.length,
    filingsUnfinished: filings.length,
    deadLetters: deadLetters.split('\n').filter(Boolean).length,
  };
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
  /** Work the last life left unsettled: claims, unfinished filings, dead letters (each must be 0). */
  unsettled: number;
  seconds: number;
  /** Seconds from the run's start to this scenario's start (none starts after RUN_BOUND_MS). */
  startedAtS: number;
  /** Each life: its outcome, wall time and, when it finished, its own phases. */
  lifeRecords: Life[];
  note: string;
}

async function main(): Promise<number> {
  const startedAt = Date.now();
  hardDeadline = startedAt + HARD_BOUND_MS;
  const loadAtStart = loadavg();
  const work = await mkdtemp(join(tmpdir(), 'cca-chaos-'));
  stackBundle = await bundleStackProcess(work);
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
      STALE_CLAIM_SECONDS: String(STALE_CLAIM_SECONDS_TOLD),
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
    `clean run: ${expected.deals.size} deals, ${[...expected.told.values()].reduce((a, l) => a + l.length, 0)} alerts to ${expected.told.size} subscriber x deal pairs (${lifeTime(clean)})${unsettledNotes(expected).map((n) => `; ${n}`)}\n`,
  );

  const run = async (scenario: Scenario): Promise<Row> => {
    const from = Date.now();
    const dataDir = join(work, scenario.id);
    modes.set(scenario.id, modeState(scenario.mode ?? 'none'));
    let injected = false;
    const lives: Life[] = [];
    const live = async (env: NodeJS.ProcessEnv, onStart?: () => void) => {
      const one = await life(env, onStart);
      lives.push(one);
      return one;
    };
    // The outage gets a DynamoDB Local of its own: it runs beside the other scenarios without disturbing them.
    const own = scenario.killDynamo
      ? await startDynamoLocal({ dataDir: join(work, `dynamodb-${scenario.id}`) })
      : null;
    let db: DynamoLocal = own ?? dynamo;
    const port = Number(new URL(db.endpoint).port);
    let restarted: Promise<void> = Promise.resolve();
    const first = await live(envFor(scenario.id, dataDir, db.endpoint, scenario.killAt), () => {
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
      if (scenario.killDynamo || scenario.mode) last = await live(envFor(scenario.id, dataDir, db.endpoint));
      // Restart until a life finishes its pass (a kill may leave work for the next start).
      for (let i = 0; i < 2 && last.outcome !== 'done'; i++)
        last = await live(envFor(scenario.id, dataDir, db.endpoint));
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
    notes.push(...unsettledNotes(seen));
    const survived = last.outcome === 'done';
    if (!survived) notes.push(`last life ${last.outcome}: ${last.stderr.split('\n').slice(-3).join(' / ')}`);
    return {
      scenario,
      injected,
      survived,
      lives: lives.length,
      dealsLost,
      dealsDiffer,
      alertsLost: alerts.lost.length,
      alertsDuplicated: alerts.duplicated,
      alertsResent: alerts.resentAfterCrash,
      alertsUnexpected: alerts.unexpected.length,
      unsettled: seen.claimsLeft + seen.filingsUnfinished + seen.deadLetters,
      seconds: Math.round((Date.now() - from) / 1000),
      startedAtS: Math.round((from - startedAt) / 1000),
      lifeRecords: lives,
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
  const dynamoCpu = cpuSeconds(dynamo.pid);
  await dynamo.stop();

  const injected = rows.filter((r) => r.injected);
  const sum = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0);
  const kinds = new Set(injected.map((r) => r.scenario.kind));
  const summary = {
    date: new Date().toISOString(),
    machine: `${cpus().length} cores, ${process.platform} ${process.arch}, node ${process.version}`,
    loadAverage: { atStart: loadAtStart.map((l) => l.toFixed(1)), atEnd: loadavg().map((l) => l.toFixed(1)) },
    concurrency: CONCURRENCY,
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
    unsettled: sum((r) => r.unsettled),
    lives: sum((r) => r.lives),
    timeInLives: phaseTotals(rows),
    lastScenarioStartedAtS: Math.max(0, ...rows.map((r) => r.startedAtS)),
    dynamoDbLocalCpuS: dynamoCpu,
    notReached: rows.filter((r) => !r.injected).map((r) => r.scenario.id),
    notStartedWithinBound: chosen.filter((c) => !rows.some((r) => r.scenario === c)).map((c) => c.id),
    seconds: Math.round((Date.now() - startedAt) / 1000),
    /** The run's DynamoDB files, DATA_DIRs (outboxes, dead letters) and bundle, kept to look into. */
    workDir: work,
  };
  process.stdout.write(`\n${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(
    `\nfaults injected ${summary.faultsInjected} (${summary.faultKinds} kinds), survived ${summary.survived}, deals lost ${summary.dealsLost} (differing ${summary.dealsDiffering}), alerts lost ${summary.alertsLost}, alerts duplicated ${summary.alertsDuplicated} (+ ${summary.alertsResentAfterCrash} sent again after a kill between publish and ledger mark, counted apart)\n`,
  );
  const clean0 =
    summary.dealsLost +
      summary.dealsDiffering +
      summary.alertsLost +
      summary.alertsDuplicated +
      summary.unsettled ===
    0;
  const enough = summary.faultsInjected >= 20 && summary.faultKinds >= 12;
  return clean0 && summary.survived === summary.faultsInjected && (enough || only.length > 0) ? 0 : 1;
}

function line(r: Row): string {
  const flag = r.injected ? 'injected' : 'not reached';
  return `${r.scenario.id.padEnd(14)} ${r.scenario.kind.padEnd(38)} ${flag.padEnd(12)} ${r.survived ? 'survived' : 'FAILED  '} ${String(r.seconds).padStart(4)} s lives=${r.lives} dealsLost=${r.dealsLost} dealsDiffer=${r.dealsDiffer} alertsLost=${r.alertsLost} alertsDup=${r.alertsDuplicated}${r.alertsResent ? ` resentAfterCrash=${r.alertsResent}` : ''}${r.alertsUnexpected ? ` unexpected=${r.alertsUnexpected}` : ''}${r.unsettled ? ` unsettled=${r.unsettled}` : ''}${r.note ? `  ${r.note}` : ''}\n    lives: ${r.lifeRecords.map(lifeTime).join(' | ')}\n`;
}

/** One life as `done 41 s (load 0.6 start 3.1 pass 33.0 stop 0.1 cpu 9.8)`. */
function lifeTime(l: Life): string {
  const phases = l.phases
    ? ` (${Object.entries(l.phases)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
        .join(' ')})`
    : '';
  return `${l.outcome} ${Math.round(l.ms / 1000)} s${phases}`;
}

/** CPU seconds a process has used so far (Linux's /proc; null elsewhere): the shared DynamoDB Local's share. */
function cpuSeconds(pid: number | null): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Math.round((Number(fields[11]) + Number(fields[12])) / 100);
  } catch {
    return null;
  }
}

function unsettledNotes(s: Settled): string[] {
  const notes: string[] = [];
  if (s.claimsLeft) notes.push(`${s.claimsLeft} delivery claim(s) left`);
  if (s.filingsUnfinished) notes.push(`${s.filingsUnfinished} filing(s) not done`);
  if (s.deadLetters) notes.push(`${s.deadLetters} dead letter(s)`);
  return notes;
}

/** Seconds spent in each phase over every finished life, and in lives that did not finish (killed or cut). */
function phaseTotals(rows: Row[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const r of rows)
    for (const l of r.lifeRecords) {
      const parts = l.phases ?? { [`${l.outcome}Lives`]: l.ms };
      for (const [k, v] of Object.entries(parts)) totals[k] = (totals[k] ?? 0) + v / 1000;
    }
  return Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Math.round(v)]));
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
