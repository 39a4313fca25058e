import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, startDynamoLocal } from '../../../functions/local/dynamo-local';
import { alive, eventually, listenAddresses, pidsWith } from '../../support/processes';

// Node itself with tsx's loader: the tsx command would put a second process between the test and the parent.
const NODE_TS = [process.execPath, '--import', 'tsx'] as const;
const run = (args: string[], options: Parameters<typeof spawn>[2]) =>
  spawn(NODE_TS[0], [...NODE_TS.slice(1), ...args], options);
const LAUNCHER = 'LoopbackDynamoDbLocal';

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout?.on('data', (c: Buffer) => {
      buffered += c;
      const nl = buffered.indexOf('\n');
      if (nl >= 0) resolve(buffered.slice(0, nl));
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing`)));
  });
}

/** Settings for `npm start` that keep it on loopback: EDGAR at a closed loopback port, no news feeds. */
async function localEnv(dataDir: string, port: number): Promise<NodeJS.ProcessEnv> {
  const feeds = join(dataDir, 'feeds.json');
  await writeFile(feeds, JSON.stringify({ feeds: [] }));
  return {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    SEC_USER_AGENT: 'reliability test test@example.com',
    EDGAR_BASE_URL: `http://127.0.0.1:${await freePort()}`,
    EDGAR_POLL_SECONDS: '1',
    NEWS_FEEDS: feeds,
  };
}

// Each test starts Java (and some `npm start`): slow on a loaded machine, hence the long bound.
describe('DynamoDB Local lives on loopback and dies with its parent (issue 12 item 3, issue 14)', {
  timeout: 240_000,
}, () => {
  it('listens on 127.0.0.1 only, and stop() returns for a child already killed by a signal', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ddbl-bind-'));
    const dynamo = await startDynamoLocal({ dataDir });
    const port = Number(new URL(dynamo.endpoint).port);
    const addresses = listenAddresses(port);
    expect(addresses.length).toBeGreaterThan(0);
    for (const a of addresses) expect(['127.0.0.1', '::ffff:127.0.0.1']).toContain(a);
    // Killed by a signal: exitCode stays null; stop() must still return instead of waiting for ever.
    process.kill(dynamo.pid ?? 0, 'SIGKILL');
    expect(await eventually(() => !alive(dynamo.pid ?? 0))).toBe(true);
    await dynamo.stop();
  });

  it('ends when its parent is killed with SIGKILL (no handler runs in the parent)', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ddbl-kill9-'));
    const parent = run(['test/support/dynamo-local-child.ts', dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const { pid } = JSON.parse(await firstLine(parent)) as { pid: number };
    expect(alive(pid)).toBe(true);
    parent.kill('SIGKILL');
    expect(await eventually(() => !alive(pid))).toBe(true);
  });

  it('a failed `npm start` (API port in use) leaves no DynamoDB Local behind', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ddbl-busy-'));
    const busy: Server = createServer();
    const port = await freePort();
    await new Promise<void>((r) => busy.listen(port, '127.0.0.1', r));
    try {
      const cli = run(['functions/local/cli.ts', 'start'], {
        env: await localEnv(dataDir, port),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      cli.stderr?.on('data', (c: Buffer) => {
        stderr += c;
      });
      cli.stdout?.resume();
      const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((r) =>
        cli.once('exit', (c, s) => r([c, s])),
      );
      // The signal and the output come with the code: an exit by signal (once seen on a loaded machine) tells why.
      expect({ code, signal, stderr }).toMatchObject({ code: 1, signal: null });
      expect(stderr).toContain(`port ${port} is in use`);
      expect(await eventually(() => pidsWith(LAUNCHER, dataDir).length === 0)).toBe(true);
    } finally {
      busy.close();
    }
  });

  it('a closed output pipe that ends `npm start` ends DynamoDB Local too', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ddbl-pipe-'));
    const cli = run(['functions/local/cli.ts', 'start'], {
      env: await localEnv(dataDir, await freePort()),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    await new Promise<void>((resolve) => {
      cli.stderr?.on('data', (c: Buffer) => {
        log += c;
        if (log.includes('DynamoDB Local is up')) resolve();
      });
    });
    expect(await eventually(() => pidsWith(LAUNCHER, dataDir).length === 1)).toBe(true);
    // The reader goes away (`npm start 2>&1 | head -1`): the next log line meets a closed pipe and ends node.
    cli.stderr?.destroy();
    await new Promise((r) => cli.once('exit', r));
    expect(await eventually(() => pidsWith(LAUNCHER, dataDir).length === 0)).toBe(true);
  });
});
