// Every route of the API as an OpenAPI operation: the same definitions validate requests and write /openapi.json.
import { createRoute, type RouteConfig, z } from '@hono/zod-openapi';
import { lazy } from '../core/lazy';
import { correctionRequest } from '../use-cases/correct-deal';
import { PROBLEM_CONTENT_TYPE } from './problem';
import {
  accessionParams,
  companyDealsSchema,
  companyParams,
  correctionResultSchema,
  createdSubscriptionSchema,
  dealFeedQuery,
  dealIdParams,
  dealPageSchema,
  dealQuery,
  dealSchema,
  feedBody,
  feedIdParams,
  feedListSchema,
  feedSchema,
  filingListSchema,
  filingPageSchema,
  filingQuery,
  filingSchema,
  healthSchema,
  newSubscription,
  problemSchema,
  publicSubscription,
  publicSubscriptionAnswer,
  subscriptionIdParams,
  subscriptionListSchema,
  subscriptionSchema,
  testAlertSchema,
} from './schemas';

/** No query parameter is accepted: an unknown one is a 400 that names it, not silently ignored. */
const noQuery = z.strictObject({});

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: the problem names every invalid parameter or field.',
  404: 'No such resource.',
  409: 'The request cannot be served in the current state.',
  413: 'The body is larger than 16 KB.',
  415: 'The body is not application/json.',
  503: 'The database is unreachable; retry after the Retry-After seconds.',
};

function problems(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
      },
    ]),
  );
}

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
type JsonAnswer<T extends z.ZodType> = ReturnType<typeof json<T>>;

const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const removed = { 204: { description: 'Removed.' } };

const csv = {
  'text/csv': { schema: z.string().openapi({ description: 'RFC 4180, a header row first.' }) },
};

const atom = {
  'application/atom+xml': { schema: z.string().openapi({ description: 'An Atom 1.0 feed.' }) },
};

/** The deals list's validators (list-answer.ts): a page read again may be answered 304 without its body. */
const LIST_HEADERS = {
  etag: {
    schema: { type: 'string' as const },
    description: 'A strong validator of this page: sent back in If-None-Match, an unchanged page is a 304.',
  },
  'cache-control': {
    schema: { type: 'string' as const },
    description:
      '`public, max-age=N` (`no-cache` when N is 0): the seconds this page is served from the API’s memory ' +
      '(API_CACHE_SECONDS, default 5), so a browser or a CDN may keep it as long; a new deal shows within them.',
  },
  age: {
    schema: { type: 'string' as const },
    description:
      'Whole seconds this page has been kept already: a cache keeps it only for what is left of max-age.',
  },
};
const notModified = {
  304: {
    description: 'If-None-Match named the ETag of this page as it is now: unchanged, no body.',
    headers: LIST_HEADERS,
  },
};

type Tag = 'service' | 'deals' | 'filings' | 'feeds' | 'subscriptions';
type Request = NonNullable<RouteConfig['request']>;
type Operation = Omit<RouteConfig, 'method' | 'path' | 'tags' | 'request'> & {
  request?: Request;
  /** Problems beyond those that follow from the route's shape (409; 404 where a deployment closes the route). */
  alsoAnswers?: number[];
};
type WithQuery<R> = R extends { query: unknown }
  ? R
  : (R extends Request ? R : unknown) & { query: typeof noQuery };

/**
 * An operation under its method, path and tag. It takes no query parameter unless its request declares some,
 * and the problems it may answer follow from its shape: 400 and 503 on every route, 404 with a path parameter,
 * 413 and 415 with a body, and `alsoAnswers`.
 */
function route<const M extends RouteConfig['method'], const P extends string, const O extends Operation>(
  method: M,
  path: P,
  tag: Tag,
  operation: O,
) {
  const { alsoAnswers = [], request, responses, ...doc } = operation;
  const statuses = [400, 503, ...alsoAnswers];
  if (path.includes('{')) statuses.push(404);
  if (request?.body) statuses.push(413, 415);
  return createRoute({
    ...doc,
    method,
    path,
    tags: [tag],
    request: { query: noQuery, ...request } as WithQuery<O['request']>,
    // Typed as the operation's own answers: problems are thrown (ProblemError), never returned by a handler.
    responses: { ...responses, ...problems(...new Set(statuses)) } as O['responses'],
  });
}

/**
 * The operations at one path: each shares the path, its tag and its parameters, and answers a read with one JSON
 * body and a removal with 204.
 */
function at<const P extends string, const R extends Request>(path: P, tag: Tag, request: R) {
  return {
    read: <const T extends z.ZodType>(summary: string, ok: JsonAnswer<T>) =>
      route('get', path, tag, { summary, request, responses: { 200: ok } }),
    remove: (summary: string) => route('delete', path, tag, { summary, request, responses: removed }),
  };
}

/** The deals list in one format (/deals.csv, /deals.atom): the list's filters, one body, the page validators. */
function dealsAs<const P extends string, const C extends typeof csv | typeof atom>(
  path: P,
  summary: string,
  description: string,
  content: C,
) {
  return route('get', path, 'deals', {
    summary,
    request: { query: dealFeedQuery() },
    responses: { 200: { description, headers: LIST_HEADERS, content }, ...notModified },
  });
}

const filing = lazy(() => at('/filings/{accession}', 'filings', { params: accessionParams() }));
const subscription = at('/subscriptions/{id}', 'subscriptions', { params: subscriptionIdParams });

/**
 * Every operation, each built at its first use: an app builds the routes it serves when it registers them, and the
 * public read function (which serves no write route) builds the write routes' schemas only to write
 * /openapi.json. The order is the document's: its paths appear in this order.
 */
