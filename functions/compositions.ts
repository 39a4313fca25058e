// One composition per capability (poll EDGAR, process a filing, poll the news, notify, the API), shared by the
// Lambda entry points (functions/*.ts over aws-runtime.ts) and the local runner (functions/local/runtime.ts).
// What differs between the two is only what a Platform and each function's arguments carry: the repositories'
// tables, the queue, the alert channel, the logger and metrics, the EDGAR and feed clients. Which use case runs
// on which ports, and with which settings, is written here once, so local mode cannot drift from AWS
// (test/unit/compositions.test.ts checks that both sides build from these functions).
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApiApp } from './api/app';
import type { SubscribeForm } from './api/page';
import { ResponseCache } from './api/response-cache';
import type { Config } from './config';
import { edgarDisseminating } from './core/edgar-hours';
import { extractMentions } from './core/extract';
import { laneOf } from './core/filing-lanes';
import { detectLanguage } from './core/language';
import { lazy } from './core/lazy';
import type { AlertChannel, AlertQueue, FilingQueue, SmsOptOutList } from './core/ports/channels';
import type { EdgarSource } from './core/ports/edgar';
import type { LeaseStore } from './core/ports/lease';
import type { Logger } from './core/ports/log';
import type { Metrics } from './core/ports/metrics';
import type { FeedConfig, FeedSource } from './core/ports/news';
import type { SourcedMention } from './core/types';
import { createDeliverAlertsHandler } from './handlers/deliver-alerts';
import { createFilingWorkerHandler } from './handlers/filing-worker';
import { createNotifyHandler } from './handlers/notify';
import { countDeals, countEdgarLoop, countFiling, countNewsPoll } from './handlers/run-metrics';
import { createScheduledPollHandler, type ScheduledPollOptions } from './handlers/scheduled-poll';
import { submissionReader } from './sources/edgar/documents';
import { validateFeed } from './sources/news/feed-registry';
import { dealFromStreamImage } from './store/deals';
import type { Repositories } from './store/repositories';
import { effectiveFeeds } from './use-cases/manage-feeds';
import { type PollEdgarDeps, type PollLoopReport, pollEdgarLoop } from './use-cases/poll-edgar';
import { type NewsPollReport, type PollNewsDeps, pollNews } from './use-cases/poll-news';
import { processFiling } from './use-cases/process-filing';
import { type RecordReport, recordMentions } from './use-cases/record-mentions';
import { syncSmsOptOuts } from './use-cases/sync-sms-opt-outs';

/**
 * What a runtime provides to every capability; `K` names the repositories the capability reads (a Lambda function
 * builds only those, so the others' code stays out of its bundle).
 */
export interface Platform<K extends keyof Repositories = keyof Repositories> {
  config: Config;
  store: Pick<Repositories, K>;
  log: Logger;
  metrics: Metrics;
  clock: () => Date;
  /**
   * Lambda: a poller polls only while it holds its lease (two scheduled invocations may overlap). null where one
   * process runs each poller on its own timer (local mode).
   */
  leases: LeaseStore | null;
}

/** The repositories each capability reads. */
export type EdgarPollRepository = 'filings' | 'state';
export type FilingWorkerRepository = 'filings' | 'deals';
export type NewsPollRepository = 'deals' | 'newsItems' | 'state';
export type DeliverAlertsRepository = 'subscriptions' | 'deliveries';
export type ApiRepository = 'deals' | 'filings' | 'subscriptions' | 'state';

/** Mentions merged into deals, counted (the filing worker and the news poller both record through this). */
export function mentionRecorder(p: Platform<'deals'>): (mentions: SourcedMention[]) => Promise<RecordReport> {
  return async (mentions) => {
    const report = await recordMentions({ deals: p.store.deals, clock: p.clock }, mentions);
    countDeals(p.metrics, report);
    return report;
  };
}

/** The EDGAR side's ports: the poller's, and the local backfill and resume that feed the same queue. */
export function edgarPollDeps(
  p: Platform<EdgarPollRepository>,
  edgar: EdgarSource,
  queue: FilingQueue,
): PollEdgarDeps {
  return { edgar, filings: p.store.filings, queue, state: p.store.state, clock: p.clock, log: p.log };
}

function pollerOptions<R>(
  p: Platform<never>,
  name: string,
  onSuccess: (r: R) => void,
): ScheduledPollOptions<R> {
  return { ...(p.leases ? { lease: { store: p.leases, name } } : {}), onSuccess };
}

/** Poll EDGAR's current-filings feed, record new filings and queue them for the worker. */
export function composeEdgarPoll(
  p: Platform<EdgarPollRepository>,
  ports: { edgar: EdgarSource; queue: FilingQueue },
) {
  const deps = edgarPollDeps(p, ports.edgar, ports.queue);
  // While EDGAR disseminates, the poll loops inside an invocation every EDGAR_POLL_SECONDS until its deadline;
  // otherwise, and where a run has no deadline (a local timer's tick), one poll a run (docs/cost.md).
  return createScheduledPollHandler(
    'edgar poll',
    (untilMs) =>
      pollEdgarLoop(deps, {
        forms: p.config.edgarForms,
        intervalMs: p.config.edgarPollSeconds * 1000,
        untilMs: untilMs !== null && edgarDisseminating(p.clock()) ? untilMs : p.clock().getTime(),
      }),
    p.log,
    pollerOptions(p, 'edgar-poll', (loop: PollLoopReport) => countEdgarLoop(p.metrics, loop)),
  );
}

/**
 * Process one queued filing: fetch the submission, read its documents, extract and record the mentions. With
 * `periodicEdgar`, a periodic report fetches through it (its lane's place in a shared EDGAR budget).
 */
