import type { OpenAPIHono } from '@hono/zod-openapi';
import { pageHtml, type SubscribeForm } from './page';
import { REFERENCE_HTML } from './reference-page';
import { STATIC_ASSETS } from './static-assets';

/** The page, the API reference and the page's script, styles and chart. */
export function registerPageRoutes(app: OpenAPIHono, subscribeForm: SubscribeForm): void {
  const page = pageHtml(subscribeForm);
  app.get('/', (c) => c.html(page));
  app.get('/reference', (c) => c.html(REFERENCE_HTML));
  for (const [path, asset] of Object.entries(STATIC_ASSETS)) {
    app.get(path, (c) => c.body(asset.body, 200, { 'content-type': asset.type }));
  }
}
