// Every route of the API as an OpenAPI operation: the same definitions validate requests and write /openapi.json.
import { createRoute, z } from '@hono/zod-openapi';
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

const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const csv = {
  'text/csv': { schema: z.string().openapi({ description: 'RFC 4180, a header row first.' }) },
};

const atom = {
  'application/atom+xml': { schema: z.string().openapi({ description: 'An Atom 1.0 feed.' }) },
};

export const routes = {
  health: createRoute({
    method: 'get',
    path: '/health',
    tags: ['service'],
    summary: 'Liveness, with a read from the database',
    request: { query: noQuery },
    responses: { 200: json(healthSchema, 'The service and its database answer.'), ...problems(400, 503) },
  }),
  listDeals: createRoute({
    method: 'get',
    path: '/deals',
    tags: ['deals'],
    summary: 'Deals, newest announcement first',
    request: { query: dealQuery },
    responses: {
      200: {
        description: 'One page of deals (JSON, or CSV with format=csv).',
        content: { 'application/json': { schema: dealPageSchema }, ...csv },
      },
      ...problems(400, 503),
    },
  }),
  dealsCsv: createRoute({
    method: 'get',
    path: '/deals.csv',
    tags: ['deals'],
    summary: 'Deals as CSV (the same filters as /deals)',
    request: { query: dealFeedQuery },
    responses: { 200: { description: 'One page of deals as CSV.', content: csv }, ...problems(400, 503) },
  }),
  dealsAtom: createRoute({
    method: 'get',
    path: '/deals.atom',
    tags: ['deals'],
    summary: 'Deals as an Atom feed (the same filters as /deals)',
    request: { query: dealFeedQuery },
    responses: { 200: { description: 'An Atom feed.', content: atom }, ...problems(400, 503) },
  }),
  getDeal: createRoute({
    method: 'get',
    path: '/deals/{id}',
    tags: ['deals'],
    summary: 'One deal with its sources and history',
    request: { params: dealIdParams, query: noQuery },
    responses: {
      200: json(dealSchema, 'The deal.'),
      308: {
        description:
          'An old pair id, or a deal merged into another: `Location` names the deal that answers now.',
        headers: { location: { schema: { type: 'string' }, description: 'The path of the deal to read.' } },
      },
      ...problems(400, 404, 503),
    },
  }),
  correctDeal: createRoute({
    method: 'patch',
    path: '/deals/{id}',
    tags: ['deals'],
    summary: 'An operator correction: set fields, split a source off, merge, hide or unhide (IAM in AWS)',
    description:
      'Each correction is an event in the history and outlives later mentions. `by` may be left out when ' +
      'the request is IAM-signed: the caller is then the IAM identity.',
    request: { params: dealIdParams, query: noQuery, body: jsonBody(correctionRequest) },
    responses: {
      200: json(correctionResultSchema, 'The corrected deal, and the deal split off or merged away.'),
      ...problems(400, 404, 409, 413, 415, 503),
    },
  }),
  getCompany: createRoute({
    method: 'get',
    path: '/companies/{id}',
    tags: ['deals'],
    summary: "A company's visible deals as buyer and as provider",
    request: { params: companyParams, query: noQuery },
    responses: { 200: json(companyDealsSchema, 'The company and its deals.'), ...problems(400, 404, 503) },
  }),
  listFilings: createRoute({
    method: 'get',
    path: '/filings',
    tags: ['filings'],
    summary: 'Stored filings, newest accepted first: by company, form, 8-K item, dates and deals',
    request: { query: filingQuery },
    responses: { 200: json(filingPageSchema, 'One page of filings.'), ...problems(400, 503) },
  }),
  getFiling: createRoute({
    method: 'get',
    path: '/filings/{accession}',
    tags: ['filings'],
    summary: 'One filing and what processing made of it',
    request: { params: accessionParams, query: noQuery },
    responses: { 200: json(filingSchema, 'The filing.'), ...problems(400, 404, 503) },
  }),
  dealFilings: createRoute({
    method: 'get',
    path: '/deals/{id}/filings',
    tags: ['filings'],
    summary: 'The filings behind a deal, newest first',
    request: { params: dealIdParams, query: noQuery },
    responses: { 200: json(filingListSchema, 'The filings among its sources.'), ...problems(400, 404, 503) },
  }),
  listFeeds: createRoute({
    method: 'get',
    path: '/feeds',
    tags: ['feeds'],
    summary: 'News feeds and their health',
    request: { query: noQuery },
    responses: { 200: json(feedListSchema, 'Every feed polled.'), ...problems(400, 503) },
  }),
  putFeed: createRoute({
    method: 'put',
    path: '/feeds/{id}',
    tags: ['feeds'],
    summary: 'Adds or replaces a feed (IAM in AWS)',
    request: { params: feedIdParams, query: noQuery, body: jsonBody(feedBody) },
    responses: { 200: json(feedSchema, 'The feed as stored.'), ...problems(400, 404, 413, 415, 503) },
  }),
  deleteFeed: createRoute({
    method: 'delete',
    path: '/feeds/{id}',
    tags: ['feeds'],
    summary: 'Removes an added feed (IAM in AWS)',
    request: { params: feedIdParams, query: noQuery },
    responses: { 204: { description: 'Removed.' }, ...problems(400, 404, 503) },
  }),
  listSubscriptions: createRoute({
    method: 'get',
    path: '/subscriptions',
    tags: ['subscriptions'],
    summary: 'Every subscription, oldest first (IAM in AWS)',
    request: { query: noQuery },
    responses: { 200: json(subscriptionListSchema, 'The subscriptions.'), ...problems(400, 503) },
  }),
  createSubscription: createRoute({
    method: 'post',
    path: '/subscriptions',
    tags: ['subscriptions'],
    summary: 'Subscribes an email address, phone or webhook (IAM in AWS)',
    request: { query: noQuery, body: jsonBody(newSubscription) },
    responses: {
      201: json(createdSubscriptionSchema, 'Created; email waits for the address to confirm.'),
      ...problems(400, 413, 415, 503),
    },
  }),
  publicSubscribe: createRoute({
    method: 'post',
    path: '/subscribe',
    tags: ['subscriptions'],
    summary:
      "The page's subscribe form: an email address (public in AWS only when the deployment enables it)",
    description:
      'SNS mails the address a confirmation link; alerts start once it is followed. An address already ' +
      'subscribed is left as it is (no second mail), and the answer is the same either way. 404 when the ' +
      'deployment keeps subscriptions IAM-only.',
    request: { query: noQuery, body: jsonBody(publicSubscription) },
    responses: {
      202: json(publicSubscriptionAnswer, 'Accepted: the address confirms it from its inbox.'),
      ...problems(400, 404, 413, 415, 503),
    },
  }),
  getSubscription: createRoute({
    method: 'get',
    path: '/subscriptions/{id}',
    tags: ['subscriptions'],
    summary: 'One subscription (IAM in AWS)',
    request: { params: subscriptionIdParams, query: noQuery },
    responses: { 200: json(subscriptionSchema, 'The subscription.'), ...problems(400, 404, 503) },
  }),
  deleteSubscription: createRoute({
    method: 'delete',
    path: '/subscriptions/{id}',
    tags: ['subscriptions'],
    summary: 'Unsubscribes (IAM in AWS)',
    request: { params: subscriptionIdParams, query: noQuery },
    responses: { 204: { description: 'Removed.' }, ...problems(400, 404, 503) },
  }),
  testSubscription: createRoute({
    method: 'post',
    path: '/subscriptions/{id}/test',
    tags: ['subscriptions'],
    summary: 'Sends a test alert about the newest deal through the real channel (IAM in AWS)',
    request: { params: subscriptionIdParams, query: noQuery },
    responses: { 200: json(testAlertSchema, 'The alert as sent.'), ...problems(400, 404, 409, 503) },
  }),
};