export function composeFilingWorker(
  p: Platform<FilingWorkerRepository>,
  ports: { edgar: EdgarSource; periodicEdgar?: EdgarSource },
) {
  const deps = {
    edgar: ports.edgar,
    documents: submissionReader,
    filings: p.store.filings,
    extract: extractMentions,
    recordMentions: mentionRecorder(p),
    clock: p.clock,
    log: p.log,
  };
  return createFilingWorkerHandler(async (job) => {
    const edgar =
      ports.periodicEdgar && laneOf(job.formType) === 'periodic' ? ports.periodicEdgar : ports.edgar;
    const outcome = await processFiling({ ...deps, edgar }, job);
    countFiling(p.metrics, outcome);
    return outcome;
  }, p.log);
}

/**
 * Poll each due news feed (the deployed list with the API's additions) and record the mentions found. The
 * extractor is a port here (`extractMentions`, or a loader of it): the Lambda entry loads it at its first new item.
 */
export function composeNewsPoll(
  p: Platform<NewsPollRepository>,
  ports: { fetchFeed: FeedSource; feeds: FeedConfig[]; extract: PollNewsDeps['extract'] },
) {
  const deps = {
    fetchFeed: ports.fetchFeed,
    newsItems: p.store.newsItems,
    state: p.store.state,
    extract: ports.extract,
    recordMentions: mentionRecorder(p),
    detectLanguage,
    clock: p.clock,
    log: p.log,
  };
  // Feeds not reached before the run's deadline wait for the next run (their status keeps them due).
  return createScheduledPollHandler(
    'news poll',
    async (untilMs) =>
      pollNews(deps, await effectiveFeeds(p.store.state, ports.feeds), {
        stopAt: untilMs === null ? null : new Date(untilMs),
      }),
    p.log,
    pollerOptions(p, 'news-poll', (report: NewsPollReport) => countNewsPoll(p.metrics, report)),
  );
}

/** The deals change stream to alerts: each change matched against the subscriptions, queued in batches. */
export function composeNotify(p: Platform<'subscriptions'>, ports: { queue: AlertQueue }) {
  return createNotifyHandler(
    { subscriptions: p.store.subscriptions, queue: ports.queue, log: p.log, metrics: p.metrics },
    dealFromStreamImage,
  );
}

/**
 * Queued alert batches to the subscribers, once each through the delivery ledger; alerts held for a pending
 * confirmation go back on the queue.
 */
export function composeDeliverAlerts(
  p: Platform<DeliverAlertsRepository>,
  ports: { channel: AlertChannel; queue: AlertQueue },
) {
  return createDeliverAlertsHandler({
    subscriptions: p.store.subscriptions,
    ledger: p.store.deliveries,
    channel: ports.channel,
    queue: ports.queue,
    log: p.log,
    metrics: p.metrics,
    clock: p.clock,
  });
}

/**
 * SNS's opted-out list to the SMS subscriptions, on a schedule. AWS only: locally SMS goes to the outbox, where
 * nobody can reply STOP.
 */
export function composeSmsOptOutSync(p: Platform<'subscriptions'>, ports: { optOuts: SmsOptOutList }) {
  return () =>
    syncSmsOptOuts({
      optOuts: ports.optOuts,
      subscriptions: p.store.subscriptions,
      log: p.log,
      metrics: p.metrics,
    });
}

/** What the runtime may do to the API's cache of deals-list pages. */
export interface DealListCache {
  /** A deal changed: the next request of every page reads it anew. */
  invalidate(): void;
}

/**
 * The API's cache of deals-list pages: one a process (a Lambda instance), API_CACHE_SECONDS long. Local mode
 * also empties it whenever the deals' change stream shows a change; in AWS the stream goes to the notify function,
 * not to the API's instances, so there a page is at most API_CACHE_SECONDS old.
 */
export function dealListCache(p: Platform<never>): ResponseCache {
  return new ResponseCache({ seconds: p.config.apiCacheSeconds });
}

/**
 * The HTTP API and the web page. Without a channel it serves the read routes only: the public read function in
 * AWS (infra/http-api.ts), whose grants are read-only.
 */
export function composeApi(
  p: Platform<ApiRepository>,
  ports: {
    channel: AlertChannel | null;
    /**
     * The deployed feed list, or how to read it: a Lambda function reads it at its first feeds request, not at
     * import (validating the list is ~10 ms of the API's cold start, and most requests never look at it).
     */
    feeds: FeedConfig[] | (() => FeedConfig[]);
    publicBaseUrl: string | null;
    /** The page's subscribe form: local mode's, the deploy flag's public sign-up, or none. */
    subscribeForm?: SubscribeForm;
    /** The deals-list cache, when the runtime clears it itself (local mode); else one of this app's own. */
    listCache?: ResponseCache;
    /** The write function's routes only (ApiDeps.serves); without a channel, the public reads. */
    serves?: 'signed';
  },
): OpenAPIHono {
  const { feeds } = ports;
  const baseFeeds = lazy(typeof feeds === 'function' ? feeds : () => feeds);
  return createApiApp({
    deals: p.store.deals,
    filings: p.store.filings,
    // Without a channel: the public read function, which API Gateway sends only the public GET routes.
    ...(ports.channel
      ? { subscriptions: p.store.subscriptions, channel: ports.channel, serves: ports.serves ?? 'all' }
      : { serves: 'public-reads' as const }),
    news: {
      get baseFeeds() {
        return baseFeeds();
      },
      state: p.store.state,
      defaultPollSeconds: p.config.newsPollSeconds,
      validateFeed,
    },
    log: p.log,
    publicBaseUrl: ports.publicBaseUrl,
    ...(ports.subscribeForm ? { subscribeForm: ports.subscribeForm } : {}),
    listCache: ports.listCache ?? dealListCache(p),
    clock: p.clock,
  });
}
