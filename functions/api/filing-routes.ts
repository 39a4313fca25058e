import type { OpenAPIHono } from '@hono/zod-openapi';
import type { DealRepository, FilingRepository } from '../core/ports/store';
import { filingsOfDeal, queryFilings } from '../use-cases/query-filings';
import { ProblemError } from './problem';
import { routes } from './routes';
import { filingListSchema, filingPageSchema, filingSchema } from './schemas';

/** The stored filings: the list with its filters, a deal's filings and one filing. */
export function registerFilingRoutes(
  app: OpenAPIHono,
  deps: { filings: FilingRepository; deals: DealRepository },
): void {
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
    return c.json(filingPageSchema().parse({ filings: page.items, cursor: page.cursor }), 200);
  });

  app.openapi(routes.dealFilings(), async (c) => {
    const filings = await filingsOfDeal(deps, c.req.valid('param').id);
    return c.json(filingListSchema().parse({ filings }), 200);
  });

  app.openapi(routes.getFiling(), async (c) => {
    const { accession } = c.req.valid('param');
    const filing = await deps.filings.get(accession);
    if (!filing) throw new ProblemError('notFound', `no filing ${accession}`);
    return c.json(filingSchema().parse(filing), 200);
  });
}