export const routes = {
  health: lazy(() =>
    at('/health', 'service', {}).read(
      'Liveness, with a read from the database',
      json(healthSchema(), 'The service and its database answer.'),
    ),
  ),
  getCompany: lazy(() =>
    at('/companies/{id}', 'deals', { params: companyParams() }).read(
      "A company's visible deals as buyer and as provider",
      json(companyDealsSchema(), 'The company and its deals.'),
    ),
  ),
  correctDeal: lazy(() =>
    route('patch', '/deals/{id}', 'deals', {
      summary: 'An operator correction: set fields, split a source off, merge, hide or unhide (IAM in AWS)',
      description:
        'Each correction is an event in the history and outlives later mentions. `by` may be left out when ' +
        'the request is IAM-signed: the caller is then the IAM identity.',
      request: { params: dealIdParams, body: jsonBody(correctionRequest()) },
      responses: {
        200: json(correctionResultSchema(), 'The corrected deal, and the deal split off or merged away.'),
      },
      alsoAnswers: [409],
    }),
  ),
  listDeals: lazy(() =>
    route('get', '/deals', 'deals', {
      summary: 'Deals, newest announcement first',
      request: { query: dealQuery() },
      responses: {
        200: {
          description: 'One page of deals (JSON, or CSV with format=csv).',
          headers: LIST_HEADERS,
          content: { 'application/json': { schema: dealPageSchema() }, ...csv },
        },
        ...notModified,
      },
    }),
  ),
  dealsCsv: lazy(() =>
    dealsAs('/deals.csv', 'Deals as CSV (the same filters as /deals)', 'One page of deals as CSV.', csv),
  ),
  dealsAtom: lazy(() =>
    dealsAs('/deals.atom', 'Deals as an Atom feed (the same filters as /deals)', 'An Atom feed.', atom),
  ),
  getDeal: lazy(() =>
    route('get', '/deals/{id}', 'deals', {
      summary: 'One deal with its sources and history',
      request: { params: dealIdParams },
      responses: {
        200: json(dealSchema, 'The deal.'),
        308: {
          description:
            'An old pair id, or a deal merged into another: `Location` names the deal that answers now.',
          headers: { location: { schema: { type: 'string' }, description: 'The path of the deal to read.' } },
        },
      },
    }),
  ),
  listFilings: lazy(() =>
    at('/filings', 'filings', { query: filingQuery() }).read(
      'Stored filings, newest accepted first: by company, form, 8-K item, dates and deals',
      json(filingPageSchema(), 'One page of filings.'),
    ),
  ),
  dealFilings: lazy(() =>
    at('/deals/{id}/filings', 'filings', { params: dealIdParams }).read(
      'The filings behind a deal, newest first',
      json(filingListSchema(), 'The filings among its sources.'),
    ),
  ),
  getFiling: lazy(() =>
    filing().read('One filing and what processing made of it', json(filingSchema(), 'The filing.')),
  ),
  listFeeds: lazy(() =>
    at('/feeds', 'feeds', {}).read(
      'News feeds and their health',
      json(feedListSchema(), 'Every feed polled.'),
    ),
  ),
  putFeed: lazy(() =>
    route('put', '/feeds/{id}', 'feeds', {
      summary: 'Adds or replaces a feed (IAM in AWS)',
      request: { params: feedIdParams, body: jsonBody(feedBody()) },
      responses: { 200: json(feedSchema(), 'The feed as stored.') },
    }),
  ),
  deleteFeed: lazy(() =>
    at('/feeds/{id}', 'feeds', { params: feedIdParams }).remove('Removes an added feed (IAM in AWS)'),
  ),
  listSubscriptions: lazy(() =>
    at('/subscriptions', 'subscriptions', {}).read(
      'Every subscription, oldest first (IAM in AWS)',
      json(subscriptionListSchema(), 'The subscriptions.'),
    ),
  ),
  createSubscription: lazy(() =>
    route('post', '/subscriptions', 'subscriptions', {
      summary: 'Subscribes an email address, phone or webhook (IAM in AWS)',
      request: { body: jsonBody(newSubscription()) },
      responses: {
        201: json(createdSubscriptionSchema(), 'Created; email waits for the address to confirm.'),
      },
    }),
  ),
  publicSubscribe: lazy(() =>
    route('post', '/subscribe', 'subscriptions', {
      summary:
        "The page's subscribe form: an email address (public in AWS only when the deployment enables it)",
      description:
        'SNS mails the address a confirmation link; alerts start once it is followed. An address already ' +
        'subscribed is left as it is (no second mail), and the answer is the same either way. 404 when the ' +
        'deployment keeps subscriptions IAM-only.',
      request: { body: jsonBody(publicSubscription()) },
      responses: {
        202: json(publicSubscriptionAnswer(), 'Accepted: the address confirms it from its inbox.'),
      },
      alsoAnswers: [404],
    }),
  ),
  getSubscription: lazy(() =>
    subscription.read('One subscription (IAM in AWS)', json(subscriptionSchema(), 'The subscription.')),
  ),
  deleteSubscription: lazy(() => subscription.remove('Unsubscribes (IAM in AWS)')),
  testSubscription: lazy(() =>
    route('post', '/subscriptions/{id}/test', 'subscriptions', {
      summary: 'Sends a test alert about the newest deal through the real channel (IAM in AWS)',
      request: { params: subscriptionIdParams },
      responses: { 200: json(testAlertSchema(), 'The alert as sent.') },
      alsoAnswers: [409],
    }),
  ),
};

/** Every operation in the document's order, for /openapi.json (each served or not by this app). */
export function documentedRoutes() {
  return Object.values(routes).map((route) => route());
}
