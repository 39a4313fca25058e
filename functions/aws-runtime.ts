// The Lambda platform: configuration read once per container, one SDK client per service at module scope,
// adapters built on them. Each entry point (functions/*.ts) hands what it needs from here to its capability's
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
import type { Platform } from './compositions';
import { loadConfig, required } from './config';
import type { AlertQueue, FilingQueue } from './core/ports/channels';
import type { Logger } from './core/ports/log';
import { METRICS_NAMESPACE, METRICS_SERVICE, type Metrics } from './core/ports/metrics';
import { EdgarClient, sharedEdgarHttpClient } from './sources/edgar/client';
import { meteredEdgarHttp } from './sources/edgar/metered-http';
import { loadFeedRegistry } from './sources/news/feed-registry';
import { createHttpFeedSource, createNewsHttpClient } from './sources/news/feed-source';
import { createDocumentClient } from './store/client';
import { createRepositories } from './store/repositories';

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
const sqs = new SQSClient({});
const sns = new SNSClient({});

const store = createRepositories(doc, tables, {
  filings: { retentionDays: config.filingRetentionDays },
});

/** What every capability gets in Lambda; pollers take their lease, since scheduled invocations may overlap. */
export const platform: Platform = {
  config,
  store,
  log,
  metrics,
  clock: () => new Date(),
  leases: store.leases,
};

export function alertChannel() {
  return createSnsChannel(sns, {
    topicPrefix: required(config.alertTopicPrefix, 'ALERT_TOPIC_PREFIX', 'to send alerts'),
    smsPerSecond: config.smsMaxRps,
  });
}

/** SNS's list of the numbers that replied STOP. */
export function smsOptOutList() {
  return createSnsOptOutList(sns);
}

export function alertQueue(): AlertQueue {
  return createSqsAlertQueue(sqs, required(config.alertQueueUrl, 'ALERT_QUEUE_URL', 'to queue alerts'));
}

/** The EDGAR source behind the process-wide fair-access client; each function gets its share of the budget. */
export function edgarSource(timeoutMs?: number): EdgarClient {
  const userAgent = required(config.secUserAgent, 'SEC_USER_AGENT', 'to call EDGAR (SEC fair access)');
  return new EdgarClient({
    http: meteredEdgarHttp(sharedEdgarHttpClient({ userAgent, maxRps: config.edgarMaxRps }), metrics),
    baseUrl: config.edgarBaseUrl,
    ...(timeoutMs ? { timeoutMs } : {}),
  });
}

/** The current-reports lane (FILING_QUEUE_URL) and, when deployed, the periodic lane beside it (issue 15). */
export function filingQueue(): FilingQueue {
  const current = createSqsFilingQueue(
    sqs,
    required(config.filingQueueUrl, 'FILING_QUEUE_URL', 'to queue filings'),
  );
  if (!config.periodicFilingQueueUrl) return current;
  return createLaneRouter({ current, periodic: createSqsFilingQueue(sqs, config.periodicFilingQueueUrl) });
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
