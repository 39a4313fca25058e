// Composition root for Lambda: configuration read once per container, one SDK client per service at module
// scope, adapters built on them. Each entry point (functions/*.ts) takes only what it needs from here.
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { createSnsChannel } from './channels/sns';
import { createSqsFilingQueue } from './channels/sqs-filing-queue';
import { loadConfig, required } from './config';
import type { FilingQueue } from './core/ports/channels';
import type { Logger } from './core/ports/log';
import type { SourcedMention } from './core/types';
import { EdgarClient, sharedEdgarHttpClient } from './sources/edgar/client';
import { createDocumentClient } from './store/client';
import { createRepositories } from './store/repositories';
import { type RecordReport, recordMentions } from './use-cases/record-mentions';

export const config = loadConfig();
const tables = required(config.tables, 'the *_TABLE variables', 'in Lambda (the CDK stack sets them)');

const powertools = new PowertoolsLogger({
  serviceName: 'compute-contract-alerts',
  logLevel: config.logLevel.toUpperCase() as 'INFO',
});
export const log: Logger = {
  debug: (m, f) => powertools.debug(m, f ?? {}),
  info: (m, f) => powertools.info(m, f ?? {}),
  warn: (m, f) => powertools.warn(m, f ?? {}),
  error: (m, f) => powertools.error(m, f ?? {}),
};

const doc = createDocumentClient();
const sqs = new SQSClient({});
const sns = new SNSClient({});

export const store = createRepositories(doc, tables, {
  filings: { retentionDays: config.filingRetentionDays },
});

export function alertChannel() {
  return createSnsChannel(sns, required(config.alertTopicArn, 'ALERT_TOPIC_ARN', 'to send alerts'));
}

/** The EDGAR source behind the process-wide fair-access client; each function gets its share of the budget. */
export function edgarSource(): EdgarClient {
  const userAgent = required(config.secUserAgent, 'SEC_USER_AGENT', 'to call EDGAR (SEC fair access)');
  return new EdgarClient({
    http: sharedEdgarHttpClient({ userAgent, maxRps: config.edgarMaxRps }),
    baseUrl: config.edgarBaseUrl,
  });
}

export function filingQueue(): FilingQueue {
  return createSqsFilingQueue(sqs, required(config.filingQueueUrl, 'FILING_QUEUE_URL', 'to queue filings'));
}

export const clock = () => new Date();

export async function recordMentionsNow(mentions: SourcedMention[]): Promise<RecordReport> {
  return recordMentions({ deals: store.deals, clock }, mentions);
}
