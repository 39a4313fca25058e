import { PAGE_CSS, PAGE_JS } from './page';
import { REFERENCE_JS } from './reference-page';

/** Files the page loads from this origin (the Content-Security-Policy allows nothing else). */
export const STATIC_ASSETS: Record<string, { type: string; body: string }> = {
  '/assets/page.js': { type: 'text/javascript; charset=utf-8', body: PAGE_JS },
  '/assets/reference.js': { type: 'text/javascript; charset=utf-8', body: REFERENCE_JS },
  '/assets/page.css': { type: 'text/css; charset=utf-8', body: PAGE_CSS },
};
