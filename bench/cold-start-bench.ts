// `npm run bench -- --scenario cold-start`: each Lambda function's bundle as `cdk synth` builds it (esbuild, ESM,
// minified, source maps), its size, and the time a fresh Node process takes to import the bundled handler — the
// part of a Lambda cold start that is ours (the runtime's own start is not). Goal: < 150 ms per handler.
// The stack is synthesized in this process into a temporary directory, exactly as infra/app.ts does, and each
// bundle is imported with the environment the template gives its function (references replaced by
// placeholders: nothing is called at import time, so nothing is reached).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App } from 'aws-cdk-lib';
import { readDeploySettings } from '../infra/settings';
import { ComputeContractAlertsStack } from '../infra/stack';

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const GOAL_MS = 150;
const STACK = 'BenchColdStart';

interface CfnFunction {
  Type: string;
  Properties: {
    Handler?: string;
    Environment?: { Variables?: Record<string, unknown> };
    Description?: string;
  };
  Metadata?: Record<string, unknown>;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
};

/** Milliseconds to import `file` in a fresh Node process, measured inside it (Node's own start excluded). */
function importMs(file: string, env: Record<string, string>): number {
  const script = `const t=performance.now();const m=await import(${JSON.stringify(pathToFileURL(file).href)});if(typeof m.handler!=='function')throw new Error('no handler export');process.stdout.write(String(performance.now()-t));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0)
    throw new Error(
      `importing ${file} failed: ${r.stderr.trim().split('\n').filter(Boolean).slice(0, 4).join(' | ')}`,
    );
  return Number(r.stdout);
}

/** Milliseconds for a fresh Node process to start and exit doing nothing: the baseline every import sits on. */
function nodeStartMs(): number {
  const t = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - t;
}

// BENCH_CDK_OUT keeps the synthesized assembly in that directory and reuses it when it is already there (to
// measure again without bundling again); by default it is synthesized afresh into a temporary directory.
const kept = process.env.BENCH_CDK_OUT;
const outdir = kept ?? mkdtempSync(join(tmpdir(), 'cca-bench-synth-'));
const templateFile = join(outdir, `${STACK}.template.json`);
try {
  const t0 = performance.now();
  if (!kept || !existsSync(templateFile)) {
    // Asset metadata names each function's bundle directory (the CDK CLI turns it on the same way).
    const app = new App({ outdir, context: { 'aws:cdk:enable-asset-metadata': true } });
    const settings = readDeploySettings((key) => app.node.tryGetContext(key));
    new ComputeContractAlertsStack(app, STACK, { settings });
    app.synth();
  }
  const synthSeconds = (performance.now() - t0) / 1000;
  const template = JSON.parse(readFileSync(templateFile, 'utf8')) as {
    Resources: Record<string, CfnFunction>;
  };
  // Ours are the ESM bundles; a CDK-provided helper function (log retention, custom resources) is not.
  const functions = Object.entries(template.Resources).filter(
    ([, r]) =>
      r.Type === 'AWS::Lambda::Function' &&
      typeof r.Metadata?.['aws:asset:path'] === 'string' &&
      readdirSync(join(outdir, r.Metadata['aws:asset:path'] as string)).includes('index.mjs'),
  );
  process.stdout.write(
    `synthesized ${functions.length} functions in ${synthSeconds.toFixed(1)} s; import time = median of ${RUNS} fresh processes; Node's own start ${median(Array.from({ length: RUNS }, nodeStartMs)).toFixed(0)} ms (not included)\n`,
  );
  process.stdout.write(
    `${'function'.padEnd(34)}${'bundle KB'.padStart(10)}${'map KB'.padStart(9)}${'import ms'.padStart(11)}  goal < ${GOAL_MS} ms\n`,
  );
  for (const [logicalId, fn] of functions) {
    const assetDir = join(outdir, fn.Metadata?.['aws:asset:path'] as string);
    const files = readdirSync(assetDir);
    const bundle = 'index.mjs';
    const map = files.find((f) => f.endsWith('.map'));
    const env: Record<string, string> = { AWS_REGION: 'us-east-1', AWS_LAMBDA_FUNCTION_NAME: logicalId };
    for (const [k, v] of Object.entries(fn.Properties.Environment?.Variables ?? {}))
      env[k] = typeof v === 'string' ? v : placeholderFor(k);
    // Source maps on, as deployed (NODE_OPTIONS=--enable-source-maps is in the template): it costs at import.
    const times = Array.from({ length: RUNS }, () => importMs(join(assetDir, bundle), env));
    const ms = median(times);
    const name = logicalId.replace(/Function[0-9A-F]{8}$/, '');
    process.stdout.write(
      `${name.padEnd(34)}${(statSync(join(assetDir, bundle)).size / 1024).toFixed(0).padStart(10)}${(map ? statSync(join(assetDir, map)).size / 1024 : 0).toFixed(0).padStart(9)}${ms.toFixed(0).padStart(11)}  ${ms < GOAL_MS ? 'ok' : 'MISSED'}\n`,
    );
  }
} finally {
  if (!kept) rmSync(outdir, { recursive: true, force: true });
}

/** A well-formed stand-in for a value the template only knows at deploy time (a table name, a topic ARN). */
function placeholderFor(key: string): string {
  if (key === 'SEC_USER_AGENT') return 'Bench Lab bench@example.com';
  if (/ARN/i.test(key)) return 'arn:aws:sns:us-east-1:123456789012:bench-placeholder';
  if (/URL/i.test(key)) return 'https://sqs.us-east-1.amazonaws.com/123456789012/bench-placeholder';
  return 'bench-placeholder';
}
