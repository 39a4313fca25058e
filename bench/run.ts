// `npm run bench [-- --scenario a,b] [--quick] [--list]`: runs the scenarios of bench/scenarios.ts one after the
// other, each in its own Node process, and ends with the wall time of each. A benchmark, never a test: figures
// are printed, goals are compared in the scenario's own output, and only a scenario that fails to run (not one
// that is slow) makes the exit code non-zero. The scenarios on DynamoDB Local share one, started here once (its
// JVM's start and warm-up are paid once, not four times); each works on tables of its own and drops them.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DynamoLocal, startDynamoLocal } from '../functions/local/dynamo-local';
import { SCENARIOS, type Scenario } from './scenarios';
import { BENCH_JAVA_TOOL_OPTIONS } from './support/bench-stack';
import { bundleScenario } from './support/bundled-scenario';

// The shared DynamoDB Local's readiness check is an SDK call in this process: no Node-version notice in the output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function parseArgs(argv: string[]): { selected: Scenario[]; quick: boolean; list: boolean } {
  const quick = argv.includes('--quick');
  const list = argv.includes('--list');
  const at = argv.indexOf('--scenario');
  if (at < 0) return { selected: SCENARIOS.filter((s) => !s.ownRun), quick, list };
  const names = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n));
  if (names.length === 0 || unknown.length > 0)
    throw new UsageError(
      `unknown scenario "${unknown.join(',') || '(none)'}": choose from ${SCENARIOS.map((s) => s.name).join(', ')}`,
    );
  return { selected: SCENARIOS.filter((s) => names.includes(s.name)), quick, list };
}

/**
 * CPU seconds (user + system) so far of the given process, or of this process's waited-for children (`children`):
 * Linux's /proc stat fields; null elsewhere. The scenarios' CPU is what the load cannot change, where wall time is.
 */
function cpuSeconds(pid: number | 'children'): number | null {
  try {
    const stat = readFileSync(`/proc/${pid === 'children' ? 'self' : pid}/stat`, 'utf8');
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    // After the name: state is field 3, utime 14, stime 15, cutime 16, cstime 17 (1-based, see proc(5)).
    const [user, system] = pid === 'children' ? [fields[13], fields[14]] : [fields[11], fields[12]];
    return ((user ?? 0) + (system ?? 0)) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100;

async function runScenario(s: Scenario, quick: boolean, dynamoEndpoint: string | null): Promise<number> {
  if (!s.bundled) return runScript(s, ['--import', 'tsx', `${BENCH_DIR}${s.script}`], quick, dynamoEndpoint);
  const dir = mkdtempSync(join(tmpdir(), `bench-${s.name}-`));
  try {
    const bundle = join(dir, `${s.name}.mjs`);
    await bundleScenario(`${BENCH_DIR}${s.script}`, bundle);
    return await runScript(s, [bundle], quick, dynamoEndpoint);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runScript(
  s: Scenario,
  script: string[],
  quick: boolean,
  dynamoEndpoint: string | null,
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(s.nodeArgs ?? []), ...script], {
      stdio: 'inherit',
      env: {
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ...process.env,
        ...(quick ? { ...s.quick, BENCH_QUICK: '1' } : {}),
        ...(s.dynamo && dynamoEndpoint ? { BENCH_DYNAMO_ENDPOINT: dynamoEndpoint } : {}),
      },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let args: ReturnType<typeof parseArgs>;
try {
  args = parseArgs(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof UsageError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(2);
}
if (args.list) {
  for (const s of SCENARIOS) process.stdout.write(`${s.name.padEnd(12)} ${s.what}\n`);
  process.exit(0);
}
process.stdout.write(
  `bench on ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} (other processes share the cores), ${new Date().toISOString()}${args.quick ? ', quick mode' : ''}\n\n`,
);
const rows: string[] = [];
const started = performance.now();
let failed = 0;
let dynamo: DynamoLocal | null = null;
if (args.selected.some((s) => s.dynamo)) {
  process.env.JAVA_TOOL_OPTIONS ??= BENCH_JAVA_TOOL_OPTIONS;
  const t0 = performance.now();
  dynamo = await startDynamoLocal({ dataDir: null });
  rows.push(
    `  ${'dynamo-local'.padEnd(12)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(7)} s  (one JVM, shared)`,
  );
}
try {
  for (const s of args.selected) {
    process.stdout.write(`== ${s.name}: ${s.what}\n`);
    const t0 = performance.now();
    const cpu0 = cpuSeconds('children');
    const jvm0 = dynamo?.pid ? cpuSeconds(dynamo.pid) : null;
    const code = await runScenario(s, args.quick, dynamo?.endpoint ?? null);
    const seconds = (performance.now() - t0) / 1000;
    const cpu1 = cpuSeconds('children');
    const jvm1 = dynamo?.pid ? cpuSeconds(dynamo.pid) : null;
    if (code !== 0) failed++;
    const cpu = cpu0 !== null && cpu1 !== null ? `  CPU ${(cpu1 - cpu0).toFixed(1).padStart(6)} s` : '';
    const jvm =
      s.dynamo && jvm0 !== null && jvm1 !== null ? ` + DynamoDB Local ${(jvm1 - jvm0).toFixed(1)} s` : '';
    rows.push(
      `  ${s.name.padEnd(12)} ${seconds.toFixed(1).padStart(7)} s${cpu}${jvm}${code === 0 ? '' : `  (exit ${code})`}`,
    );
    process.stdout.write('\n');
  }
} finally {
  await dynamo?.stop();
}
process.stdout.write(
  `wall time per scenario (CPU: the scenario's processes, user + system; the shared DynamoDB Local's apart):\n${rows.join('\n')}\n  ${'total'.padEnd(12)} ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s\n`,
);
if (failed > 0) process.exitCode = 1;
