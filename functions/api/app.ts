import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { AlertChannel } from '../core/ports/channels';
import type { Logger } from '../core/ports/log';
import type { FeedConfig, FeedValidator } from '../core/ports/news';
import {
  type DealRepository,
  type FilingRepository,
  InvalidCursorError,
  type StateStore,
  StoreUnavailableError,
  type SubscriptionRepository,
  VersionConflictError,
} from '../core/ports/store';
import { CorrectionRefusedError, DealNotFoundError } from '../use-cases/correct-deal';
import { effectiveFeeds, FeedRefusedError, putFeed, removeFeed } from '../use-cases/manage-feeds';
import {
  createSubscription,
  deleteSubscription,
  listSubscriptions,
  NoDealYetError,
  readSubscription,
  type SubscriptionDeps,
  SubscriptionNotFoundError,
  sendTestAlert,
  subscribeEmail,
} from '../use-cases/manage-subscriptions';
import { listFeedStatuses } from '../use-cases/poll-news';
import { filingsOfDeal, queryFilings, UnknownCompanyError } from '../use-cases/query-filings';
import { dealsAtom } from './atom';
import { dealsCsv } from './csv';
import { pairDeals, refuseFiltersWithPair, registerDealRoutes } from './deal-routes';
import { toDealView } from './deal-view';
import { listAnswer } from './list-answer';
import { createOutageMonitor } from './outage-monitor';
import { pageHtml, type SubscribeForm } from './page';
import { fieldsOf, type InvalidField, ProblemError, problemResponse, summarise } from './problem';
import { REFERENCE_HTML } from './reference-page';
import type { ResponseCache } from './response-cache';
import { documentedRoutes, routes } from './routes';
import {
  canonicalDealQuery,
  createdSubscriptionSchema,
  type DealQueryInput,
  encodeDealPosition,
  feedListSchema,
  feedSchema,
  filingListSchema,
  filingPageSchema,
  filingSchema,
  newSubscription,
  publicSubscriptionAnswer,
  subscriptionListSchema,
  subscriptionSchema,
  testAlertSchema,
} from './schemas';
import { STATIC_ASSETS } from './static-assets';

export interface ApiDeps {
  deals: DealRepository;
  filings: FilingRepository;
  /** Absent in the public read function (AWS): the subscription routes are served by the write function. */
  subscriptions?: SubscriptionRepository;
  channel?: AlertChannel;
  /** The news side: the deployed feed list and the state that holds feed health and the API's additions. */
  news?: {
    baseFeeds: FeedConfig[];
    state: StateStore;
    defaultPollSeconds: number;
    /** The feed-list rules, applied to a feed added through PUT /feeds/{id}. */
    validateFeed: FeedValidator;
  };
  log: Logger;
  /** The API's public address (no trailing slash) for absolute links; null: the Atom feed has a URN id. */
  publicBaseUrl?: string | null;
  /**
   * The page's subscribe form. local (the default; no IAM in front): POST /subscriptions and a test alert.
   * public (AWS with the deploy flag): POST /subscribe, email only. off (AWS by default): no form, and POST
   * /subscribe answers 404.
   */
  subscribeForm?: SubscribeForm;
  /**
   * The deals list's pages (/deals, /deals.csv, /deals.atom), kept for a few seconds in this process; without
   * it every request reads its page from the store.
   */
  listCache?: ResponseCache;
  clock?: () => Date;
  /**
   * The routes this app serves, so that each Lambda function builds the validators of its own routes only. all
   * (the default, local mode): every route. public-reads: the public GET routes, which API Gateway sends the
   * read function (infra/http-api.ts); its /openapi.json still documents every route. signed: the IAM-signed
   * routes and POST /subscribe, which it sends the write function.
   */
  serves?: 'all' | 'public-reads' | 'signed';
}

/** Seconds a client should wait after a 503 before trying again. */
export const RETRY_AFTER_SECONDS = 10;

/** Scripts, styles and data from this origin only; no inline script, no framing, no plug-ins. */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const VALIDATION_TARGETS: Record<string, InvalidField['in']> = {
  query: 'query',
  param: 'path',
  json: 'body',
  header: 'header',
};

