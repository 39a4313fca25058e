import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Everything a stream has carried so far, read when asked. */
function collected(stream: Readable): () => string {
  let text = '';
  stream.on('data', (chunk: Buffer | string) => {
    text += chunk;
  });
  return () => text;
}

/**
 * `npm run cli -- ARGS` as a user runs it: its own process (tsx), what it printed, and its exit code. `env` values
 * set to undefined are left out (spawn skips them), as for a user who never exported them.
 */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    // The flag the npm scripts pass on node's command line (package.json): set there, never at run time under tsx.
    const child = spawn(
      join('node_modules', '.bin', 'tsx'),
      ['--no-regexp-tier-up', 'functions/local/cli.ts', ...args],
      {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const stdout = collected(child.stdout);
    const stderr = collected(child.stderr);
    child.on('close', (code) => resolve({ code, stdout: stdout(), stderr: stderr() }));
  });
}

/** Two streams for a command run in-process, and what was written to each so far. */
export function capturedStreams() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collected(stdout);
  const err = collected(stderr);
  return { stdout, stderr, written: () => ({ out: out(), err: err() }) };
}
