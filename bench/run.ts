// `npm run bench [-- --scenario NAME]`: each scenario is a list of bench scripts, run one after another in their
// own process (their timings must not share a heap). Default: the extractor, feed and notify benches.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCENARIOS: Record<string, string[]> = {
  default: ['extract-bench.ts', 'feed-parse-bench.ts', 'notify-bench.ts'],
  earnings: ['earnings-bench.ts'],
};

const args = process.argv.slice(2);
const at = args.indexOf('--scenario');
const name = at >= 0 ? args[at + 1] : 'default';
const scripts = name ? SCENARIOS[name] : undefined;
if (!scripts) {
  process.stderr.write(
    `unknown bench scenario ${JSON.stringify(name)}; one of: ${Object.keys(SCENARIOS).join(', ')}\n`,
  );
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
for (const script of scripts) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, script)], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
