// `npm run bench -- --scenario earnings` (issue 15): the local stack (the `npm start` composition, DynamoDB Local
// in memory) against a loopback EDGAR serving a busy day before a 10-Q deadline: 1,000 periodic reports of
// realistic sizes and 100 current reports arriving over 10 minutes, a few deals among both. Reports the 8-K
// filing→alert latency under load, the periodic lane's drain time, EDGAR requests/s, bytes per filing, and
// deals lost / alerts duplicated. Bounded: the run stops 14 minutes after the burst starts.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { mkdtemp, readFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { loadConfig } from '../functions/config';
import { laneOf } from '../functions/core/filing-lanes';
import { createConsoleLogger } from '../functions/local/console-logger';
import { LOCAL_AWS, startDynamoLocal } from '../functions/local/dynamo-local';
import { startLocalStack } from '../functions/local/runtime';
import { type BenchFiling, busyDay, fullSubmissionBytes } from './earnings/busy-day';
import { type RequestLog, startEdgarStandIn } from './earnings/edgar-stand-in';

const SHAPE = { periodic: 1000, current: 100, spanMs: 10 * 60_000, seed: 15 };
const RUN_BOUND_MS = 14 * 60_000;
const MAX_RPS = 10;
const USER_AGENT = 'compute-contract-alerts bench bench@example.com';
const PREFIX = 'bench-';

const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
};
const seconds = (ms: number) => Math.round(ms / 100) / 10;

async function scan(doc: DynamoDBDocumentClient, table: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start }));
    out.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
}

/** The most requests in any 1-second window. */
function peakPerSecond(requests: RequestLog[]): number {
  const times = requests.map((r) => r.atMs).sort((a, b) => a - b);
  let peak = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while ((times[j] as number) - (times[i] as number) >= 1000) i++;
    peak = Math.max(peak, j - i + 1);
  }
  return peak;
}

