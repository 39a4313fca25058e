import type { OpenAPIHono } from '@hono/zod-openapi';
import type { FeedConfig, FeedValidator } from '../core/ports/news';
import type { StateStore } from '../core/ports/store';
import { effectiveFeeds, putFeed, removeFeed } from '../use-cases/manage-feeds';
import { listFeedStatuses } from '../use-cases/poll-news';
import { ProblemError } from './problem';
import { acceptJsonBody } from './request-body';
import { routes } from './routes';
import { feedListSchema, feedSchema } from './schemas';

/** The news side: the deployed feed list and the state that holds feed health and the API's additions. */
export interface NewsDeps {
  /** Read at the request that needs it (the deployed list is validated once, at its first read). */
  baseFeeds: FeedConfig[];
  state: StateStore;
  defaultPollSeconds: number;
  /** The feed-list rules, applied to a feed added through PUT /feeds/{id}. */
  validateFeed: FeedValidator;
}

/** GET /feeds: each feed with its health; none without a news side. */
export function registerFeedListRoute(app: OpenAPIHono, news: NewsDeps | undefined): void {
  app.openapi(routes.listFeeds(), async (c) => {
    if (!news) return c.json({ feeds: [] }, 200);
    const feeds = await effectiveFeeds(news.state, news.baseFeeds);
    return c.json(feedListSchema().parse({ feeds: await listFeedStatuses(news.state, feeds) }), 200);
  });
}

/** PUT and DELETE /feeds/{id}: the operators' additions to the deployed list (IAM-only in AWS). */
export function registerFeedWriteRoutes(app: OpenAPIHono, news: NewsDeps | undefined): void {
  const newsSide = (): NewsDeps => {
    if (!news) throw new ProblemError('notFound', 'this deployment has no news side');
    return news;
  };

  acceptJsonBody(app, 'PUT', '/feeds/:id');
  app.openapi(routes.putFeed(), async (c) => {
    const input = { ...c.req.valid('json'), id: c.req.valid('param').id };
    return c.json(feedSchema().parse(await putFeed(newsSide(), input)), 200);
  });

  app.openapi(routes.deleteFeed(), async (c) => {
    const { id } = c.req.valid('param');
    if (!(await removeFeed(newsSide().state, id))) {
      throw new ProblemError(
        'notFound',
        `no added feed ${id} (feeds of the deployed list can be disabled, not removed)`,
      );
    }
    return c.body(null, 204);
  });
}
