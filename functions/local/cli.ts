// The local command line: `npm start`, `npm run demo`, `npm run cli -- extract|backfill ...`.
import '../regexp-engine';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from '../config';
import { formatUsd } from '../core/alert-text';
import { InvalidCursorError } from '../core/ports/store';
import type { Deal, FilingRecord, Subscription } from '../core/types';
import { EdgarConfigError } from '../sources/edgar/client';
import { FeedRegistryError, loadFeedRegistry } from '../sources/news/feed-registry';
import { createDocumentClient } from '../store/client';
import { createDealIndexWriter } from '../store/deals';
import type { BackfillDay } from '../use-cases/backfill-edgar';
import { CorrectionRefusedError, correctionRequest, DealNotFoundError } from '../use-cases/correct-deal';
import { migrateDealIndex } from '../use-cases/migrate-deal-index';
import { createConsoleLogger } from './console-logger';
import { DynamoLocalStartError, JavaMissingError } from './dynamo-local';
import { runExtractCommand } from './extract-command';
import { runFeedCommand } from './feed-command';
import { RedriveError, runRedriveCommand } from './redrive-command';
import { DataDirError, type LocalStack, PortInUseError, startLocalStack } from './runtime';
import { startSnapshotServer } from './snapshot-server';

const SNAPSHOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo', 'snapshot');
const DEMO_USER_AGENT = 'compute-contract-alerts demo demo@example.com';
/** `deal` and the migrations only touch the tables, never EDGAR: they must not ask for SEC_USER_AGENT. */
const STORE_ONLY_USER_AGENT = 'compute-contract-alerts local-store store@example.com';

/** Each command's usage, shown by `COMMAND --help` and, all together, by `help`. */
const COMMAND_USAGE: Record<string, string> = {
  start: 'npm start                          poll EDGAR and the news feeds live; API on PORT (default 3000)',
  demo: 'npm run demo [-- --once]           the whole pipeline offline on the bundled snapshot; --once exits after one pass',
  extract:
    "npm run --silent cli -- extract FILE [--lang en|fr|de|es|it|pt]   print the deal mentions in a document as JSON ('-' = stdin)",
  feed: 'npm run --silent cli -- feed FILE|URL [--lang fr]     print as JSON what the news poller would take from a feed',
  backfill: `npm run cli -- backfill --from YYYY-MM-DD --to YYYY-MM-DD [--query "order form"]
                 a progress line per day on stderr, the report as JSON; exit 1 when a day failed`,
  deal: `npm run cli -- deal ID correct|split|merge|hide|unhide --by WHO --why WHY [--value USD|none] [--status S]
                 [--kind K] [--buyer ID] [--provider ID] [--source SOURCE_ID] [--with OTHER_DEAL_ID]`,
  'migrate-ids':
    'npm run cli -- migrate-ids         rewrite pair-keyed deals to contract ids (idempotent, resumable)',
  'migrate-deal-index': `npm run cli -- migrate-deal-index [--from CURSOR] [--table DEALS_TABLE]
                 write the list index's key on deals stored before it (idempotent; --from resumes at a logged
                 cursor; --table: the deployed table, with the AWS credentials and region of the environment)`,
  redrive:
    'npm run cli -- redrive --queue DLQ_URL [--max-per-second N]   (AWS) replay a dead-letter queue after a fix',
};
const SETTINGS = 'settings: see README.md ("Settings")';
const USAGE = `usage:\n${Object.values(COMMAND_USAGE)
  .map((u) => `  ${u}`)
  .join('\n')}\n${SETTINGS}`;

const print = (text: string) => process.stdout.write(`${text}\n`);

function demoSubscriptions(): Subscription[] {
  const base = { companies: [], kinds: [], createdAt: new Date().toISOString(), channelRef: null };
  return [
    {
      ...base,
      id: 'demo-email',
      channel: 'email',
      endpoint: 'analyst@example.com',
      minValueUsd: 1e9,
      minStatus: 'in_talks',
      notifyOn: ['value_up', 'status_up'],
      // An analyst who wants the less certain reports too (the default, 0.8, holds them back).
      minConfidence: 0.5,
    },
    {
      ...base,
      id: 'demo-sms',
      channel: 'sms',
      endpoint: '+14155550123',
      minValueUsd: 10e9,
      minStatus: 'signed',
      notifyOn: ['value_up'],
    },
  ];
}

