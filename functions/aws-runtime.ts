// The Lambda platform: configuration read once per container, one SDK client per service (DynamoDB at module
// scope, SQS and SNS when a function first needs one), adapters built on them. Each entry point (functions/*.ts) hands what it needs from here to its capability's
// composition (functions/compositions.ts), which the local runner shares.
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { MetricUnit, Metrics as PowertoolsMetrics } from '@aws-lambda-powertools/metrics';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Context } from 'aws-lambda';
import { createLaneRouter } from './channels/lane-router';
import { createSnsChannel, createSnsOptOutList } from './channels/sns';
import { createSqsAlertQueue } from './channels/sqs-alert-queue';
import { createSqsFilingQueue } from './channels/sqs-filing-queue';
import type {
  ApiRepository,
  DeliverAlertsRepository,
  EdgarPollRepository,
  FilingWorkerRepository,
  NewsPollRepository,
  Platform,
} from './compositions';
import { loadConfig, required } from './config';
import type { FilingLane } from './core/filing-lanes';
import type { AlertQueue, FilingQueue } from './core/ports/channels';
import { EDGAR_POLLER_RPS } from './core/ports/edgar';
import type { Logger } from './core/ports/log';
import { METRICS_NAMESPACE, METRICS_SERVICE, type Metrics } from './core/ports/metrics';
import { createEdgarHttpClient, EdgarClient } from './sources/edgar/client';
import { meteredEdgarHttp } from './sources/edgar/metered-http';
import type { HttpClient } from './sources/http';
import { loadFeedRegistry } from './sources/news/feed-registry';
import { createHttpFeedSource, createNewsHttpClient } from './sources/news/feed-source';
import { createDocumentClient } from './store/client';
import { SharedEdgarBudget } from './store/edgar-budget';
import {
  makeDeals,
  makeDeliveries,
  makeFilings,
  makeLeases,
  makeNewsItems,
  makeState,
  makeSubscriptions,
  type Repositories,
  type RepositoryMaker,
  type StoreOptions,
} from './store/repositories';

export const config = loadConfig();
const tables = required(config.tables, 'the *_TABLE variables', 'in Lambda (the CDK stack sets them)');

const powertools = new PowertoolsLogger({
  serviceName: METRICS_SERVICE,
  logLevel: config.logLevel.toUpperCase() as 'INFO',
});
export const log: Logger = {
  debug: (m, f) => powertools.debug(m, f ?? {}),
  info: (m, f) => powertools.info(m, f ?? {}),
  warn: (m, f) => powertools.warn(m, f ?? {}),
  error: (m, f) => powertools.error(m, f ?? {}),
};

const emf = new PowertoolsMetrics({ namespace: METRICS_NAMESPACE, serviceName: METRICS_SERVICE });
export const metrics: Metrics = {
  // A zero is not sent: CloudWatch bills a custom metric for each hour it receives data (docs/cost.md), and no
  // alarm reads a zero (the heartbeats count successes, whose absence breaches).
  count: (name, value = 1) => {
    if (value !== 0) emf.addMetric(name, MetricUnit.Count, value);
  },
};

/**
 * Every entry point goes through this: the Lambda context (request id, function name, cold start) on every log
 * line of the invocation, and the invocation's metrics flushed as one EMF record at its end.
 */
export function instrument<E, R>(
  handler: (event: E, context: Context) => Promise<R>,
): (event: E, context: Context) => Promise<R> {
  return async (event, context) => {
    powertools.addContext(context);
    try {
      return await handler(event, context);
    } finally {
      if (emf.hasStoredMetrics()) emf.publishStoredMetrics();
    }
  };
}

const doc = createDocumentClient();
// SQS and SNS clients are made by the first adapter that needs one, not here: a client made at module scope stays
// in every bundle (esbuild cannot drop a constructor call), and each SDK client costs ~15 ms of import whether the
// function uses it or not. A function that uses one makes it at init all the same (its entry builds the adapter).
let sqsClient: SQSClient | undefined;
let snsClient: SNSClient | undefined;
const sqs = (): SQSClient => (sqsClient ??= new SQSClient({}));
const sns = (): SNSClient => (snsClient ??= new SNSClient({}));

const storeOptions: StoreOptions = { filings: { retentionDays: config.filingRetentionDays } };

/**
 * What a capability gets in Lambda: the repositories it reads, built here (each function builds only its own, so
 * the others' code stays out of its bundle: esbuild keeps whatever a built object references); pollers take
 * their lease, since scheduled invocations may overlap.
 */
