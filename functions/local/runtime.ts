// The local platform: the same capability compositions as Lambda (functions/compositions.ts), on DynamoDB
// Local, with an in-process queue instead of SQS, DynamoDB Local's own change stream instead of the Lambda
// event source, the outbox instead of SNS, and timers instead of EventBridge.
import { constants } from 'node:fs';
import { access, appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { type ServerType, serve } from '@hono/node-server';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { createOutboxChannel } from '../channels/outbox';
import {
  composeApi,
  composeDeliverAlerts,
  composeEdgarPoll,
  composeFilingWorker,
  composeNewsPoll,
  composeNotify,
  type DealListCache,
  dealListCache,
  edgarPollDeps,
  type Platform,
} from '../compositions';
import { type Config, required } from '../config';
import { extractMentions } from '../core/extract';
import type { FilingLane } from '../core/filing-lanes';
import type { DeliveryBatch } from '../core/ports/channels';
import type { Logger } from '../core/ports/log';
import { noMetrics } from '../core/ports/metrics';
import type { FeedConfig } from '../core/ports/news';
import type { FilingJob, Subscription } from '../core/types';
import { createEdgarHttpClient, EdgarClient } from '../sources/edgar/client';
import { PUBLIC_AND_LOOPBACK_HOSTS } from '../sources/http';
import { createHttpFeedSource, createNewsHttpClient } from '../sources/news/feed-source';
import { ensureTables } from '../store/bootstrap';
import { createDocumentClient } from '../store/client';
import { createRepositories, type Repositories } from '../store/repositories';
import { localTableNames } from '../store/tables';
import { type BackfillDay, backfillEdgar, type EdgarBackfillReport } from '../use-cases/backfill-edgar';
import { type CorrectionInput, type CorrectionResult, correctDeal } from '../use-cases/correct-deal';
import { type MigrationReport, migrateDealIds } from '../use-cases/migrate-deal-ids';
import { type IndexMigrationReport, migrateDealIndex } from '../use-cases/migrate-deal-index';
import { resumeUnfinishedFilings } from '../use-cases/resume-filings';
import { afterCall, beforeCall, chaosPoint } from './chaos-hook';
import { type DynamoLocal, LOCAL_AWS, startDynamoLocal } from './dynamo-local';
import { edgarUnreachable, nextEdgarPollMs } from './edgar-backoff';
import { fileErrorText } from './file-error-text';
import { type DeadLetter, InProcessQueue, type QueueBacklog } from './in-process-queue';
import { LocalLanes } from './local-lanes';
import { StreamPoller } from './stream-poller';

/** The alert queue's first retry of a failed delivery: a claim held by a live batch is sent by then. */
export const BUSY_RECHECK_MS = 2_000;
/** Receives of an alert batch before it goes to the local dead letters. */
export const ALERT_MAX_RECEIVES = 4;

/** Receives of a filing job before it goes to the local dead letters: five, as the filing queues' in AWS. */
export const FILING_MAX_RECEIVES = 5;

/**
 * How long a failed filing job waits before its next receive: 2, 4, 8, 16 s, so that a store outage of half a
 * minute (DynamoDB Local restarting) or a run of EDGAR 5xx is outlasted in the same life, as SQS's visibility
 * timeout outlasts it in AWS. Retries 1 s and 2 s apart dead-lettered every filing in flight within 3 s of an
 * outage (`npm run chaos -- d-kill`), and they waited for the next start.
 */
export function filingRetryDelayMs(receives: number): number {
  return 1000 * 2 ** receives;
}

/**
 * How long a failed alert batch waits before its next receive. A busy delivery is most often held by another
 * batch of this process that is publishing it now (two changes of one deal in flight at once): looked at again
 * soon. One claimed by a process killed before it published stays busy until the claim is stale: the later
 * retries come after that (as SQS's visibility timeout does in AWS), so the next start sends it. Before, every
 * retry waited the stale time times the receive count, which held an alert back 70 s behind a live batch.
 */
export function alertRetryDelayMs(receives: number, staleClaimMs: number): number {
  return receives === 1 ? BUSY_RECHECK_MS : staleClaimMs;
}

export interface LocalStackOptions {
  config: Config;
  feeds: FeedConfig[];
  log: Logger;
  print: (text: string) => void;
  /** Keep DynamoDB Local's files in DATA_DIR (npm start) or in memory (the demo starts clean every time). */
  persist: boolean;
  /** Serve the API on config.port. */
  serveApi: boolean;
  /** An already running DynamoDB Local to use (and leave running) instead of starting one: the chaos run. */
  dynamoEndpoint?: string;
  /** Table name prefix (default `cca-`): runs that share one DynamoDB Local keep apart. */
  tablePrefix?: string;
}

export interface PassReport {
  edgar: unknown;
  news: unknown;
}

export interface LocalStack {
  apiUrl: string | null;
  /** One EDGAR poll and one news poll, then waits until the queue and the change stream are drained. */
  runOnce(): Promise<PassReport>;
  /** The pollers on their schedules until stop(). */
  startSchedules(): void;
  /** Each filing lane's depth and oldest message age (what the AWS dashboard shows of the two queues). */
  backlog(): Record<FilingLane, QueueBacklog>;
  backfill(
    opts: { from: string; to: string; query?: string },
    progress?: (day: BackfillDay) => void,
  ): Promise<EdgarBackfillReport>;
  addSubscription(sub: Subscription): Promise<void>;
  /** An operator's correction of a deal (the CLI's `deal` verbs). */
  correctDeal(id: string, input: CorrectionInput): Promise<CorrectionResult>;
  /** The one-shot rewrite of pair-keyed deals to contract ids. */
  migrateDealIds(): Promise<MigrationReport>;
  /** The backfill of index keys added since the deals were written (resumable from a logged cursor). */
  migrateDealIndex(from: string | null): Promise<IndexMigrationReport>;
  outboxFile: string;
  stop(): Promise<void>;
}

/** The API's port is taken (often a demo still running): the user picks another, no trace needed. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(port: number) {
    super(
      `port ${port} is in use (another npm start or demo?): stop it, or set PORT to a free port, e.g. PORT=3001`,
    );
  }
}

/** DATA_DIR cannot hold the local state (a file in the way, no permission, a read-only disk). */
export class DataDirError extends Error {
  override readonly name = 'DataDirError';
  constructor(dir: string, reason: string) {
    super(
      `DATA_DIR "${dir}" cannot hold the local state (${reason}): set DATA_DIR to a writable directory, e.g. DATA_DIR=/tmp/cca npm start`,
    );
  }
}

async function prepareDataDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (err) {
    throw new DataDirError(dir, fileErrorText(err));
  }
}