/** Routes that read or write the database: their answers tell whether it is reachable. */
const STORE_ROUTES = /^\/(?:deals|filings|feeds|subscriptions|health)(?:[/.]|$)/;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The HTTP API, the same app behind API Gateway (hono/aws-lambda) and on localhost (@hono/node-server). */
export function createApiApp(deps: ApiDeps): OpenAPIHono {
  const clock = deps.clock ?? (() => new Date());
  const subscriptionDeps = (): SubscriptionDeps => {
    const { subscriptions, channel } = deps;
    if (!subscriptions || !channel) throw new ProblemError('notFound', 'subscriptions are not served here');
    return { subscriptions, deals: deps.deals, channel, clock };
  };
  const outage = createOutageMonitor(deps.log);

  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) {
        const errors = fieldsOf(result.error, VALIDATION_TARGETS[result.target] ?? 'body');
        throw new ProblemError('invalidRequest', summarise(errors), errors);
      }
    },
  });

  app.onError((err, c) => {
    if (err instanceof ProblemError) return problemResponse(err.kind, err.detail, err.errors);
    if (err instanceof InvalidCursorError)
      return problemResponse('invalidRequest', err.message, [
        { in: 'query', name: 'cursor', detail: err.message },
      ]);
    if (err instanceof FeedRefusedError) {
      return problemResponse('invalidRequest', err.message, [{ in: 'body', name: '', detail: err.message }]);
    }
    if (err instanceof SubscriptionNotFoundError || err instanceof DealNotFoundError)
      return problemResponse('notFound', err.message);
    if (err instanceof UnknownCompanyError)
      return problemResponse('invalidRequest', err.message, [
        { in: 'query', name: 'company', detail: err.message },
      ]);
    if (err instanceof CorrectionRefusedError)
      return problemResponse('invalidRequest', err.message, [{ in: 'body', name: '', detail: err.message }]);
    if (err instanceof NoDealYetError) return problemResponse('conflict', err.message);
    if (err instanceof VersionConflictError)
      return problemResponse('conflict', `${err.message}: read it again and retry`);
    if (err instanceof StoreUnavailableError) {
      outage.down(err.reason);
      return problemResponse('unavailable', 'the database is unreachable; try again shortly', undefined, {
        'retry-after': String(RETRY_AFTER_SECONDS),
      });
    }
    // Hono's own refusals: a body that is not JSON, a malformed one.
    if (err instanceof HTTPException && err.status < 500) {
      return problemResponse('invalidRequest', 'the body must be a JSON object', [
        { in: 'body', name: '', detail: 'the body must be a JSON object' },
      ]);
    }
    // Structured fields only: the route pattern (not the caller's decoded path) and the error's name and
    // message on one line, so that nothing a caller sends can write a log line of its own.
    deps.log.error('api error', {
      method: c.req.method,
      route: c.req.routePath,
      error: err.name,
      message: err.message.replace(/\p{Cc}+/gu, ' ').slice(0, 300),
    });
    return problemResponse('internal', 'an internal error occurred; it has been logged');
  });

  app.notFound((c) =>
    problemResponse('notFound', `no route for ${c.req.method} ${c.req.path.slice(0, 200)}`),
  );

  app.use('*', secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }));

  // No route takes a query parameter twice: "?status=signed&status=reported" is refused, not half-read.
  app.use('*', async (c, next) => {
    const keys = [...new URL(c.req.url).searchParams.keys()];
    const repeated = [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
    if (repeated.length > 0) {
      const errors = repeated.map(
        (name): InvalidField => ({
          in: 'query',
          name: name.slice(0, 100),
          detail: 'given more than once',
        }),
      );
      throw new ProblemError('invalidRequest', summarise(errors), errors);
    }
    await next();
    if (STORE_ROUTES.test(c.req.path) && c.res.status < 500) outage.up();
  });

  // A subscription or a feed is well under 1 KB of JSON; nothing larger is read into memory.
  const requireJson = async (c: Context, next: () => Promise<void>) => {
    if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) {
      throw new ProblemError('unsupportedMediaType', 'the body must be application/json', [
        { in: 'header', name: 'content-type', detail: 'must be application/json' },
      ]);
    }
    await next();
  };
  const smallBody = bodyLimit({
    maxSize: 16 * 1024,
    onError: () => {
      throw new ProblemError('tooLarge', 'the body is larger than 16 KB');
    },
  });
  const serves = deps.serves ?? 'all';
  const reads = serves !== 'signed';
  const writes = serves !== 'public-reads';
  if (writes) {
    app.on('POST', '/subscriptions', requireJson, smallBody);
    app.on('PUT', '/feeds/:id', requireJson, smallBody);
    app.on('PATCH', '/deals/:id', requireJson, smallBody);
    app.on('POST', '/subscribe', requireJson, smallBody);
  }

  const subscribeForm = deps.subscribeForm ?? 'local';
  const news = () => {
    if (!deps.news) throw new ProblemError('notFound', 'this deployment has no news side');
    return deps.news;
  };

  // Contracts: a company's deals on both sides and operator corrections.
  registerDealRoutes(app, {
    deals: deps.deals,
    clock,
    onCorrected: () => deps.listCache?.invalidate(),
    companies: reads,
    corrections: writes,
  });

  // The public reads: the page, deals, filings, feeds (the read function's in AWS).
  if (reads) {
    const page = pageHtml(subscribeForm);
    app.get('/', (c) => c.html(page));
    app.get('/reference', (c) => c.html(REFERENCE_HTML));
    for (const [path, asset] of Object.entries(STATIC_ASSETS)) {
      app.get(path, (c) => c.body(asset.body, 200, { 'content-type': asset.type }));
    }

    app.openapi(routes.health(), async (c) => {
      // A read of a key that never exists: it proves the table answers without reading any data.
      await deps.deals.get('health-check');
      return c.json({ ok: true, store: 'ok' as const }, 200);
    });

    // One Query of the deals' announcement index per page (store/deals.ts); the cursor is the last deal's position.
    const listPage = async (q: DealQueryInput) => {
      const { cursor, ...query } = q;
      const page = await deps.deals.list({ ...query, ...(cursor ? { after: cursor } : {}) });
      return {
        deals: page.items.map(toDealView),
        cursor: page.next ? encodeDealPosition(page.next) : null,
      };
    };
    const JSON_HEADERS = { 'content-type': 'application/json' };
    const CSV_HEADERS = {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="deals.csv"',
    };
    // The list routes' answers are served from the list cache, keyed by format and normalised query.
    const list = (c: Context, key: string, headers: Record<string, string>, render: () => Promise<string>) =>
      listAnswer(c, deps.listCache, key, headers, render);

    app.openapi(routes.listDeals(), async (c) => {
      const { format, pair, ...q } = c.req.valid('query');
      if (pair) refuseFiltersWithPair(new URL(c.req.url).searchParams);
      const headers = format === 'csv' ? CSV_HEADERS : JSON_HEADERS;
      const key = `${format}?${pair ? `pair=${pair}` : canonicalDealQuery(q)}`;
      return list(c, key, headers, async () => {
        const page = pair ? await pairDeals(deps.deals, pair) : await listPage(q);
        return format === 'csv' ? dealsCsv(page.deals) : JSON.stringify(page);
      });
    });

    app.openapi(routes.dealsCsv(), async (c) => {
      const q = c.req.valid('query');
      return list(c, `csv?${canonicalDealQuery(q)}`, CSV_HEADERS, async () =>
        dealsCsv((await listPage(q)).deals),
      );
    });

    app.openapi(routes.dealsAtom(), async (c) => {
      const q = c.req.valid('query');
      const query = canonicalDealQuery(q);
      const base = deps.publicBaseUrl;
      // The self link names the feed in its one spelling, so that one cached feed serves every spelling of it.
      const self = base ? `${base}/deals.atom${query ? `?${query}` : ''}` : null;
      return list(c, `atom?${query}`, { 'content-type': 'application/atom+xml; charset=utf-8' }, async () =>
        dealsAtom((await listPage(q)).deals, self),
      );
    });

    app.openapi(routes.getDeal(), async (c) => {
      const { id } = c.req.valid('param');
      const deal = await deps.deals.get(id);
      if (!deal) throw new ProblemError('notFound', `no deal ${id}`);
      // An old pair id, or a deal merged into another one: a permanent redirect to the deal that answers now.
      if (deal.mergedInto)
        return c.redirect(new URL(encodeURIComponent(deal.mergedInto), c.req.url).pathname, 308);
      return c.json(toDealView(deal), 200);
    });

    app.openapi(routes.listFilings(), async (c) => {
      const q = c.req.valid('query');
      const page = await queryFilings(deps, {
        limit: q.limit,
        cursor: q.cursor ?? null,
        ...(q.company ? { company: q.company } : {}),
        ...(q.form ? { formType: q.form } : {}),
        ...(q.item ? { item: q.item } : {}),
        ...(q.from ? { acceptedFrom: q.from } : {}),
        ...(q.to ? { acceptedTo: q.to } : {}),
        ...(q.hasDeals ? { hasDeals: q.hasDeals === 'true' } : {}),
      });
      return c.json(filingPageSchema.parse({ filings: page.items, cursor: page.cursor }), 200);
    });

    app.openapi(routes.dealFilings(), async (c) => {
      const filings = await filingsOfDeal(deps, c.req.valid('param').id);
      return c.json(filingListSchema.parse({ filings }), 200);
    });

    app.openapi(routes.getFiling(), async (c) => {
      const { accession } = c.req.valid('param');
      const filing = await deps.filings.get(accession);
      if (!filing) throw new ProblemError('notFound', `no filing ${accession}`);
      return c.json(filingSchema.parse(filing), 200);
    });

    app.openapi(routes.listFeeds(), async (c) => {
      if (!deps.news) return c.json({ feeds: [] }, 200);
      const feeds = await effectiveFeeds(deps.news.state, deps.news.baseFeeds);
      return c.json(feedListSchema.parse({ feeds: await listFeedStatuses(deps.news.state, feeds) }), 200);
    });
  }

  // The write routes, and the subscription reads (IAM-only in AWS): the write function's.
  if (writes) {
    app.openapi(routes.putFeed(), async (c) => {
      const input = { ...c.req.valid('json'), id: c.req.valid('param').id };
      return c.json(feedSchema().parse(await putFeed(news(), input)), 200);
    });

    app.openapi(routes.deleteFeed(), async (c) => {
      const { id } = c.req.valid('param');
      if (!(await removeFeed(news().state, id))) {
        throw new ProblemError(
          'notFound',
          `no added feed ${id} (feeds of the deployed list can be disabled, not removed)`,
        );
      }
      return c.body(null, 204);
    });

    app.openapi(routes.listSubscriptions(), async (c) =>
      c.json(
        subscriptionListSchema().parse({ subscriptions: await listSubscriptions(subscriptionDeps()) }),
        200,
      ),
    );

    app.openapi(routes.createSubscription(), async (c) => {
      const subscription = await createSubscription(subscriptionDeps(), c.req.valid('json'));
      const note =
        subscription.endpointState === 'pending_confirmation'
          ? 'check your inbox to confirm the subscription; alerts are held until then'
          : undefined;
      return c.json(createdSubscriptionSchema().parse({ ...subscription, note }), 201);
    });

    app.openapi(routes.publicSubscribe(), async (c) => {
      if (subscribeForm === 'off')
        throw new ProblemError('notFound', 'this deployment takes subscriptions through its operators only');
      const { email, minValueUsd, companies } = c.req.valid('json');
      const input = newSubscription().parse({ channel: 'email', endpoint: email, minValueUsd, companies });
      await subscribeEmail(subscriptionDeps(), input);
      const note =
        'unless this address is already subscribed, a confirmation link is on its way; alerts start once it is followed';
      return c.json(publicSubscriptionAnswer().parse({ email, note }), 202);
    });

    app.openapi(routes.getSubscription(), async (c) =>
      c.json(
        subscriptionSchema().parse(await readSubscription(subscriptionDeps(), c.req.valid('param').id)),
        200,
      ),
    );

    app.openapi(routes.deleteSubscription(), async (c) => {
      await deleteSubscription(subscriptionDeps(), c.req.valid('param').id);
      return c.body(null, 204);
    });

    app.openapi(routes.testSubscription(), async (c) => {
      const alert = await sendTestAlert(subscriptionDeps(), c.req.valid('param').id);
      return c.json(testAlertSchema().parse(alert), 200);
    });
  }

  if (reads) {
    // Written from the whole route table, not from the routes this app registered: the public read function serves
    // no write route but documents the API as a whole.
    app.get('/openapi.json', (c) => {
      try {
        return c.json(wholeApiDocument());
      } catch (e) {
        return c.json(e, 500);
      }
    });
  }

  return app;
}

const DOCUMENT_HEAD = {
  openapi: '3.1.0',
  info: {
    title: 'Compute-contract alerts API',
    version: '1',
    description:
      'Cloud and AI compute-capacity contracts found in SEC filings and news. Errors are RFC 9457 ' +
      'problem details (application/problem+json).',
  },
};

/** /openapi.json: every route of the API (routes.ts, in its order), whichever of them this app serves. */
function wholeApiDocument() {
  const doc = new OpenAPIHono();
  for (const route of documentedRoutes()) doc.openAPIRegistry.registerPath(route);
  return doc.getOpenAPI31Document(DOCUMENT_HEAD);
}
