import { mkdtemp } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-process';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';

// The command line as a user meets it: help for every command without starting anything, one-line errors with
// a hint and exit code 2 for mistakes, and a backfill that shows its progress and fails when a day failed.

/** Quiet logs: what a user's mistake prints is the one line under test. */
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(args, { LOG_LEVEL: 'warn', ...env });

/** A stack trace's frames ("    at fn (file:line)"): never shown for a user's mistake. */
const STACK_FRAME = /^\s+at .+[:(]/m;

const COMMANDS = [
  'start',
  'demo',
  'extract',
  'feed',
  'backfill',
  'deal',
  'migrate-ids',
  'migrate-deal-index',
  'redrive',
];
const invocation = (command: string) =>
  command === 'start' ? 'npm start' : command === 'demo' ? 'npm run demo' : `cli -- ${command}`;

describe('cli --help', { timeout: 120_000 }, () => {
  it.each(COMMANDS)('%s --help prints its usage and exits 0', async (command) => {
    const run = await cli([command, '--help']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^usage/);
    // extract and feed print their own, longer usage ("usage: cli extract FILE|- ...").
    expect(run.stdout).toContain(command === 'start' ? 'npm start' : command);
    expect(run.stderr).toBe('');
  });

  it('start --help starts nothing: no database, no poller, no API', async () => {
    // A port and a data dir that would be used if it started; the run must end by itself, at once.
    const run = await cli(['start', '--help'], { DATA_DIR: await mkdtemp(join(tmpdir(), 'cli-help-')) });
    expect(run.code).toBe(0);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/DynamoDB Local|polling EDGAR|API: http/);
  });

  it('help lists every command', async () => {
    const run = await cli(['help']);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(invocation(command));
  });
});

describe('cli mistakes', { timeout: 120_000 }, () => {
  it.each([
    [['frobnicate'], 'unknown command "frobnicate" (npm run cli -- help lists the commands)'],
    [
      ['backfill', '--frm', '2025-01-01'],
      "backfill: Unknown option '--frm' (npm run cli -- backfill --help)",
    ],
    [['backfill', '--from', '2025-01-02', '--to', '2025-01-01'], 'backfill needs --from YYYY-MM-DD'],
    [['demo', '--bogus'], "demo: Unknown option '--bogus' (npm run cli -- demo --help)"],
    [['start', 'now'], "start: Unexpected argument 'now' (npm run cli -- start --help)"],
    [['migrate-ids', '--all'], "migrate-ids: Unknown option '--all'"],
    [['migrate-deal-index', '--all'], "migrate-deal-index: Unknown option '--all'"],
    [['deal', 'x', 'hide', '--by'], "deal: Option '--by <value>' argument missing"],
    [['redrive', '--nope'], "redrive: Unknown option '--nope' (npm run cli -- redrive --help)"],
  ])('%j: one line on stderr, with a hint, exit 2', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stdout).toBe('');
  });

  it('no command: the usage, exit 2', async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^usage/);
  });
});

describe('cli with the API port taken', { timeout: 180_000 }, () => {
  it('demo --once: one line naming the port and PORT, exit 1, no stack trace', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const run = await cli(['demo', '--once'], {
        PORT: String(port),
        DATA_DIR: await mkdtemp(join(tmpdir(), 'cli-port-')),
      });
      expect(run.code).toBe(1);
      expect(run.stderr.trimEnd()).toBe(
        `port ${port} is in use (another npm start or demo?): stop it, or set PORT to a free port, e.g. PORT=3001`,
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});

describe('cli store commands', { timeout: 120_000 }, () => {
  // A correction touches only the local tables: it must not ask for the EDGAR User-Agent.
  it('deal ... hide needs no SEC_USER_AGENT; an unknown deal is one line, exit 1', async () => {
    const run = await cli(
      ['deal', 'microsoft--nscale--2025-09', 'hide', '--by', 'you', '--why', 'misread item'],
      {
        DATA_DIR: await mkdtemp(join(tmpdir(), 'cli-deal-')),
        SEC_USER_AGENT: undefined,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('SEC_USER_AGENT');
    expect(run.stderr.trimEnd()).toBe('no deal microsoft--nscale--2025-09');
  });

  it('migrate-deal-index needs no SEC_USER_AGENT and prints its report; a cursor it did not log is one line', async () => {
    const env = { DATA_DIR: await mkdtemp(join(tmpdir(), 'cli-index-')), SEC_USER_AGENT: undefined };
    const run = await cli(['migrate-deal-index'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.slice(run.stdout.indexOf('{')))).toEqual({
      scanned: 0,
      written: 0,
      changedMeanwhile: 0,
    });
    const bad = await cli(['migrate-deal-index', '--from', 'not-a-cursor'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trimEnd()).toBe('the page cursor is not one this API issued');
  });
});

// master.YYYYMMDD.idx with a preamble, the dashed rule and one Form 4 (not a configured form: nothing queued).
const MASTER_INDEX = `Description:           Daily Index of EDGAR Dissemination Feed by Company Name
Last Data Received:    January 6, 2025

CIK|Company Name|Form Type|Date Filed|Filename
--------------------------------------------------------------------------------
1045810|NVIDIA CORP|4|20250106|edgar/data/1045810/0001045810-25-000001.txt
`;

describe('cli backfill', { timeout: 240_000 }, () => {
  let edgar: FixtureServer;
  beforeAll(async () => {
    edgar = await startFixtureServer((req, res) => {
      const url = req.url ?? '';
      if (url.endsWith('/master.20250106.idx')) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(MASTER_INDEX);
      } else if (url.endsWith('/master.20250107.idx')) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('this is not an index');
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    });
  });
  afterAll(() => edgar.close());

  const env = async () => ({
    DATA_DIR: await mkdtemp(join(tmpdir(), 'cli-backfill-')),
    EDGAR_BASE_URL: edgar.url,
    SEC_USER_AGENT: 'cca tests ops@example.com',
  });

  it('prints a line per day and exits 1 when a day failed', async () => {
    const run = await cli(['backfill', '--from', '2025-01-05', '--to', '2025-01-07'], await env());
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('backfill 2025-01-05 (1/3): no index');
    expect(run.stderr).toContain('backfill 2025-01-06 (2/3): 0 filing(s) to record');
    expect(run.stderr).toMatch(/backfill 2025-01-07 \(3\/3\): failed: malformed EDGAR master index/);
    expect(run.stderr).toContain('backfill incomplete');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const report = JSON.parse(run.stdout) as { failedDates: { date: string }[]; missingIndexes: string[] };
    expect(report.failedDates.map((f) => f.date)).toEqual(['2025-01-07']);
    expect(report.missingIndexes).toEqual(['2025-01-05']);
  });

  it('exits 0 when every day was read or had no index (the control)', async () => {
    const run = await cli(['backfill', '--from', '2025-01-05', '--to', '2025-01-06'], await env());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('backfill 2025-01-06 (2/2): 0 filing(s) to record');
    expect(run.stderr).not.toContain('backfill incomplete');
  });
});
