import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod';
import { companyById } from '../core/companies';
import { type DealRepository, VersionConflictError } from '../core/ports/store';
import type { Deal } from '../core/types';
import {
  CorrectionRefusedError,
  correctDeal,
  correctionRequest,
  DealNotFoundError,
} from '../use-cases/correct-deal';

// Deals as contracts: a pair's contracts, a company's deals on both sides, the old pair ids redirected, and
// the operator's corrections. Registered on the API app before its own /deals routes.

export interface DealRouteDeps {
  deals: DealRepository;
  clock?: () => Date;
}

const companyId = z.string().regex(/^[a-z0-9-]{1,60}$/, 'a company id such as "microsoft" or "nscale"');
const pairQuery = z.object({
  pair: z.string().regex(/^[a-z0-9-]{1,60}--[a-z0-9-]{1,60}$/, 'a pair of company ids: buyer--provider'),
});

const visible = (deals: Deal[]) => deals.filter((d) => !d.hidden);

/** The caller's IAM identity when API Gateway authorised the request (AWS), for the correction's "by". */
function iamCaller(c: Context): string | undefined {
  const env: unknown = c.env;
  if (!env || typeof env !== 'object' || !('requestContext' in env)) return undefined;
  const arn = (env as { requestContext?: { authorizer?: { iam?: { userArn?: unknown } } } }).requestContext
    ?.authorizer?.iam?.userArn;
  return typeof arn === 'string' ? arn : undefined;
}

function fail(c: Context, status: 400 | 404 | 409, message: string, issues?: unknown) {
  return c.json({ error: message, ...(issues ? { issues } : {}) }, status);
}

export function registerDealRoutes(app: OpenAPIHono, deps: DealRouteDeps): void {
  const clock = deps.clock ?? (() => new Date());

  // GET /deals?pair=buyer--provider: every visible contract of the pair, from the pair index.
  app.get('/deals', async (c, next) => {
    if (c.req.query('pair') === undefined) return next();
    const q = pairQuery.safeParse(c.req.query());
    if (!q.success)
      return fail(
        c,
        400,
        'invalid request',
        q.error.issues.map((i) => i.message),
      );
    const [buyer, provider] = q.data.pair.split('--') as [string, string];
    const deals = visible(await deps.deals.listByPair(buyer, provider));
    return c.json({ deals: deals.sort((a, b) => (a.firstSeenAt < b.firstSeenAt ? 1 : -1)), cursor: null });
  });

  // An old pair id, or a deal merged into another one: a permanent redirect to the deal that answers now.
  app.get('/deals/:id', async (c, next) => {
    // An id the API's own validation refuses (over the key limit, control characters) is its to answer.
    const id = c.req.param('id');
    if (Buffer.byteLength(id) > 512 || /\p{Cc}/u.test(id)) return next();
    const deal = await deps.deals.get(id);
    if (!deal?.mergedInto) return next();
    return c.redirect(new URL(encodeURIComponent(deal.mergedInto), c.req.url).pathname, 308);
  });

  app.get('/companies/:id', async (c) => {
    const id = companyId.safeParse(c.req.param('id'));
    if (!id.success) return fail(c, 400, 'invalid company id');
    const { asBuyer, asProvider } = await deps.deals.listByCompany(id.data);
    const known = companyById(id.data);
    const named = asBuyer[0]?.buyer ?? asProvider[0]?.provider;
    if (!known && !named) return fail(c, 404, `no company ${id.data}`);
    return c.json({
      company: { id: id.data, name: known?.name ?? named?.name ?? id.data },
      asBuyer: visible(asBuyer),
      asProvider: visible(asProvider),
    });
  });

  // Operator corrections: IAM-only in AWS (infra/http-api.ts lists the route).
  app.patch(
    '/deals/:id',
    bodyLimit({
      maxSize: 16 * 1024,
      onError: (c) => fail(c as Context, 400, 'the body is larger than 16 KB'),
    }),
    async (c) => {
      const body: unknown = await c.req.json().catch(() => undefined);
      const parsed = correctionRequest.safeParse(body);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        return fail(c, 400, 'invalid correction', issues);
      }
      const by = iamCaller(c) ?? parsed.data.by;
      if (!by) return fail(c, 400, 'say who corrects: "by"');
      try {
        const result = await correctDeal({ deals: deps.deals, clock }, c.req.param('id'), {
          ...parsed.data,
          by,
        });
        return c.json(result);
      } catch (err) {
        if (err instanceof DealNotFoundError) return fail(c, 404, err.message);
        if (err instanceof CorrectionRefusedError) return fail(c, 400, err.message);
        if (err instanceof VersionConflictError)
          return fail(c, 409, `${err.message}: read it again and retry`);
        throw err;
      }
    },
  );
}
