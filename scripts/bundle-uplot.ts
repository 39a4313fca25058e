// Copies uPlot's browser build (JS and CSS) from node_modules into a JSON module that the API imports, so the
// chart library ships inside the Lambda bundle and the local server alike, served from the app's own origin.
// Run after changing the uplot version: npm run assets. A unit test fails while the copy is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export function readUplotDist(): { version: string; js: string; css: string } {
  const pkg = require.resolve('uplot/package.json');
  const dist = join(dirname(pkg), 'dist');
  return {
    version: (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version,
    js: readFileSync(join(dist, 'uPlot.iife.min.js'), 'utf8'),
    css: readFileSync(join(dist, 'uPlot.min.css'), 'utf8'),
  };
}

export const UPLOT_JSON = join(
  dirname(fileURLToPath(import.meta.url)),
  '../functions/api/generated/uplot.json',
);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(UPLOT_JSON, `${JSON.stringify(readUplotDist())}\n`);
  console.log(`wrote ${UPLOT_JSON}`);
}