function dealLine(d: Deal): string {
  const term = d.endDate ? ` to ${d.endDate}` : d.termYears ? ` ${d.termYears}y` : '';
  const where = d.confirmedByFiling ? 'filing' : 'news';
  return `  ${`${d.provider.name} -> ${d.buyer.name}`.padEnd(58)} ${formatUsd(d.valueUsd).padStart(9)}  ${d.status.padEnd(9)} ${where.padEnd(7)} ${d.sources.length} source(s)${term}`;
}

async function printDeals(apiUrl: string | null): Promise<void> {
  if (!apiUrl) return;
  const res = await fetch(`${apiUrl}/deals?limit=100`);
  const { deals } = (await res.json()) as { deals: Deal[] };
  print(`\n${deals.length} deal(s) stored (GET ${apiUrl}/deals):`);
  for (const d of deals.sort((a, b) => (b.valueUsd ?? 0) - (a.valueUsd ?? 0))) print(dealLine(d));
}

/** The filings side of the API, as a user would ask it: a company's 8-Ks, and what one of them held. */
async function printFilings(apiUrl: string | null): Promise<void> {
  if (!apiUrl) return;
  const query = '/filings?company=coreweave&form=8-K';
  const { filings } = (await (await fetch(`${apiUrl}${query}`)).json()) as { filings: FilingRecord[] };
  print(`\n${filings.length} CoreWeave 8-K(s) stored (GET ${apiUrl}${query}):`);
  for (const f of filings) {
    const detail = (await (await fetch(`${apiUrl}/filings/${f.accession}`)).json()) as FilingRecord;
    const docs = (detail.documents ?? []).map((d) => d.type).join(', ') || 'none';
    const deals = [...new Set((detail.mentions ?? []).map((m) => m.dealId).filter(Boolean))].join(', ');
    print(
      `  ${f.formType} ${f.accession} ${f.acceptedAt.slice(0, 10)} items ${f.items.join(' ') || '-'} · read ${docs} · ${detail.mentions?.length ?? 0} mention(s)${deals ? ` -> ${deals}` : ''}`,
    );
  }
}

async function countLines(file: string): Promise<number> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).length;
}

