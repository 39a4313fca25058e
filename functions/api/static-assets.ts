import uplot from './generated/uplot.json';
import { PAGE_CSS, PAGE_JS } from './page';
import { REFERENCE_JS } from './reference-page';

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/**
 * Files the pages load from this origin (the Content-Security-Policy allows nothing else). uPlot, the chart
 * library, is copied from its npm package into generated/uplot.json (npm run assets), so that it is bundled
 * with the API wherever it runs.
 */
export const STATIC_ASSETS: Record<string, { type: string; body: string }> = {
  '/assets/page.js': { type: JS, body: PAGE_JS },
  '/assets/page.css': { type: CSS, body: PAGE_CSS },
  '/assets/reference.js': { type: JS, body: REFERENCE_JS },
  '/assets/uplot.js': { type: JS, body: uplot.js },
  '/assets/uplot.css': { type: CSS, body: uplot.css },
};