export async function startLocalStack(opts: LocalStackOptions): Promise<LocalStack> {
  const { config, log } = opts;
  // Any filing claim written before this moment belongs to an earlier process, whose in-memory queue is gone.
  const startedAt = new Date();
  const userAgent = required(
    config.secUserAgent,
    'SEC_USER_AGENT',
    'to poll EDGAR: SEC fair access asks every client to declare itself, e.g. SEC_USER_AGENT="Acme Research ops@acme.com" npm start',
  );
  await prepareDataDir(config.dataDir);
  const dynamo: DynamoLocal = opts.dynamoEndpoint
    ? { endpoint: opts.dynamoEndpoint, pid: null, stop: async () => {} }
    : await startDynamoLocal({ dataDir: opts.persist ? join(config.dataDir, 'dynamodb') : null });
  log.info('DynamoDB Local is up', { endpoint: dynamo.endpoint });
  try {
    return await composeLocalStack(opts, dynamo, startedAt, userAgent);
  } catch (err) {
    // A failed start (the API port in use, tables that cannot be made) must not leave DynamoDB Local behind.
    await dynamo.stop();
    throw err;
  }
}

async function composeLocalStack(
  opts: LocalStackOptions,
  dynamo: DynamoLocal,
  startedAt: Date,
  userAgent: string,
): Promise<LocalStack> {
  const { config, log } = opts;

  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint });
  const doc = createDocumentClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint });
  const names = localTableNames(opts.tablePrefix ?? 'cca-');
  await ensureTables(client, names);
  const clock = () => new Date();
  const staleClaimMs = config.staleClaimSeconds * 1000;
  const store = withChaosPoints(
    createRepositories(doc, names, { filings: { retentionDays: config.filingRetentionDays }, staleClaimMs }),
  );
  // One process runs each poller on its own timer: no lease. No CloudWatch: no metrics.
  const platform: Platform = { config, store, log, metrics: noMetrics, clock, leases: null };
  const outboxFile = join(config.dataDir, 'outbox.jsonl');
  const channel = afterCall(
    createOutboxChannel({ file: outboxFile, print: opts.print }),
    'publish',
    'publish',
  );

  // EDGAR: one fair-access client for every caller in this process, in which the current-reports lane (and the
  // poller) is served first and the periodic lane gets what it leaves (issue 15).
  const { http: edgarHttp } = createEdgarHttpClient({
    userAgent,
    maxRps: config.edgarMaxRps,
    lockoutMs: config.edgarLockoutSeconds * 1000,
  });
  const edgarFor = (lane: FilingLane) =>
    afterCall(
      afterCall(
        new EdgarClient({ http: edgarHttp, baseUrl: config.edgarBaseUrl, lane }),
        'currentFeedPage',
        'poll',
      ),
      'submission',
      'worker',
    );
  const edgar = edgarFor('current');
  const deadLetterFile = join(config.dataDir, 'dead-letters.jsonl');
  const onDeadLetter = (letter: DeadLetter & { lane?: FilingLane }) =>
    appendFile(deadLetterFile, `${JSON.stringify({ at: clock().toISOString(), ...letter })}\n`);
  const lanes = new LocalLanes(
    (lane) =>
      new InProcessQueue<FilingJob>(
        composeFilingWorker(platform, { edgar: lane === 'current' ? edgar : edgarFor(lane) }),
        {
          log,
          // An 8-K is handled as soon as it comes, not after four others.
          batchSize: lane === 'current' ? 1 : 5,
          // Two invocations at a time, as each lane's event source in AWS (maxConcurrency 2): one worker's fetch
          // waits on the EDGAR budget while the other extracts and stores.
          concurrency: 2,
          onDeadLetter: (letter) => onDeadLetter({ lane, ...letter }),
          retryDelayMs: filingRetryDelayMs,
          maxReceiveCount: FILING_MAX_RECEIVES,
          // After EDGAR's rate-threshold page the lanes wait the lockout out, then retry what failed.
          pausedForMs: () => edgarHttp.blockedForMs(),
        },
      ),
    log,
  );
  const queue = beforeCall(lanes.router, 'send', 'queue');
  const edgarDeps = edgarPollDeps(platform, edgar, queue);
  await resumeUnfinishedFilings(edgarDeps, { claimedBefore: startedAt });
  const edgarPoll = composeEdgarPoll(platform, { edgar, queue });

  // Loopback feeds too: the demo's snapshot server and a developer's fixtures.
  const fetchFeed = createHttpFeedSource({
    http: createNewsHttpClient({ userAgent, hostGuard: PUBLIC_AND_LOOPBACK_HOSTS }),
  });
  const newsPoll = composeNewsPoll(platform, { fetchFeed, feeds: opts.feeds, extract: extractMentions });

  // Alerts go the way they go in AWS: notify queues the batches, the delivery capability sends them.
  const alertQueue = new InProcessQueue<DeliveryBatch>((event) => deliverAlerts(event), {
    log,
    name: 'alert delivery',
    // Two deliveries at a time, as the delivery function's event source in AWS (maxConcurrency 2).
    concurrency: 2,
    onDeadLetter,
    // A busy delivery is looked at again after 2 s (another batch of this process holds the claim for
    // milliseconds), then once the claim of a process killed before it published has gone stale (as SQS's
    // visibility timeout does in AWS), so the next start sends it.
    retryDelayMs: (receives) => alertRetryDelayMs(receives, staleClaimMs),
    maxReceiveCount: ALERT_MAX_RECEIVES,
  });
  const deliverAlerts = composeDeliverAlerts(platform, { channel, queue: alertQueue });

  // The API's deals-list pages are emptied by every change the deals' stream shows, before notify sees it.
  const listCache = dealListCache(platform);
  const streamPoller = new StreamPoller({
    dynamo: client,
    streams: new DynamoDBStreamsClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint }),
    tableName: names.deals,
    handler: beforeHandling(invalidatingOnChange(listCache, composeNotify(platform, { queue: alertQueue }))),
    log,
  });

  let server: ServerType | null = null;
  let apiUrl: string | null = null;
  if (opts.serveApi) {
    const app = composeApi(platform, {
      channel,
      feeds: opts.feeds,
      publicBaseUrl: config.publicBaseUrl ?? `http://127.0.0.1:${config.port}`,
      listCache,
    });
    server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: config.port, hostname: '127.0.0.1' }, () => resolve(s));
      s.once('error', (err: NodeJS.ErrnoException) =>
        reject(err.code === 'EADDRINUSE' ? new PortInUseError(config.port) : err),
      );
    });
    apiUrl = `http://127.0.0.1:${config.port}`;
  }

  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number, task: () => Promise<unknown>) => {
    let running = false;
    const tick = async () => {
      if (running) return; // a slow pass is never overlapped by the next one
      running = true;
      await task().catch(() => {}); // the handler has logged it; the next tick tries again
      running = false;
    };
    void tick();
    timers.push(setInterval(tick, ms));
  };
  // EDGAR out of reach (a laptop offline, DNS, an outage): each failed poll doubles the wait, up to 5 minutes,
  // said on one line; the API keeps serving what is stored.
  let edgarTimer: NodeJS.Timeout | undefined;
  let stopped = false;
  let edgarFailures = 0;
  const pollEdgarWithBackoff = async () => {
    const outcome = await edgarPoll({}).catch(() => null); // the handler has logged it
    const unreachable = outcome === null || edgarUnreachable(outcome) !== null;
    if (!unreachable && edgarFailures > 0) log.info('EDGAR reachable again', { failedPolls: edgarFailures });
    edgarFailures = unreachable ? edgarFailures + 1 : 0;
    const wait = nextEdgarPollMs(config.edgarPollSeconds * 1000, edgarFailures);
    if (unreachable)
      log.warn(`EDGAR unreachable: next poll in ${Math.round(wait / 1000)} s`, {
        failedPolls: edgarFailures,
      });
    if (!stopped) edgarTimer = setTimeout(pollEdgarWithBackoff, wait);
  };

  return {
    apiUrl,
    outboxFile,
    async runOnce() {
      const edgarReport = await edgarPoll({}).catch((err: unknown) => ({ error: String(err) }));
      const newsReport = await newsPoll({}).catch((err: unknown) => ({ error: String(err) }));
      await lanes.idle();
      await streamPoller.drain();
      await alertQueue.idle();
      return { edgar: edgarReport, news: newsReport };
    },
    backlog: () => lanes.backlog(),
    startSchedules() {
      void pollEdgarWithBackoff();
      every(30_000, async () => lanes.watch());
      every(60_000, () => newsPoll({}));
      streamPoller.start();
    },
    async backfill(range, progress) {
      const deps = progress ? { ...edgarDeps, progress } : edgarDeps;
      const report = await backfillEdgar(deps, { ...range, forms: config.edgarForms });
      await lanes.idle();
      await streamPoller.drain();
      await alertQueue.idle();
      return report;
    },
    async addSubscription(sub) {
      await store.subscriptions.put(sub);
    },
    correctDeal: (id, input) => correctDeal({ deals: store.deals, clock }, id, input),
    migrateDealIds: () => migrateDealIds({ deals: store.deals, clock, log }),
    migrateDealIndex: (from) => migrateDealIndex({ deals: store.deals, log }, { from }),
    async stop() {
      stopped = true;
      clearTimeout(edgarTimer);
      for (const t of timers) clearInterval(t);
      await streamPoller.stop();
      await lanes.idle();
      await alertQueue.idle();
      if (server) await new Promise((resolve) => server?.close(resolve));
      await dynamo.stop();
    },
  };
}

/** The chaos run's kill points on the store (no-ops unless CHAOS_KILL_AT names one of them). */
function withChaosPoints(store: Repositories): Repositories {
  return {
    ...store,
    filings: afterCall(afterCall(store.filings, 'putIfNew', 'record'), 'setState', 'claim'),
    deals: afterCall(store.deals, 'save', 'merge'),
    newsItems: afterCall(store.newsItems, 'putIfNew', 'news'),
    state: afterCall(store.state, 'put', 'cursor'),
    deliveries: afterCall(store.deliveries, 'claim', 'ledger'),
  };
}

/** A stream handler that first empties the deals-list cache when its batch holds any change. */
export function invalidatingOnChange<R>(
  cache: DealListCache,
  handler: (event: DynamoDBStreamEvent) => Promise<R>,
): (event: DynamoDBStreamEvent) => Promise<R> {
  return (event) => {
    if (event.Records.length > 0) cache.invalidate();
    return handler(event);
  };
}

function beforeHandling<E, R>(handler: (event: E) => Promise<R>): (event: E) => Promise<R> {
  return (event) => {
    chaosPoint('stream');
    return handler(event);
  };
}
