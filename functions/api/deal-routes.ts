import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { companyById } from '../core/companies';
import { newestFirst } from '../core/deal-order';
import type { DealRepository } from '../core/ports/store';
import type { Deal } from '../core/types';
import { correctDeal } from '../use-cases/correct-deal';
import { dealsAtom } from './atom';
import { dealsCsv } from './csv';
import { toDealView } from './deal-view';
import { listAnswer } from './list-answer';
import { type InvalidField, ProblemError, summarise } from './problem';
import { acceptJsonBody } from './request-body';
import type { ResponseCache } from './response-cache';
import { routes } from './routes';
import {
  canonicalDealQuery,
  companyDealsSchema,
  correctionResultSchema,
  type DealQueryInput,
  encodeDealPosition,
  NOT_WITH_PAIR,
} from './schemas';

// The deals: the list (JSON, CSV, Atom, a pair's contracts), one deal, a company's deals on both sides, and the
// operator's corrections.
// OpenAPI routes like the rest: the same zod schemas validate them and describe them in /openapi.json.

export interface DealRouteDeps {
  deals: DealRepository;
  /**
   * The deals list's pages (/deals, /deals.csv, /deals.atom), kept for a few seconds in this process; without
   * it every request reads its page from the store.
   */
  listCache?: ResponseCache | undefined;
  /** The API's public address (no trailing slash) for absolute links; null: the Atom feed has a URN id. */
  publicBaseUrl?: string | null | undefined;
}

export interface CorrectionRouteDeps {
  deals: DealRepository;
  clock: () => Date;
  /** A correction changed what the deals list shows. */
  onCorrected: () => void;
}

const visible = (deals: Deal[]) => deals.filter((d) => !d.hidden && !d.mergedInto);

/** The caller's IAM identity when API Gateway authorised the request (AWS), for the correction's "by". */
function iamCaller(c: Context): string | undefined {
  const env: unknown = c.env;
  if (!env || typeof env !== 'object' || !('requestContext' in env)) return undefined;
  const arn = (env as { requestContext?: { authorizer?: { iam?: { userArn?: unknown } } } }).requestContext
    ?.authorizer?.iam?.userArn;
  return typeof arn === 'string' ? arn : undefined;
}

/** The list filters do not apply to a pair's list: given with it they are refused by name, not ignored. */
export function refuseFiltersWithPair(given: URLSearchParams): void {
  const errors = NOT_WITH_PAIR.filter((name) => given.has(name)).map(
    (name): InvalidField => ({ in: 'query', name, detail: 'not combined with pair' }),
  );
  if (errors.length > 0) throw new ProblemError('invalidRequest', summarise(errors), errors);
}

/**
 * GET /deals?pair=buyer--provider: every visible contract of the pair from the pair index, newest announcement
 * first.
 */
export async function pairDeals(deals: DealRepository, pair: string) {
  const [buyer, provider] = pair.split('--') as [string, string];
  const all = visible(await deals.listByPair(buyer, provider));
  return { deals: all.sort(newestFirst).map(toDealView), cursor: null };
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const CSV_HEADERS = {
  'content-type': 'text/csv; charset=utf-8',
  'content-disposition': 'attachment; filename="deals.csv"',
};

/** The public reads of deals: the list in its three formats, one deal, and a company's deals. */
export function registerDealRoutes(app: OpenAPIHono, deps: DealRouteDeps): void {
  // One Query of the deals' announcement index per page (store/deals.ts); the cursor is the last deal's position.
  const listPage = async (q: DealQueryInput) => {
    const { cursor, ...query } = q;
    const page = await deps.deals.list({ ...query, ...(cursor ? { after: cursor } : {}) });
    return {
      deals: page.items.map(toDealView),
      cursor: page.next ? encodeDealPosition(page.next) : null,
    };
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

  app.openapi(routes.getCompany(), async (c) => {
    const { id } = c.req.valid('param');
    const { asBuyer, asProvider } = await deps.deals.listByCompany(id);
    const known = companyById(id);
    const named = asBuyer[0]?.buyer ?? asProvider[0]?.provider;
    if (!known && !named) throw new ProblemError('notFound', `no company ${id}`);
    return c.json(
      companyDealsSchema().parse({
        company: { id, name: known?.name ?? named?.name ?? id },
        asBuyer: visible(asBuyer).map(toDealView),
        asProvider: visible(asProvider).map(toDealView),
      }),
      200,
    );
  });
}

/** PATCH /deals/{id}: the operators' corrections (IAM-only in AWS: infra/http-api.ts lists the route). */
export function registerCorrectionRoute(app: OpenAPIHono, deps: CorrectionRouteDeps): void {
  acceptJsonBody(app, 'PATCH', '/deals/:id');
  app.openapi(routes.correctDeal(), async (c) => {
    const input = c.req.valid('json');
    const by = iamCaller(c) ?? input.by;
    if (!by) {
      const errors: InvalidField[] = [
        { in: 'body', name: 'by', detail: 'say who corrects (or sign the request with IAM)' },
      ];
      throw new ProblemError('invalidRequest', summarise(errors), errors);
    }
    const result = await correctDeal({ deals: deps.deals, clock: deps.clock }, c.req.valid('param').id, {
      ...input,
      by,
    });
    deps.onCorrected();
    const view = (deal: Deal) => ({ ...toDealView(deal), hidden: deal.hidden });
    return c.json(
      correctionResultSchema().parse({
        deal: view(result.deal),
        other: result.other ? view(result.other) : null,
      }),
      200,
    );
  });
}
