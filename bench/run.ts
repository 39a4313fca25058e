// `npm run bench [-- --scenario a,b] [--quick] [--list]`: runs the scenarios of bench/scenarios.ts one after the
// other, each in its own Node process, and ends with the wall time of each. A benchmark, never a test: figures
// are printed, goals are compared in the scenario's own output, and only a scenario that fails to run (not one
// that is slow) makes the exit code non-zero.
import { spawn } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { SCENARIOS, type Scenario } from './scenarios';

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

function runScenario(s: Scenario, quick: boolean): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `${BENCH_DIR}${s.script}`], {
      stdio: 'inherit',
      env: {
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ...process.env,
        ...(quick ? { ...s.quick, BENCH_QUICK: '1' } : {}),
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
for (const s of args.selected) {
  process.stdout.write(`== ${s.name}: ${s.what}\n`);
  const t0 = performance.now();
  const code = await runScenario(s, args.quick);
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0) failed++;
  rows.push(
    `  ${s.name.padEnd(12)} ${seconds.toFixed(1).padStart(7)} s${code === 0 ? '' : `  (exit ${code})`}`,
  );
  process.stdout.write('\n');
}
process.stdout.write(
  `wall time per scenario:\n${rows.join('\n')}\n  ${'total'.padEnd(12)} ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s\n`,
);
if (failed > 0) process.exitCode = 1;
