// `npm run bench -- --scenario cold-start`: each Lambda function's bundle as `cdk synth` builds it (esbuild, ESM,
// minified, source maps: infra/service-function.ts's SERVICE_BUNDLING), its size, and the time a fresh Node process
// takes to import the bundled handler — the part of a Lambda cold start that is ours (the runtime's own start is
// not). Goal: < 150 ms per handler.
// The stack is synthesized as infra/app.ts does but with bundling skipped (CDK's bundling runs one esbuild process
// per function, one after the other: 161 s of a loaded run); the eight entries are bundled by one esbuild build
// with the same options, in esbuild's own process while the synthesis runs in this one. Each bundle is imported with the
// environment the template gives its function (references replaced by placeholders: nothing is called at import
// time, so nothing is reached).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CfnResource } from 'aws-cdk-lib';
import { build } from 'esbuild';
import { ENTRY_NAMES, ServiceFunction, serviceBuildOptions } from '../infra/service-function';

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const GOAL_MS = 150;
/** Node's median start over its fastest beyond which the run is called busy. */
const BUSY_RATIO = 1.5;
const STACK = 'BenchColdStart';

interface CfnFunction {
  Type: string;
  Properties: {
    Handler?: string;
    Environment?: { Variables?: Record<string, unknown> };
    Description?: string;
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
};

/**
 * Milliseconds to import `file` in a fresh Node process, measured inside it (Node's own start excluded): wall
 * time, and the CPU time of the process meanwhile (all its threads), which the other load on a shared machine
 * changes much less.
 */
function importMs(file: string, env: Record<string, string>): { wall: number; cpu: number } {
  const script = `const t=performance.now();const c=process.cpuUsage();const m=await import(${JSON.stringify(pathToFileURL(file).href)});const u=process.cpuUsage(c);if(typeof m.handler!=='function')throw new Error('no handler export');process.stdout.write(JSON.stringify({wall:performance.now()-t,cpu:(u.user+u.system)/1000}));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0)
    throw new Error(
      `importing ${file} failed: ${r.stderr.trim().split('\n').filter(Boolean).slice(0, 4).join(' | ')}`,
    );
  return JSON.parse(r.stdout) as { wall: number; cpu: number };
}

/** Milliseconds for a fresh Node process to start and exit doing nothing: the baseline every import sits on. */
function nodeStartMs(): number {
  const t = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - t;
}

const outdir = mkdtempSync(join(tmpdir(), 'cca-bench-synth-'));
const bundleDir = join(outdir, 'bundles');
try {
  const bundling = bundleEntries(bundleDir);
  const t0 = performance.now();
  // The CDK is loaded only now, so that esbuild has its request before this process is busy loading and synthesizing.
  const [{ App, Stack }, { readDeploySettings }, { ComputeContractAlertsStack }] = await Promise.all([
    import('aws-cdk-lib'),
    import('../infra/settings'),
    import('../infra/stack'),
  ]);
  // No bundling at synth (the asset is a placeholder): the template's environment and the functions' entries.
  const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
  const settings = readDeploySettings((key) => app.node.tryGetContext(key));
  const stack = new ComputeContractAlertsStack(app, STACK, { settings });
  app.synth();
  const template = JSON.parse(readFileSync(join(outdir, `${STACK}.template.json`), 'utf8')) as {
    Resources: Record<string, CfnFunction>;
  };
  const functions = stack.node
    .findAll()
    .filter((c): c is ServiceFunction => c instanceof ServiceFunction)
    .map((f) => {
      const logicalId = Stack.of(f).resolve((f.fn.node.defaultChild as CfnResource).logicalId) as string;
      return { logicalId, entry: f.entry, fn: template.Resources[logicalId] };
    });
  const synthSeconds = (performance.now() - t0) / 1000;
  const bundleSeconds = await bundling;
  const runs = functions.map(({ logicalId, entry, fn }) => {
    const env: Record<string, string> = { AWS_REGION: 'us-east-1', AWS_LAMBDA_FUNCTION_NAME: logicalId };
    for (const [k, v] of Object.entries(fn?.Properties.Environment?.Variables ?? {}))
      env[k] = typeof v === 'string' ? v : placeholderFor(k);
    return {
      name: logicalId.replace(/Function[0-9A-F]{8}$/, ''),
      bundle: join(bundleDir, `${entry}.mjs`),
      env,
    };
  });
  const { imports, nodeStarts } = importRounds(runs);
  const start = { min: Math.min(...nodeStarts), median: median(nodeStarts) };
  process.stdout.write(
    `synthesized ${functions.length} functions in ${synthSeconds.toFixed(1)} s (bundling skipped), bundled the ${ENTRY_NAMES.length} entries in ${bundleSeconds.toFixed(1)} s meanwhile (esbuild); ${RUNS} rounds of fresh imports, one per function and round; Node's own start (not included) ${start.min.toFixed(0)} ms fastest, ${start.median.toFixed(0)} median\n`,
  );
  if (start.median > BUSY_RATIO * start.min)
    process.stdout.write(
      `the machine was busy (Node's median start ${(start.median / start.min).toFixed(1)}x its fastest): the wall times are not comparable between runs, the CPU times are\n`,
    );
  process.stdout.write(
    `${'function'.padEnd(22)}${'bundle KB'.padStart(10)}${'map KB'.padStart(8)}${'wall fastest'.padStart(14)}${'median'.padStart(8)}${'CPU fastest'.padStart(13)}${'median'.padStart(8)}  goal: CPU median < ${GOAL_MS} ms\n`,
  );
  runs.forEach(({ name, bundle }, i) => {
    const times = imports[i] ?? [];
    const wall = times.map((t) => t.wall);
    const cpu = times.map((t) => t.cpu);
    const cpuMedian = median(cpu);
    const cols = [
      statSync(bundle).size / 1024,
      statSync(`${bundle}.map`).size / 1024,
      Math.min(...wall),
      median(wall),
      Math.min(...cpu),
      cpuMedian,
    ];
    const widths = [10, 8, 14, 8, 13, 8];
    process.stdout.write(
      `${name.padEnd(22)}${cols.map((v, j) => v.toFixed(0).padStart(widths[j] ?? 0)).join('')}  ${cpuMedian < GOAL_MS ? 'ok' : 'MISSED'}\n`,
    );
  });
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

/**
 * RUNS rounds: in each, a bare Node start, then every bundle imported once in a fresh process, the functions in a
 * rotating order so that no function is always the one right after the baseline or a burst. Source maps on, as
 * deployed (NODE_OPTIONS=--enable-source-maps is in the template): they cost at import.
 */
function importRounds(runs: { bundle: string; env: Record<string, string> }[]) {
  const imports: { wall: number; cpu: number }[][] = runs.map(() => []);
  const nodeStarts: number[] = [];
  for (let round = 0; round < RUNS; round++) {
    nodeStarts.push(nodeStartMs());
    for (let k = 0; k < runs.length; k++) {
      const i = (k + round) % runs.length;
      const run = runs[i];
      if (run) imports[i]?.push(importMs(run.bundle, run.env));
    }
  }
  return { imports, nodeStarts };
}

/** The eight entries bundled as each function's bundle is built, in one esbuild build; resolves to its seconds. */
async function bundleEntries(outdir: string): Promise<number> {
  const t0 = performance.now();
  await build({
    entryPoints: Object.fromEntries(
      ENTRY_NAMES.map((e) => [e, fileURLToPath(new URL(`../functions/${e}.ts`, import.meta.url))]),
    ),
    ...serviceBuildOptions(),
    outdir,
    logLevel: 'warning',
  });
  return (performance.now() - t0) / 1000;
}

/** A well-formed stand-in for a value the template only knows at deploy time (a table name, a topic ARN). */
function placeholderFor(key: string): string {
  if (key === 'SEC_USER_AGENT') return 'Bench Lab bench@example.com';
  if (/ARN/i.test(key)) return 'arn:aws:sns:us-east-1:123456789012:bench-placeholder';
  if (/URL/i.test(key)) return 'https://sqs.us-east-1.amazonaws.com/123456789012/bench-placeholder';
  return 'bench-placeholder';
}
