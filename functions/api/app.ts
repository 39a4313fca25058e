import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { AlertChannel } from '../core/ports/channels';
import type { Logger } from '../core/ports/log';
import {
  type DealRepository,
  type FilingRepository,
  InvalidCursorError,
  StoreUnavailableError,
  type SubscriptionRepository,
  VersionConflictError,
} from '../core/ports/store';
import { CorrectionRefusedError, DealNotFoundError } from '../use-cases/correct-deal';
import { FeedRefusedError } from '../use-cases/manage-feeds';
import { NoDealYetError, SubscriptionNotFoundError } from '../use-cases/manage-subscriptions';
import { UnknownCompanyError } from '../use-cases/query-filings';
import { registerCorrectionRoute, registerDealRoutes } from './deal-routes';
import { type NewsDeps, registerFeedListRoute, registerFeedWriteRoutes } from './feed-routes';
import { registerFilingRoutes } from './filing-routes';
import { createOutageMonitor } from './outage-monitor';
import type { SubscribeForm } from './page';
import { registerPageRoutes } from './page-routes';
import { fieldsOf, type InvalidField, ProblemError, problemResponse, summarise } from './problem';
import type { ResponseCache } from './response-cache';
import { registerDocumentRoute, registerHealthRoute } from './service-routes';
import { registerPublicSubscribeRoute, registerSubscriptionRoutes } from './subscription-routes';

export interface ApiDeps {
  deals: DealRepository;
  filings: FilingRepository;
  /** Absent in the public read function (AWS): the subscription routes are served by the write function. */
  subscriptions?: SubscriptionRepository;
  channel?: AlertChannel;
  /** The news side: the deployed feed list and the state that holds feed health and the API's additions. */
  news?: NewsDeps;
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

/**
 * The HTTP API, the same app behind API Gateway (hono/aws-lambda) and on localhost (@hono/node-server): the
 * error answers and checks every route shares, then the routes this app serves.
 */
export function createApiApp(deps: ApiDeps): OpenAPIHono {
  const app = baseApp(deps.log);
  const serves = deps.serves ?? 'all';
  if (serves !== 'signed') servePublicReads(app, deps);
  if (serves !== 'public-reads') serveSigned(app, deps);
  return app;
}

/** The public reads (the read function's in AWS): the page, deals, companies, filings, feeds, the document. */
function servePublicReads(app: OpenAPIHono, deps: ApiDeps): void {
  registerPageRoutes(app, deps.subscribeForm ?? 'local');
  registerHealthRoute(app, deps.deals);
  registerDealRoutes(app, deps);
  registerFilingRoutes(app, deps);
  registerFeedListRoute(app, deps.news);
  registerDocumentRoute(app);
}

/** The IAM-signed routes and POST /subscribe (the write function's in AWS). */
function serveSigned(app: OpenAPIHono, deps: ApiDeps): void {
  const clock = deps.clock ?? (() => new Date());
  const subscriptions = { ...deps, clock };
  registerCorrectionRoute(app, { deals: deps.deals, clock, onCorrected: () => deps.listCache?.invalidate() });
  registerFeedWriteRoutes(app, deps.news);
  registerSubscriptionRoutes(app, subscriptions);
  registerPublicSubscribeRoute(app, deps.subscribeForm ?? 'local', subscriptions);
}

/** The app before its routes: errors answered as problems, security headers, repeated query parameters refused. */
function baseApp(log: Logger): OpenAPIHono {
  const outage = createOutageMonitor(log);
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) {
        const errors = fieldsOf(result.error, VALIDATION_TARGETS[result.target] ?? 'body');
        throw new ProblemError('invalidRequest', summarise(errors), errors);
      }
    },
  });

  app.onError((err, c) => {
    const known = knownErrorAnswer(err);
    if (known) return known;
    if (err instanceof StoreUnavailableError) {
      outage.down(err.reason);
      return problemResponse('unavailable', 'the database is unreachable; try again shortly', undefined, {
        'retry-after': String(RETRY_AFTER_SECONDS),
      });
    }
    return internalError(err, c, log);
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
  return app;
}

/** The answer to an error a caller's request explains (refused input, nothing there, a conflict); else null. */
function knownErrorAnswer(err: Error): Response | null {
  if (err instanceof ProblemError) return problemResponse(err.kind, err.detail, err.errors);
  if (err instanceof InvalidCursorError)
    return problemResponse('invalidRequest', err.message, [
      { in: 'query', name: 'cursor', detail: err.message },
    ]);
  if (err instanceof FeedRefusedError || err instanceof CorrectionRefusedError)
    return problemResponse('invalidRequest', err.message, [{ in: 'body', name: '', detail: err.message }]);
  if (err instanceof SubscriptionNotFoundError || err instanceof DealNotFoundError)
    return problemResponse('notFound', err.message);
  if (err instanceof UnknownCompanyError)
    return problemResponse('invalidRequest', err.message, [
      { in: 'query', name: 'company', detail: err.message },
    ]);
  if (err instanceof NoDealYetError) return problemResponse('conflict', err.message);
  if (err instanceof VersionConflictError)
    return problemResponse('conflict', `${err.message}: read it again and retry`);
  // Hono's own refusals: a body that is not JSON, a malformed one.
  if (err instanceof HTTPException && err.status < 500) {
    return problemResponse('invalidRequest', 'the body must be a JSON object', [
      { in: 'body', name: '', detail: 'the body must be a JSON object' },
    ]);
  }
  return null;
}

/**
 * Anything else is a 500, logged with structured fields only: the route pattern (not the caller's decoded path)
 * and the error's name and message on one line, so that nothing a caller sends can write a log line of its own.
 */
function internalError(err: Error, c: Context, log: Logger): Response {
  log.error('api error', {
    method: c.req.method,
    route: c.req.routePath,
    error: err.name,
    message: err.message.replace(/\p{Cc}+/gu, ' ').slice(0, 300),
  });
  return problemResponse('internal', 'an internal error occurred; it has been logged');
}
