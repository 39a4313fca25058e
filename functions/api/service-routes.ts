import { OpenAPIHono } from '@hono/zod-openapi';
import type { DealRepository } from '../core/ports/store';
import { documentedRoutes, routes } from './routes';

// The routes about the service itself: whether its table answers, and the API's OpenAPI document.

export function registerHealthRoute(app: OpenAPIHono, deals: DealRepository): void {
  app.openapi(routes.health(), async (c) => {
    // A read of a key that never exists: it proves the table answers without reading any data.
    await deals.get('health-check');
    return c.json({ ok: true, store: 'ok' as const }, 200);
  });
}

/**
 * GET /openapi.json, written from the whole route table, not from the routes this app registered: the public read
 * function serves no write route but documents the API as a whole.
 */
export function registerDocumentRoute(app: OpenAPIHono): void {
  app.get('/openapi.json', (c) => {
    try {
      return c.json(wholeApiDocument());
    } catch (e) {
      return c.json(e, 500);
    }
  });
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