function waitForCtrlC(stack: LocalStack): Promise<void> {
  return new Promise((resolve) => {
    const stop = async () => {
      print('\nstopping…');
      await stack.stop();
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

async function demo(config: Config, once: boolean): Promise<number> {
  const snapshot = await startSnapshotServer(SNAPSHOT_DIR);
  const dataDir = join(config.dataDir, 'demo');
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const feedsTemplate = await readFile(join(SNAPSHOT_DIR, 'feeds.json'), 'utf8');
  const feedsFile = join(dataDir, 'feeds.json');
  await writeFile(feedsFile, feedsTemplate.replaceAll('{base}', snapshot.url));
  const demoConfig: Config = {
    ...config,
    dataDir,
    edgarBaseUrl: snapshot.url,
    secUserAgent: config.secUserAgent ?? DEMO_USER_AGENT,
    newsFeedsPath: feedsFile,
  };
  const log = createConsoleLogger(config.logLevel);
  print(`demo: replaying the recorded snapshot (${SNAPSHOT_DIR}) from ${snapshot.url}`);
  const stack = await startLocalStack({
    config: demoConfig,
    feeds: loadFeedRegistry({ path: feedsFile, defaultPollSeconds: config.newsPollSeconds }),
    log,
    print,
    persist: false,
    serveApi: true,
  });
  try {
    for (const sub of demoSubscriptions()) await stack.addSubscription(sub);
    print(
      'demo subscriptions: analyst@example.com (email, deals ≥ $1B, confidence ≥ 0.5), +14155550123 (SMS, signed deals ≥ $10B, confidence ≥ 0.8)',
    );
    const report = await stack.runOnce();
    log.info('pass complete', { edgar: report.edgar, news: report.news });
    await printDeals(stack.apiUrl);
    await printFilings(stack.apiUrl);
    const alerts = await countLines(stack.outboxFile);
    print(`\n${alerts} alert(s) written to ${stack.outboxFile}`);
    if (once) {
      await stack.stop();
      await snapshot.close();
      return alerts > 0 ? 0 : 1;
    }
    print(`\nAPI: ${stack.apiUrl}/deals  ·  web page: ${stack.apiUrl}/  ·  Ctrl-C to stop`);
    await waitForCtrlC(stack);
    await snapshot.close();
    return 0;
  } catch (err) {
    await stack.stop();
    await snapshot.close();
    throw err;
  }
}

async function start(config: Config): Promise<number> {
  const log = createConsoleLogger(config.logLevel);
  const feeds = loadFeedRegistry({ path: config.newsFeedsPath, defaultPollSeconds: config.newsPollSeconds });
  const stack = await startLocalStack({ config, feeds, log, print, persist: true, serveApi: true });
  stack.startSchedules();
  print(
    `polling EDGAR every ${config.edgarPollSeconds}s (${config.edgarForms.join(', ')}) and ${feeds.filter((f) => f.enabled).length} news feeds`,
  );
  print(
    `API: ${stack.apiUrl}/deals  ·  web page: ${stack.apiUrl}/  ·  alerts: ${stack.outboxFile}  ·  Ctrl-C to stop`,
  );
  await waitForCtrlC(stack);
  return 0;
}

async function backfill(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { from: { type: 'string' }, to: { type: 'string' }, query: { type: 'string' } },
  });
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (
    !values.from ||
    !values.to ||
    !day.test(values.from) ||
    !day.test(values.to) ||
    values.from > values.to
  ) {
    throw new UsageError('backfill needs --from YYYY-MM-DD --to YYYY-MM-DD (from ≤ to)');
  }
  const range = { from: values.from, to: values.to, query: values.query };
  const progress = (day: BackfillDay) =>
    process.stderr.write(
      `backfill ${day.date} (${day.index}/${day.of}): ${
        day.outcome === 'read'
          ? `${day.candidates} filing(s) to record`
          : day.outcome === 'no index'
            ? 'no index (weekend, holiday or not published yet)'
            : `failed: ${day.reason}`
      }\n`,
    );
  let failed = false;
  const code = await withStack(config, async (stack) => {
    const report = await stack.backfill(range, progress);
    failed = report.failedDates.length > 0 || report.rateLimited;
    return report;
  });
  if (!failed) return code;
  process.stderr.write(
    'backfill incomplete: some days failed or EDGAR rate-limited the run (see failedDates, resumeFrom); run it again for those days\n',
  );
  return 1;
}

const storeOnly = (config: Config): Config => ({
  ...config,
  secUserAgent: config.secUserAgent ?? STORE_ONLY_USER_AGENT,
});

/** Runs one command against the local tables (DATA_DIR), without the pollers or the API. */
async function withStack(config: Config, run: (stack: LocalStack) => Promise<unknown>): Promise<number> {
  const log = createConsoleLogger(config.logLevel);
  const feeds = loadFeedRegistry({ path: config.newsFeedsPath, defaultPollSeconds: config.newsPollSeconds });
  const stack = await startLocalStack({ config, feeds, log, print, persist: true, serveApi: false });
  try {
    print(JSON.stringify(await run(stack), null, 2));
  } finally {
    await stack.stop();
  }
  return 0;
}

/** The index-key backfill, on the local tables or, with --table, on the deployed deals table. */
async function dealIndexMigration(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, table: { type: 'string' } } });
  const from = values.from ?? null;
  if (!values.table) return withStack(storeOnly(config), (stack) => stack.migrateDealIndex(from));
  const deals = createDealIndexWriter(createDocumentClient(), values.table);
  const report = await migrateDealIndex({ deals, log: createConsoleLogger(config.logLevel) }, { from });
  print(JSON.stringify(report, null, 2));
  return 0;
}

