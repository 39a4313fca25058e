import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm test` runs `npm run lint:layers` (dependency-cruiser, .dependency-cruiser.cjs). Here the same command,
// with the same configuration, runs over a small tree that breaks every rule once, so a rule that stopped
// matching (a renamed folder, a regex typo) fails this test instead of passing silently.

const ROOT = resolve(import.meta.dirname, '../..');
const CRUISER = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** The folders `lint:layers` cruises, read from package.json, so the test runs exactly what npm test runs. */
function lintArgs(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const script = pkg.scripts['lint:layers'] ?? '';
  const args = script.split(/\s+/).slice(1);
  expect(script.startsWith('depcruise ')).toBe(true);
  return args.map((a) => (a === '.dependency-cruiser.cjs' ? join(ROOT, a) : a));
}

function cruise(dir: string): { status: number | null; violations: string[] } {
  const run = spawnSync(process.execPath, [CRUISER, ...lintArgs()], { cwd: dir, encoding: 'utf8' });
  const violations = [...`${run.stdout}${run.stderr}`.matchAll(/error ([a-z-]+): (\S+)(?: → (\S+))?/g)].map(
    ([, rule, from, to]) => `${rule}: ${from}${to ? ` -> ${to}` : ''}`,
  );
  return { status: run.status, violations };
}

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A tree laid out like this repository's, whose well-behaved part passes. */
const SOUND: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }),
  'functions/core/types.ts': 'export type Deal = { id: string };\n',
  'functions/core/ports/store.ts':
    "import type { Deal } from '../types';\nexport type Repo = { get(): Deal };\n",
  'functions/store/deals.ts':
    "import type { Repo } from '../core/ports/store';\nexport const repo = {} as Repo;\n",
  'functions/channels/outbox.ts': 'export const outbox = 1;\n',
  'functions/sources/http.ts': 'export const http = 1;\n',
  'functions/use-cases/list.ts':
    "import type { Repo } from '../core/ports/store';\nexport const list = (r: Repo) => r.get();\n",
  'functions/handlers/poll.ts': "import { list } from '../use-cases/list';\nexport const poll = list;\n",
  'functions/api/app.ts': "import { list } from '../use-cases/list';\nexport const app = list;\n",
  'functions/compositions.ts': [
    "import { app } from './api/app';",
    "import { poll } from './handlers/poll';",
    "import { repo } from './store/deals';",
    "import { outbox } from './channels/outbox';",
    "import { http } from './sources/http';",
    'export const composeApi = () => [app, poll, repo, outbox, http];',
    '',
  ].join('\n'),
  'functions/api.ts': "import { composeApi } from './compositions';\nexport const handler = composeApi();\n",
  'functions/local/cli.ts': "import { composeApi } from '../compositions';\ncomposeApi();\n",
  'infra/app.ts': "import type { Deal } from '../functions/core/types';\nexport type D = Deal;\n",
  'bench/bench.ts': 'export {};\n',
  'scripts/script.ts': 'export {};\n',
  'test/corpus/eval.ts': 'export {};\n',
  'test/chaos/run.ts': 'export {};\n',
};

/** One file a rule, each breaking it once. */
const BROKEN: Record<string, string> = {
  'functions/core/reads-files.ts':
    "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
  'functions/core/uses-store.ts': "import { repo } from '../store/deals';\nexport const r = repo;\n",
  'functions/store/calls-up.ts': "import { list } from '../use-cases/list';\nexport const r = list;\n",
  'functions/store/sends.ts': "import { outbox } from '../channels/outbox';\nexport const r = outbox;\n",
  'functions/use-cases/side-door.ts': "import { http } from '../sources/http';\nexport const r = http;\n",
  'functions/handlers/side-door.ts': "import { repo } from '../store/deals';\nexport const r = repo;\n",
  'functions/api/side-door.ts': "import { repo } from '../store/deals';\nexport const r = repo;\n",
  'functions/notify.ts': "import { list } from './use-cases/list';\nexport const handler = list;\n",
  'functions/aws-runtime.ts': "import { poll } from './handlers/poll';\nexport const p = poll;\n",
  'functions/sources/uses-local.ts': "import '../local/cli';\n",
  'infra/stack.ts': "import { list } from '../functions/use-cases/list';\nexport const l = list;\n",
  'functions/core/cycle-a.ts': "import { b } from './cycle-b';\nexport const a = () => b;\n",
  'functions/core/cycle-b.ts': "import { a } from './cycle-a';\nexport const b = () => a;\n",
  'functions/store/unused.ts': 'export const nobodyImportsMe = 1;\n',
  'functions/channels/missing.ts': "import { gone } from './gone';\nexport const m = gone;\n",
};

const EXPECTED = [
  // dependency-cruiser names Node's modules without their node: prefix.
  'core-is-pure: functions/core/reads-files.ts -> fs',
  'core-is-pure: functions/core/uses-store.ts -> functions/store/deals.ts',
  'adapters-point-inward: functions/store/calls-up.ts -> functions/use-cases/list.ts',
  'adapters-stay-apart: functions/store/sends.ts -> functions/channels/outbox.ts',
  'use-cases-over-ports: functions/use-cases/side-door.ts -> functions/sources/http.ts',
  'handlers-over-use-cases: functions/handlers/side-door.ts -> functions/store/deals.ts',
  'api-over-use-cases: functions/api/side-door.ts -> functions/store/deals.ts',
  'lambda-entries-compose: functions/notify.ts -> functions/use-cases/list.ts',
  'platforms-do-not-compose: functions/aws-runtime.ts -> functions/handlers/poll.ts',
  'local-is-a-leaf: functions/sources/uses-local.ts -> functions/local/cli.ts',
  'infra-not-runtime: infra/stack.ts -> functions/use-cases/list.ts',
  'no-circular: functions/core/cycle-a.ts',
  'no-dead-modules: functions/store/unused.ts',
  'not-to-unresolvable: functions/channels/missing.ts -> ./gone',
];

describe('layer rules (npm run lint:layers)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'layer-rules-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('pass a tree that keeps them', () => {
    writeTree(dir, SOUND);
    expect(cruise(dir)).toEqual({ status: 0, violations: [] });
  }, 60_000);

  it('fail on each kind of violation, naming the rule and the import', () => {
    writeTree(dir, { ...SOUND, ...BROKEN });
    const { status, violations } = cruise(dir);
    expect(status).not.toBe(0);
    for (const expected of EXPECTED) expect(violations).toContain(expected);
  }, 60_000);
});