function platformWith<K extends keyof Repositories>(
  makers: {
    [P in K]: RepositoryMaker<Repositories[P]>;
  },
): Platform<K> {
  const entries = Object.entries(makers) as [K, RepositoryMaker<Repositories[K]>][];
  const store = Object.fromEntries(entries.map(([k, make]) => [k, make(doc, tables, storeOptions)]));
  return {
    config,
    store: store as Pick<Repositories, K>,
    log,
    metrics,
    clock: () => new Date(),
    leases: makeLeases(doc, tables, storeOptions),
  };
}

export function edgarPollPlatform(): Platform<EdgarPollRepository> {
  return platformWith({ filings: makeFilings, state: makeState });
}

export function filingWorkerPlatform(): Platform<FilingWorkerRepository> {
  return platformWith({ filings: makeFilings, deals: makeDeals });
}

export function newsPollPlatform(): Platform<NewsPollRepository> {
  return platformWith({ deals: makeDeals, newsItems: makeNewsItems, state: makeState });
}

/** Notify, delivery and the SMS opt-out sync. */
export function alertsPlatform(): Platform<DeliverAlertsRepository> {
  return platformWith({ subscriptions: makeSubscriptions, deliveries: makeDeliveries });
}

export function apiPlatform(): Platform<ApiRepository> {
  return platformWith({
    deals: makeDeals,
    filings: makeFilings,
    subscriptions: makeSubscriptions,
    state: makeState,
  });
}

export function alertChannel() {
  return createSnsChannel(sns(), {
    topicPrefix: required(config.alertTopicPrefix, 'ALERT_TOPIC_PREFIX', 'to send alerts'),
    smsPerSecond: config.smsMaxRps,
  });
}

/** SNS's list of the numbers that replied STOP. */
export function smsOptOutList() {
  return createSnsOptOutList(sns());
}

export function alertQueue(): AlertQueue {
  return createSqsAlertQueue(sqs(), required(config.alertQueueUrl, 'ALERT_QUEUE_URL', 'to queue alerts'));
}

let edgarHttp: HttpClient | null = null;

/**
 * The process's EDGAR client. EDGAR_MAX_RPS is the deployment's total: the poller (one lease holder at a time)
 * keeps EDGAR_POLLER_RPS of it in-process, and the filing workers of both lanes share the rest as slots claimed
 * in the state table (store/edgar-budget.ts), so that the poller's ~150,000 requests a month cost no writes.
 */
function deployedEdgarHttp(caller: 'poller' | 'worker'): HttpClient {
  if (!edgarHttp) {
    const userAgent = required(config.secUserAgent, 'SEC_USER_AGENT', 'to call EDGAR (SEC fair access)');
    const limiter =
      caller === 'worker'
        ? new SharedEdgarBudget(doc, tables.state, { ratePerSecond: config.edgarMaxRps - EDGAR_POLLER_RPS })
        : undefined;
    const http = createEdgarHttpClient({
      userAgent,
      maxRps: EDGAR_POLLER_RPS,
      lockoutMs: config.edgarLockoutSeconds * 1000,
      ...(limiter ? { limiter } : {}),
    });
    edgarHttp = meteredEdgarHttp(http.http, metrics);
  }
  return edgarHttp;
}

/** The EDGAR source of the poller, or of a filing lane (a periodic report is served after the 8-Ks). */
export function edgarSource(opts: { lane?: FilingLane; timeoutMs?: number } = {}): EdgarClient {
  return new EdgarClient({
    http: deployedEdgarHttp(opts.lane ? 'worker' : 'poller'),
    baseUrl: config.edgarBaseUrl,
    ...(opts.lane ? { lane: opts.lane } : {}),
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
  });
}

/** The current-reports lane (FILING_QUEUE_URL) and, when deployed, the periodic lane beside it (issue 15). */
export function filingQueue(): FilingQueue {
  const current = createSqsFilingQueue(
    sqs(),
    required(config.filingQueueUrl, 'FILING_QUEUE_URL', 'to queue filings'),
  );
  if (!config.periodicFilingQueueUrl) return current;
  return createLaneRouter({ current, periodic: createSqsFilingQueue(sqs(), config.periodicFilingQueueUrl) });
}

/** The deployed feed list: the checked-in default, or NEWS_FEEDS. */
export function deployedFeeds() {
  return loadFeedRegistry({ path: config.newsFeedsPath, defaultPollSeconds: config.newsPollSeconds });
}

/** The news poller's HTTP client: public hosts only (the host policy), declared User-Agent. */
export function feedSource() {
  const userAgent = config.secUserAgent ?? 'compute-contract-alerts';
  return createHttpFeedSource({ http: createNewsHttpClient({ userAgent }) });
}
