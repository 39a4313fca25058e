// `npm run bench` (last step): each Lambda bundle as the stack builds it (esbuild, ESM, minified, zod without its
// locales), its size, and its cold import time: a fresh Node process importing the bundle (module init included:
// settings read, SDK clients built; no AWS call). Best of 3 per function, on this machine, not Lambda's.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { TABLE_KEYS, TABLES } from '../functions/store/tables';
import type { EntryName } from '../infra/service-function';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRIES: EntryName[] = [
  'edgar-poll',
  'filing-worker',
  'news-poll',
  'notify',
  'deliver-alerts',
  'api-public',
  'api',
];
const RUNS = 3;

const env = {
  PATH: process.env.PATH,
  AWS_REGION: 'us-east-1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  ...Object.fromEntries(TABLE_KEYS.map((k) => [TABLES[k].envVar, `bench-${TABLES[k].id}`])),
  ALERT_TOPIC_PREFIX: 'bench-alert-',
  ALERT_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/deliveries',
  FILING_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/filing-jobs',
  SEC_USER_AGENT: 'Bench Lab ops@example.com',
};

const dir = mkdtempSync(join(tmpdir(), 'cold-import-'));
try {
  process.stdout.write('cold import (fresh process, best of 3) and bundle size per function:\n');
  for (const entry of ENTRIES) {
    const outfile = join(dir, `${entry}.mjs`);
    await build({
      entryPoints: [join(ROOT, 'functions', `${entry}.ts`)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      minify: true,
      mainFields: ['module', 'main'],
      alias: { zod: join(ROOT, 'functions/bundling/zod-without-locales.ts') },
      banner: {
        js: "import { createRequire } from 'module';const require = createRequire(import.meta.url);",
      },
      outfile,
      logLevel: 'error',
    });
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const script = `const t = performance.now(); await import(${JSON.stringify(outfile)}); console.log(performance.now() - t);`;
      const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        env,
        encoding: 'utf8',
      });
      if (out.status !== 0) throw new Error(`${entry} failed to import: ${out.stderr.slice(0, 500)}`);
      times.push(Number(out.stdout.trim().split('\n').at(-1)));
    }
    const kb = statSync(outfile).size / 1024;
    process.stdout.write(
      `  ${entry.padEnd(15)} ${kb.toFixed(0).padStart(5)} KB   import ${Math.min(...times)
        .toFixed(0)
        .padStart(4)} ms\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