async function main(): Promise<number> {
  const day = busyDay(SHAPE);
  const byAccession = new Map<string, BenchFiling>(day.map((f) => [f.accession, f]));
  // The 429 comes once, about a third into the requests: every lane must wait it out.
  const edgar = await startEdgarStandIn(day, { failOnceAt: 900 });
  const dynamo = await startDynamoLocal({ dataDir: null });
  const dataDir = await mkdtemp(join(tmpdir(), 'cca-bench-earnings-'));
  Object.assign(process.env, {
    EDGAR_BASE_URL: edgar.url,
    EDGAR_MAX_RPS: String(MAX_RPS),
    EDGAR_POLL_SECONDS: '10',
    SEC_USER_AGENT: USER_AGENT,
    DATA_DIR: dataDir,
  });
  const config = loadConfig();
  const stack = await startLocalStack({
    config,
    feeds: [],
    log: createConsoleLogger('error'),
    print: () => {},
    persist: false,
    serveApi: false,
    dynamoEndpoint: dynamo.endpoint,
    tablePrefix: PREFIX,
  });
  await stack.addSubscription({
    id: 'bench-analyst',
    channel: 'email',
    endpoint: 'analyst@example.com',
    minValueUsd: 0,
    minStatus: 'in_talks',
    notifyOn: ['value_up', 'status_up'],
    minConfidence: 0.5,
    companies: [],
    kinds: [],
    createdAt: new Date().toISOString(),
    channelRef: null,
  });
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint }));

  process.stdout.write(
    `earnings day: ${SHAPE.periodic} periodic + ${SHAPE.current} current reports over ${SHAPE.spanMs / 60_000} min, EDGAR_MAX_RPS=${MAX_RPS}\n`,
  );
  const burst = edgar.startBurst();
  stack.startSchedules();
  let maxCurrentAgeMs = 0;
  let maxPeriodicDepth = 0;
  let maxCurrentDepth = 0;
  const sampler = setInterval(() => {
    const b = stack.backlog();
    maxCurrentAgeMs = Math.max(maxCurrentAgeMs, b.current.oldestAgeMs);
    maxCurrentDepth = Math.max(maxCurrentDepth, b.current.depth);
    maxPeriodicDepth = Math.max(maxPeriodicDepth, b.periodic.depth);
  }, 1000);

  let filings: Record<string, unknown>[] = [];
  for (;;) {
    await new Promise((r) => setTimeout(r, 15_000));
    filings = await scan(doc, `${PREFIX}Filings`);
    const finished = filings.filter((f) => f.state === 'done' || f.state === 'skipped').length;
    const elapsed = Date.now() - burst;
    const b = stack.backlog();
    process.stdout.write(
      `  t=${seconds(elapsed)} s: ${finished}/${day.length} filings done; lanes current ${b.current.depth} (oldest ${seconds(b.current.oldestAgeMs)} s), periodic ${b.periodic.depth}; ${edgar.requests.length} EDGAR requests\n`,
    );
    if ((finished === day.length && elapsed > SHAPE.spanMs) || elapsed > RUN_BOUND_MS) break;
  }
  clearInterval(sampler);
  // Let the stream poller hand the last deal changes to notify.
  await new Promise((r) => setTimeout(r, 5_000));
  const cutAt = Date.now();
  const deals = await scan(doc, `${PREFIX}Deals`);
  // No stack.stop(): it would drain whatever the periodic lane still holds. The process exits below, and
  // DynamoDB Local (in memory) goes with it.
  await dynamo.stop();

  // Filing → processed, per lane.
  const processed = { current: [] as number[], periodic: [] as number[] };
  let unfinished = 0;
  let lastPeriodicDone = 0;
  for (const f of filings) {
    const planned = byAccession.get(String(f.accession));
    if (!planned) continue;
    if (f.state !== 'done' && f.state !== 'skipped') {
      unfinished++;
      continue;
    }
    const doneAt = Date.parse(String(f.updatedAt));
    processed[laneOf(planned.formType)].push(doneAt - (burst + planned.arrivesAtMs));
    if (laneOf(planned.formType) === 'periodic') lastPeriodicDone = Math.max(lastPeriodicDone, doneAt);
  }
  unfinished += day.length - filings.length;

  // Filing → alert for the planted deals.
  const outbox = (await readFile(join(dataDir, 'outbox.jsonl'), 'utf8').catch(() => ''))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { at: string; dealId: string; subscriptionId: string; changeKey: string });
  const firstAlert = new Map<string, number>();
  const perKey = new Map<string, number>();
  for (const a of outbox) {
    const t = Date.parse(a.at);
    firstAlert.set(a.dealId, Math.min(firstAlert.get(a.dealId) ?? t, t));
    const key = `${a.subscriptionId}|${a.dealId}|${a.changeKey}`;
    perKey.set(key, (perKey.get(key) ?? 0) + 1);
  }
  const dealOf = new Map<string, string>();
  for (const d of deals) {
    for (const s of (d.sources as { id: string }[] | undefined) ?? [])
      dealOf.set(s.id.split('/')[0] as string, String(d.id));
  }
  const alertLatency = { current: [] as number[], periodic: [] as number[] };
  let dealsLost = 0;
  for (const f of day.filter((x) => x.deal)) {
    const dealId = dealOf.get(f.accession);
    const at = dealId ? firstAlert.get(dealId) : undefined;
    if (at === undefined) dealsLost++;
    else alertLatency[laneOf(f.formType)].push(at - (burst + f.arrivesAtMs));
  }
  const duplicated = [...perKey.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);

  // Fair access, from the stand-in's own log.
  const busyRequests = edgar.requests.filter((r) => r.atMs <= cutAt);
  const spanS = busyRequests.length
    ? ((busyRequests.at(-1)?.atMs ?? 0) - (busyRequests[0]?.atMs ?? 0)) / 1000
    : 0;
  const throttle = busyRequests.findIndex((r) => r.status === 429);
  const afterThrottle = throttle >= 0 ? busyRequests[throttle + 1] : undefined;
  const backoffMs =
    throttle >= 0 && afterThrottle ? afterThrottle.atMs - (busyRequests[throttle] as RequestLog).atMs : null;
  const bytesBy = new Map<string, number>();
  for (const r of busyRequests)
    if (r.accession) bytesBy.set(r.accession, (bytesBy.get(r.accession) ?? 0) + r.bytes);
  const bytes = (lane: 'current' | 'periodic') => {
    // Over the filings the worker read (past the cut some were never fetched).
    const set = day.filter((f) => laneOf(f.formType) === lane && (bytesBy.get(f.accession) ?? 0) > 0);
    const after = set.reduce((n, f) => n + (bytesBy.get(f.accession) ?? 0), 0) / Math.max(1, set.length);
    const before = set.reduce((n, f) => n + fullSubmissionBytes(f), 0) / Math.max(1, set.length);
    return { filings: set.length, beforeKB: Math.round(before / 1024), afterKB: Math.round(after / 1024) };
  };

  const summary = {
    date: new Date().toISOString(),
    machine: `${cpus().length} cores, ${process.platform} ${process.arch}, node ${process.version}`,
    filings: {
      periodic: SHAPE.periodic,
      current: SHAPE.current,
      overMinutes: SHAPE.spanMs / 60_000,
      unfinished,
    },
    currentAlertLatencyS: {
      n: alertLatency.current.length,
      p50: seconds(percentile(alertLatency.current, 50)),
      p99: seconds(percentile(alertLatency.current, 99)),
    },
    currentProcessedLatencyS: {
      n: processed.current.length,
      p50: seconds(percentile(processed.current, 50)),
      p99: seconds(percentile(processed.current, 99)),
    },
    periodicAlertLatencyS: {
      n: alertLatency.periodic.length,
      max: seconds(Math.max(...alertLatency.periodic)),
    },
    periodicProcessedLatencyS: {
      p50: seconds(percentile(processed.periodic, 50)),
      p99: seconds(percentile(processed.periodic, 99)),
    },
    periodicDrainS: seconds(lastPeriodicDone - burst),
    backlog: { maxCurrentDepth, maxCurrentAgeS: seconds(maxCurrentAgeMs), maxPeriodicDepth },
    edgar: {
      requests: busyRequests.length,
      meanPerS: Math.round((busyRequests.length / Math.max(1, spanS)) * 100) / 100,
      peakIn1s: peakPerSecond(busyRequests),
      budget: MAX_RPS,
      undeclaredUserAgent: busyRequests.filter((r) => r.userAgent !== USER_AGENT).length,
      backoffAfter429S: backoffMs === null ? null : seconds(backoffMs),
    },
    bytesPerFiling: { current: bytes('current'), periodic: bytes('periodic') },
    dealsPlanted: day.filter((f) => f.deal).length,
    dealsLost,
    alertsDuplicated: duplicated,
  };
  process.stdout.write(`\n${JSON.stringify(summary, null, 2)}\n`);
  const ok =
    unfinished === 0 &&
    dealsLost === 0 &&
    duplicated === 0 &&
    summary.edgar.peakIn1s <= MAX_RPS &&
    summary.edgar.undeclaredUserAgent === 0;
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`earnings bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(2);
  },
);
