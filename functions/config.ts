import * as z from 'zod';
import {
  EDGAR_DEFAULT_RPS,
  EDGAR_MAX_RPS_CEILING,
  isPlausibleUserAgent,
  NEWS_MAX_POLL_SECONDS,
  NEWS_MIN_POLL_SECONDS,
  SEC_USER_AGENT_RULE,
} from './core/setting-rules';
import { TABLE_KEYS, TABLES, type TableNames } from './store/tables';

// Settings are read once at start-up, validated, and named the same locally and in Lambda.

/**
 * A refused setting. Its stack is its one line: wherever it surfaces (CLI, cdk synth, a Lambda's init error in
 * CloudWatch), the operator reads what to change, not a trace of our code.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(message: string) {
    super(message);
    this.stack = `${this.name}: ${message}`;
  }
}

const DEFAULT_FORMS = ['8-K', '8-K/A', '6-K', '6-K/A', '10-Q', '10-K', 'S-1', 'S-1/A', '424B4'];

const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
);

const schema = z.object({
  SEC_USER_AGENT: z.string().trim().refine(isPlausibleUserAgent, SEC_USER_AGENT_RULE).optional(),
  EDGAR_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://www.sec.gov'),
  EDGAR_MAX_RPS: z.coerce
    .number()
    .positive()
    .max(EDGAR_MAX_RPS_CEILING, `SEC fair access allows at most ${EDGAR_MAX_RPS_CEILING} requests/s`)
    .default(EDGAR_DEFAULT_RPS),
  EDGAR_POLL_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  // EDGAR locks a client out for about 10 minutes after its rate-threshold page; lower only for a stand-in.
  EDGAR_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(660),
  // When a delivery claim left by a process that died before publishing is taken over (local runner only, where
  // the alert queue's later retries of a busy delivery wait that long); lower only for a test.
  STALE_CLAIM_SECONDS: z.coerce.number().int().min(1).max(3600).default(70),
  EDGAR_FORMS: csv.pipe(z.array(z.string()).min(1)).default(DEFAULT_FORMS),
  NEWS_FEEDS: z.string().trim().min(1).optional(),
  NEWS_POLL_SECONDS: z.coerce
    .number()
    .int()
    .min(
      NEWS_MIN_POLL_SECONDS,
      `must be at least ${NEWS_MIN_POLL_SECONDS} (seconds between two polls of a feed)`,
    )
    .max(NEWS_MAX_POLL_SECONDS)
    .default(300),
  FILING_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  // Subscribers' topics are named <prefix><subscription id>; SNS topic names allow letters, digits, - and _.
  ALERT_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be letters, digits, - or _ (an SNS topic name prefix)')
    .optional(),
  ALERT_QUEUE_URL: z.url().optional(),
  // This process's share of the account's direct-SMS rate (SNS default: 20 a second an account).
  SMS_MAX_RPS: z.coerce.number().positive().max(1000).default(10),
  FILING_QUEUE_URL: z.url().optional(),
  // The periodic-reports lane (issue 15); without it every filing goes to FILING_QUEUE_URL.
  PERIODIC_FILING_QUEUE_URL: z.url().optional(),
  // The API's public address, for the absolute links it writes (the Atom feed's ids): never the Host header.
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  // Off by default: the deploy flag that opens POST /subscribe (email only, SNS double opt-in) to the public.
  PUBLIC_SUBSCRIBE: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  ...Object.fromEntries(TABLE_KEYS.map((k) => [TABLES[k].envVar, z.string().min(3).optional()])),
});

export interface Config {
  secUserAgent: string | null;
  edgarBaseUrl: string;
  edgarMaxRps: number;
  edgarPollSeconds: number;
  /** How long every EDGAR request is refused after the rate-threshold page (filings wait, then retry). */
  edgarLockoutSeconds: number;
  /** Local runner: a delivery claim this old was left by a dead process; the busy delivery is retried after it. */
  staleClaimSeconds: number;
  edgarForms: string[];
  newsFeedsPath: string | null;
  newsPollSeconds: number;
  /** Days a filing that produced no mention is kept; filings with mentions are kept for good. */
  filingRetentionDays: number;
  port: number;
  dataDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  alertTopicPrefix: string | null;
  alertQueueUrl: string | null;
  smsMaxRps: number;
  filingQueueUrl: string | null;
  periodicFilingQueueUrl: string | null;
  /** Without a trailing slash; null when unset (locally the runner uses its loopback address). */
  publicBaseUrl: string | null;
  /** Whether anyone may subscribe an email address through POST /subscribe (the page's form) in AWS. */
  publicSubscribe: boolean;
  /** Deployed table names (Lambda); null locally, where the runner names its own tables. */
  tables: TableNames | null;
}

/** Reads and validates every setting; one error, on one line, names every bad one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const refused = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    throw new ConfigError(`invalid setting: ${refused.join('; ')} (see README.md, "Settings")`);
  }
  const s = parsed.data as z.infer<typeof schema> & Record<string, string | undefined>;
  const tableNames = TABLE_KEYS.map((k) => s[TABLES[k].envVar]);
  return {
    secUserAgent: s.SEC_USER_AGENT ?? null,
    edgarBaseUrl: s.EDGAR_BASE_URL.replace(/\/+$/, ''),
    edgarMaxRps: s.EDGAR_MAX_RPS,
    edgarPollSeconds: s.EDGAR_POLL_SECONDS,
    edgarLockoutSeconds: s.EDGAR_LOCKOUT_SECONDS,
    staleClaimSeconds: s.STALE_CLAIM_SECONDS,
    edgarForms: s.EDGAR_FORMS,
    newsFeedsPath: s.NEWS_FEEDS ?? null,
    newsPollSeconds: s.NEWS_POLL_SECONDS,
    filingRetentionDays: s.FILING_RETENTION_DAYS,
    port: s.PORT,
    dataDir: s.DATA_DIR,
    logLevel: s.LOG_LEVEL,
    alertTopicPrefix: s.ALERT_TOPIC_PREFIX ?? null,
    alertQueueUrl: s.ALERT_QUEUE_URL ?? null,
    smsMaxRps: s.SMS_MAX_RPS,
    filingQueueUrl: s.FILING_QUEUE_URL ?? null,
    periodicFilingQueueUrl: s.PERIODIC_FILING_QUEUE_URL ?? null,
    publicBaseUrl: s.PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? null,
    publicSubscribe: s.PUBLIC_SUBSCRIBE === 'true',
    tables: tableNames.every((n) => n)
      ? (Object.fromEntries(TABLE_KEYS.map((k, i) => [k, tableNames[i]])) as TableNames)
      : null,
  };
}

/** For settings only some entry points need: fail at start-up with the setting's name. */
export function required<T>(value: T | null, name: string, why: string): T {
  if (value === null) throw new ConfigError(`${name} is required ${why} (see README.md, "Settings")`);
  return value;
}
