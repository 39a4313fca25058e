import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { AlertChannel } from '../core/ports/channels';
import type { Logger } from '../core/ports/log';
import type { FeedConfig } from '../core/ports/news';
import type {
  DealRepository,
  FilingRepository,
  StateStore,
  SubscriptionRepository,
} from '../core/ports/store';
import type { Subscription } from '../core/types';
import { InvalidCursorError } from '../store/client';
import { effectiveFeeds, FeedRefusedError, putFeed, removeFeed } from '../use-cases/manage-feeds';
import { listFeedStatuses } from '../use-cases/poll-news';
import {
  DealNotFoundError,
  filingsOfDeal,
  queryFilings,
  UnknownCompanyError,
} from '../use-cases/query-filings';
import { dealsAtom } from './atom';
import { registerDealRoutes } from './deal-routes';
import { PAGE_HTML } from './page';
import { accessionParam, dealQuery, filingQuery, newSubscription } from './schemas';

export interface ApiDeps {
  deals: DealRepository;
  filings: FilingRepository;
  subscriptions: SubscriptionRepository;
  channel: AlertChannel;
  /** The news side: the deployed feed list and the state that holds feed health and the API's additions. */
  news?: { baseFeeds: FeedConfig[]; state: StateStore; defaultPollSeconds: number };
  log: Logger;
  clock?: () => Date;
}

class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

async function jsonBody(request: { json(): Promise<unknown> }): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new InvalidBodyError('the body must be JSON');
  }
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new NotFoundError('this deployment has no news side');
  return value;
}

/** A request body that is not JSON. (A hand-made zod 4 ZodError is not `instanceof Error`, so Hono's onError
 * would never see it and the request would fail outside the handler.) */
class InvalidBodyError extends Error {
  override readonly name = 'InvalidBodyError';
}

/**
 * A cursor that decodes but is no key of the index (edited, or from another list) makes DynamoDB refuse the
 * query: the caller's mistake, so a 400 like any other bad cursor rather than a 500.
 */
async function readPage<T>(cursor: string | undefined, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (
      cursor &&
      err instanceof Error &&
      err.name === 'ValidationException' &&
      /starting key/i.test(err.message)
    ) {
      throw new InvalidCursorError();
    }
    throw err;
  }
}

/** The HTTP API, the same app behind API Gateway (hono/aws-lambda) and on localhost (@hono/node-server). */
export function createApiApp(deps: ApiDeps): Hono {
  const app = new Hono();
  const clock = deps.clock ?? (() => new Date());

  app.onError((err, c) => {
    if (err instanceof z.ZodError) {
      return c.json(
        {
          error: 'invalid request',
          issues: err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        },
        400,
      );
    }
    if (err instanceof InvalidBodyError) {
      return c.json({ error: 'invalid request', issues: [{ path: '', message: err.message }] }, 400);
    }
    if (err instanceof InvalidCursorError) return c.json({ error: err.message }, 400);
    if (err instanceof FeedRefusedError) return c.json({ error: err.message }, 400);
    if (err instanceof UnknownCompanyError) return c.json({ error: err.message }, 400);
    if (err instanceof NotFoundError || err instanceof DealNotFoundError)
      return c.json({ error: err.message }, 404);
    deps.log.error('api error', { path: c.req.path, error: String(err) });
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: `no route for ${c.req.method} ${c.req.path}` }, 404));

  // A subscription or a feed is well under 1 KB of JSON; nothing larger is read into memory.
  const smallBody = bodyLimit({
    maxSize: 16 * 1024,
    onError: (c) => c.json({ error: 'the body is larger than 16 KB' }, 413),
  });

  app.get('/', (c) => c.html(PAGE_HTML));
  app.get('/health', (c) => c.json({ ok: true }));

  registerDealRoutes(app, { deals: deps.deals, clock });
  app.get('/deals', async (c) => {
    const q = dealQuery.parse(c.req.query());
    const page = await readPage(q.cursor, () => deps.deals.list(q));
    return c.json({ deals: page.items, cursor: page.cursor });
  });

  app.get('/deals.atom', async (c) => {
    const q = dealQuery.parse(c.req.query());
    const page = await readPage(q.cursor, () => deps.deals.list(q));
    return c.body(dealsAtom(page.items, c.req.url), 200, {
      'content-type': 'application/atom+xml; charset=utf-8',
    });
  });

  app.get('/deals/:id', async (c) => {
    const deal = await deps.deals.get(c.req.param('id'));
    if (!deal) throw new NotFoundError(`no deal ${c.req.param('id')}`);
    return c.json(deal);
  });

  app.get('/deals/:id/filings', async (c) => {
    return c.json({ filings: await filingsOfDeal(deps, c.req.param('id')) });
  });

  app.get('/filings', async (c) => {
    const q = filingQuery.parse(c.req.query());
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
    return c.json({ filings: page.items, cursor: page.cursor });
  });

  app.get('/filings/:accession', async (c) => {
    const accession = accessionParam.parse(c.req.param('accession'));
    const filing = await deps.filings.get(accession);
    if (!filing) throw new NotFoundError(`no filing ${accession}`);
    return c.json(filing);
  });

  app.get('/feeds', async (c) => {
    if (!deps.news) return c.json({ feeds: [] });
    const feeds = await effectiveFeeds(deps.news.state, deps.news.baseFeeds);
    return c.json({ feeds: await listFeedStatuses(deps.news.state, feeds) });
  });

  app.put('/feeds/:id', smallBody, async (c) => {
    const news = need(deps.news);
    const body = await jsonBody(c.req);
    const input = typeof body === 'object' && body !== null ? { ...body, id: c.req.param('id') } : body;
    return c.json(await putFeed(news.state, input, news.defaultPollSeconds), 200);
  });

  app.delete('/feeds/:id', async (c) => {
    if (!(await removeFeed(need(deps.news).state, c.req.param('id')))) {
      throw new NotFoundError(
        `no added feed ${c.req.param('id')} (feeds of the deployed list can be disabled, not removed)`,
      );
    }
    return c.body(null, 204);
  });

  app.post('/subscriptions', smallBody, async (c) => {
    const body = await jsonBody(c.req);
    const input = newSubscription.parse(body);
    const subscription: Subscription = {
      id: randomUUID(),
      ...input,
      createdAt: clock().toISOString(),
      channelRef: null,
    };
    subscription.channelRef = await deps.channel.register(subscription);
    try {
      await deps.subscriptions.put(subscription);
    } catch (err) {
      // Without its record the channel subscription would alert nobody but could not be removed through the API.
      await deps.channel.unregister(subscription).catch(() => {});
      throw err;
    }
    const pending = subscription.channel === 'email' && !subscription.channelRef?.startsWith('arn:');
    return c.json(
      { ...subscription, note: pending ? 'check your inbox to confirm the subscription' : undefined },
      201,
    );
  });

  app.get('/subscriptions/:id', async (c) => {
    const sub = await deps.subscriptions.get(c.req.param('id'));
    if (!sub) throw new NotFoundError(`no subscription ${c.req.param('id')}`);
    return c.json(sub);
  });

  app.delete('/subscriptions/:id', async (c) => {
    const sub = await deps.subscriptions.get(c.req.param('id'));
    if (!sub) throw new NotFoundError(`no subscription ${c.req.param('id')}`);
    await deps.channel.unregister(sub);
    await deps.subscriptions.delete(sub.id);
    return c.body(null, 204);
  });

  return app;
}