/** `deal ID ACTION --by --why ...`: the same corrections as PATCH /deals/{id}, checked by the same schema. */
function dealCorrection(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: Object.fromEntries(
      ['by', 'why', 'value', 'status', 'kind', 'buyer', 'provider', 'source', 'with'].map((k) => [
        k,
        { type: 'string' as const },
      ]),
    ),
  });
  const [id, action] = positionals;
  if (!id || !action)
    throw new UsageError('deal needs an id and an action (correct, split, merge, hide, unhide)');
  const value =
    values.value === undefined ? undefined : values.value === 'none' ? null : Number(values.value);
  const set = Object.fromEntries(
    Object.entries({
      valueUsd: value,
      status: values.status,
      kind: values.kind,
      buyer: values.buyer,
      provider: values.provider,
    }).filter(([, v]) => v !== undefined),
  );
  const parsed = correctionRequest().safeParse({
    action,
    by: values.by,
    why: values.why,
    ...(action === 'correct' ? { set } : {}),
    ...(action === 'split' ? { sourceId: values.source } : {}),
    ...(action === 'merge' ? { with: values.with } : {}),
  });
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues.map((i) => `${i.path.join('.') || action}: ${i.message}`).join('; '),
    );
  }
  if (!parsed.data.by) throw new UsageError('say who corrects: --by');
  return { id, input: { ...parsed.data, by: parsed.data.by } };
}

/** A mistake in the command line: one line on stderr, with where to look, and exit code 2. */
class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    /** Where to look; a command's own mistakes point at its --help. */
    readonly hint = 'npm run cli -- help lists the commands',
  ) {
    super(message);
  }
}

/** node:util parseArgs refuses an unknown flag, a missing value or a stray argument with these codes. */
function isParseArgsError(err: unknown): err is Error & { code: string } {
  return err instanceof Error && String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
}

/** Commands that print their own, longer help. */
const OWN_HELP = new Set(['extract', 'feed']);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    print(USAGE);
    return command ? 0 : 2;
  }
  const usage = COMMAND_USAGE[command];
  if (!usage) throw new UsageError(`unknown command "${command}"`);
  // Before any setting is read or anything starts: `start --help` must not start polling.
  if (!OWN_HELP.has(command) && rest.some((a) => a === '--help' || a === '-h')) {
    print(`usage:\n  ${usage}\n${SETTINGS}`);
    return 0;
  }
  try {
    return await runCommand(command, rest);
  } catch (err) {
    const hint = `npm run cli -- ${command} --help`;
    if (isParseArgsError(err)) throw new UsageError(`${command}: ${err.message.split('. ')[0]}`, hint);
    if (err instanceof UsageError) throw new UsageError(err.message, hint);
    throw err;
  }
}

async function runCommand(command: string, rest: string[]): Promise<number> {
  if (command === 'extract') {
    return runExtractCommand(rest, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
  }
  if (command === 'redrive') {
    const { SQSClient } = await import('@aws-sdk/client-sqs');
    return runRedriveCommand(rest, { sqs: new SQSClient({}), print });
  }
  const config = loadConfig();
  switch (command) {
    case 'start':
      parseArgs({ args: rest, options: {} }); // takes no argument: refuse one rather than ignore it
      return start(config);
    case 'demo':
      return demo(
        config,
        parseArgs({ args: rest, options: { once: { type: 'boolean' } } }).values.once === true,
      );
    case 'backfill':
      return backfill(config, rest);
    case 'deal': {
      const { id, input } = dealCorrection(rest);
      return withStack(storeOnly(config), (stack) => stack.correctDeal(id, input));
    }
    case 'migrate-ids':
      parseArgs({ args: rest, options: {} });
      return withStack(storeOnly(config), (stack) => stack.migrateDealIds());
    case 'migrate-deal-index':
      return dealIndexMigration(config, rest);
    case 'feed':
      // The news poller's User-Agent (functions/news-poll.ts).
      return runFeedCommand(rest, process, { userAgent: config.secUserAgent ?? 'compute-contract-alerts' });
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError) process.stderr.write(`error: ${err.message} (${err.hint})\n`);
    else if (
      err instanceof ConfigError ||
      err instanceof JavaMissingError ||
      err instanceof DealNotFoundError ||
      err instanceof CorrectionRefusedError ||
      err instanceof RedriveError ||
      err instanceof EdgarConfigError ||
      err instanceof FeedRegistryError ||
      err instanceof PortInUseError ||
      err instanceof DataDirError ||
      err instanceof DynamoLocalStartError ||
      err instanceof InvalidCursorError
    )
      process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
