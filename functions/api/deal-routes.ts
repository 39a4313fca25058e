import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { companyById } from '../core/companies';
import { newestFirst } from '../core/deal-order';
import type { DealRepository } from '../core/ports/store';
import type { Deal } from '../core/types';
import { correctDeal } from '../use-cases/correct-deal';
import { toDealView } from './deal-view';
import { type InvalidField, ProblemError, summarise } from './problem';
import { routes } from './routes';
import { companyDealsSchema, correctionResultSchema, NOT_WITH_PAIR } from './schemas';

// Deals as contracts: a pair's contracts, a company's deals on both sides, and the operator's corrections.
// OpenAPI routes like the rest: the same zod schemas validate them and describe them in /openapi.json.

export interface DealRouteDeps {
  deals: DealRepository;
  clock?: () => Date;
  /** A correction changed what the deals list shows. */
  onCorrected?: () => void;
  /** Serve GET /companies/{id} (false in the write function, which API Gateway never sends it). */
  companies: boolean;
  /** Serve PATCH /deals/{id} (false in the public read function). */
  corrections: boolean;
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

export function registerDealRoutes(app: OpenAPIHono, deps: DealRouteDeps): void {
  const clock = deps.clock ?? (() => new Date());

  if (deps.companies) {
    app.openapi(routes.getCompany(), async (c) => {
      const { id } = c.req.valid('param');
      const { asBuyer, asProvider } = await deps.deals.listByCompany(id);
      const known = companyById(id);
      const named = asBuyer[0]?.buyer ?? asProvider[0]?.provider;
      if (!known && !named) throw new ProblemError('notFound', `no company ${id}`);
      return c.json(
        companyDealsSchema.parse({
          company: { id, name: known?.name ?? named?.name ?? id },
          asBuyer: visible(asBuyer).map(toDealView),
          asProvider: visible(asProvider).map(toDealView),
        }),
        200,
      );
    });
  }

  // Operator corrections: IAM-only in AWS (infra/http-api.ts lists the route).
  if (!deps.corrections) return;
  app.openapi(routes.correctDeal(), async (c) => {
    const input = c.req.valid('json');
    const by = iamCaller(c) ?? input.by;
    if (!by) {
      const errors: InvalidField[] = [
        { in: 'body', name: 'by', detail: 'say who corrects (or sign the request with IAM)' },
      ];
      throw new ProblemError('invalidRequest', summarise(errors), errors);
    }
    const result = await correctDeal({ deals: deps.deals, clock }, c.req.valid('param').id, { ...input, by });
    deps.onCorrected?.();
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
