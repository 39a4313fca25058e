import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { FILING_WORKER_TIMEOUT_SECONDS } from '../functions/handlers/filing-worker';
import type { TableKey } from '../functions/store/tables';
import { FILING_WORKER_MAX_CONCURRENCY } from './edgar-budget';
import { PeriodicLane } from './filing-lanes';
import { FilingQueue } from './filing-queue';
import { ServiceFunction } from './service-function';
import type { DeploySettings } from './settings';

export const FILING_WORKER_TIMEOUT = Duration.seconds(FILING_WORKER_TIMEOUT_SECONDS);

export interface IngestionProps {
  tables: Record<TableKey, Table>;
  /** Every table name under its env var: each function's config expects all of them. */
  tableEnvironment: Record<string, string>;
  /** The SecUserAgent parameter's value. */
  secUserAgent: string;
  settings: DeploySettings;
}

/**
 * The input side: the EDGAR poller feeding the filing queue and its worker, and the news poller.
 * EventBridge fires each poller once a minute (its finest schedule); the pollers loop inside an invocation for
 * sub-minute freshness (EDGAR) or pick the feeds that are due (news: each feed has its own interval, at least a
 * minute, defaulting to NEWS_POLL_SECONDS), so one rate(1 minute) tick serves every setting.
 * One poller of each kind at a time: a run polls only while it holds its lease item in the state table
 * (handlers/scheduled-poll.ts), not through reserved concurrency, which a new account (quota 10) refuses.
 */
export class Ingestion extends Construct {
  readonly edgarPoll: ServiceFunction;
  readonly filingWorker: ServiceFunction;
  readonly newsPoll: ServiceFunction;
  /** The current-reports lane (8-K, 6-K). */
  readonly filingQueue: FilingQueue;
  /** The periodic-reports lane (10-Q, 10-K, S-1…). */
  readonly periodicQueue: FilingQueue;

  constructor(scope: Construct, id: string, props: IngestionProps) {
    super(scope, id);
    const { tables, settings } = props;
    // The deployment's total for every EDGAR caller, divided at run time (edgar-budget.ts).
    const edgarMaxRps = String(settings.edgarMaxRpsTotal);

    this.filingQueue = new FilingQueue(this, 'FilingJobs', { workerTimeout: FILING_WORKER_TIMEOUT });
    const queue = this.filingQueue.queue;

    this.edgarPoll = new ServiceFunction(this, 'EdgarPoll', {
      entry: 'edgar-poll',
      description: 'Polls the EDGAR current-filings feed, records new filings and queues them',
      // Loops inside the invocation for just under a minute, then the next tick takes over.
      timeout: Duration.seconds(70),
      environment: {
        ...props.tableEnvironment,
        SEC_USER_AGENT: props.secUserAgent,
        EDGAR_MAX_RPS: edgarMaxRps,
        FILING_QUEUE_URL: queue.queueUrl,
        ...(settings.edgarPollSeconds ? { EDGAR_POLL_SECONDS: String(settings.edgarPollSeconds) } : {}),
        ...(settings.edgarForms ? { EDGAR_FORMS: settings.edgarForms } : {}),
      },
    });
    tables.filings.grantReadWriteData(this.edgarPoll.fn);
    tables.filingIndex.grantReadWriteData(this.edgarPoll.fn);
    tables.state.grantReadWriteData(this.edgarPoll.fn);
    queue.grantSendMessages(this.edgarPoll.fn);
    everyMinute(this, 'EdgarPollSchedule', this.edgarPoll.fn);

    this.filingWorker = new ServiceFunction(this, 'FilingWorker', {
      entry: 'filing-worker',
      description: 'Fetches queued filings from EDGAR, extracts compute-contract mentions, records deals',
      timeout: FILING_WORKER_TIMEOUT,
      // Sized from npm run bench: the worker path peaks at ~166 MB on a 20 MB submission (~8x its size), so the
      // largest accepted submission (64 MB, MAX_SUBMISSION_BYTES) needs ~530 MB; one filing at a time.
      memorySize: 1024,
      environment: {
        ...props.tableEnvironment,
        SEC_USER_AGENT: props.secUserAgent,
        EDGAR_MAX_RPS: edgarMaxRps,
      },
    });
    tables.filings.grantReadWriteData(this.filingWorker.fn);
    tables.filingIndex.grantReadWriteData(this.filingWorker.fn);
    tables.deals.grantReadWriteData(this.filingWorker.fn);
    // The shared EDGAR budget's slot items.
    tables.state.grantReadWriteData(this.filingWorker.fn);
    this.filingWorker.fn.addEventSource(
      new SqsEventSource(queue, {
        // One filing per invocation: memory and the fetch timeouts are sized for one.
        batchSize: 1,
        reportBatchItemFailures: true,
        // Bounds the concurrent workers (edgar-budget.ts); the EDGAR rate is the shared budget's.
        maxConcurrency: FILING_WORKER_MAX_CONCURRENCY,
      }),
    );

    const periodic = new PeriodicLane(this, 'PeriodicLane', {
      workerTimeout: FILING_WORKER_TIMEOUT,
      producer: this.edgarPoll.fn,
      worker: this.filingWorker.fn,
    });
    this.periodicQueue = periodic.lane;
    this.edgarPoll.fn.addEnvironment('PERIODIC_FILING_QUEUE_URL', periodic.lane.queue.queueUrl);

    this.newsPoll = new ServiceFunction(this, 'NewsPoll', {
      entry: 'news-poll',
      description: 'Polls the news feeds that are due, records new items and the deals they mention',
      timeout: Duration.seconds(120),
      environment: {
        ...props.tableEnvironment,
        // Declared to feed publishers too, the same contact as for EDGAR.
        SEC_USER_AGENT: props.secUserAgent,
        ...(settings.newsPollSeconds ? { NEWS_POLL_SECONDS: String(settings.newsPollSeconds) } : {}),
      },
    });
    tables.newsItems.grantReadWriteData(this.newsPoll.fn);
    tables.state.grantReadWriteData(this.newsPoll.fn);
    tables.deals.grantReadWriteData(this.newsPoll.fn);
    everyMinute(this, 'NewsPollSchedule', this.newsPoll.fn);

    for (const poller of [this.edgarPoll, this.newsPoll]) {
      // A tick that waited (throttled) for a minute is stale: the next one is due.
      // A failed run is not retried either: the next tick starts from the durable cursor.
      poller.fn.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.minutes(1) });
    }
  }
}

function everyMinute(scope: Construct, id: string, fn: IFunction): Rule {
  return new Rule(scope, id, {
    schedule: Schedule.rate(Duration.minutes(1)),
    targets: [new LambdaFunction(fn, { retryAttempts: 2, maxEventAge: Duration.minutes(1) })],
  });
}
