import { en } from 'zod/locales';
import * as z from 'zod/mini';
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

// zod/mini, not zod: the same validation and messages from about a quarter of the code (classic zod gives every
// schema all its methods, so a bundle that imports it keeps all of it, ~90 KB), which every function compiles at
// cold start; only the API's bundles carry classic zod, for its OpenAPI schemas. Mini has no messages of its own
// until a locale is set (classic sets English when its first schema is built).
z.config(en());

const csv = z.pipe(
  z.string(),
  z.transform((s) =>
    s
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ),
);
const httpUrl = z.url({ protocol: /^https?$/ });
/** A whole number of `min`..`max`, from its text. */
const intSetting = (min: number, max: number, fallback: number) =>
  z._default(z.coerce.number().check(z.int(), z.minimum(min), z.maximum(max)), fallback);

const schema = z.object({
  SEC_USER_AGENT: z.optional(z.string().check(z.trim(), z.refine(isPlausibleUserAgent, SEC_USER_AGENT_RULE))),
  EDGAR_BASE_URL: z._default(httpUrl, 'https://www.sec.gov'),
  EDGAR_MAX_RPS: z._default(
    z.coerce
      .number()
      .check(
        z.positive(),
        z.maximum(
          EDGAR_MAX_RPS_CEILING,
          `SEC fair access allows at most ${EDGAR_MAX_RPS_CEILING} requests/s`,
        ),
      ),
    EDGAR_DEFAULT_RPS,
  ),
  EDGAR_POLL_SECONDS: intSetting(1, 600, 10),
  // EDGAR locks a client out for about 10 minutes after its rate-threshold page; lower only for a stand-in.
  EDGAR_LOCKOUT_SECONDS: intSetting(1, 3600, 660),
  // When a delivery claim left by a process that died before publishing is taken over (local runner only, where
  // the alert queue's later retries of a busy delivery wait that long); lower only for a test.
  STALE_CLAIM_SECONDS: intSetting(1, 3600, 70),
  EDGAR_FORMS: z._default(z.pipe(csv, z.array(z.string()).check(z.minLength(1))), DEFAULT_FORMS),
  NEWS_FEEDS: z.optional(z.string().check(z.trim(), z.minLength(1))),
  NEWS_POLL_SECONDS: z._default(
    z.coerce
      .number()
      .check(
        z.int(),
        z.minimum(
          NEWS_MIN_POLL_SECONDS,
          `must be at least ${NEWS_MIN_POLL_SECONDS} (seconds between two polls of a feed)`,
        ),
        z.maximum(NEWS_MAX_POLL_SECONDS),
      ),
    300,
  ),
  FILING_RETENTION_DAYS: intSetting(1, 3650, 90),
  PORT: intSetting(1, 65_535, 3000),
  DATA_DIR: z._default(z.string().check(z.trim(), z.minLength(1)), '.data'),
  LOG_LEVEL: z._default(z.enum(['debug', 'info', 'warn', 'error']), 'info'),
  // Subscribers' topics are named <prefix><subscription id>; SNS topic names allow letters, digits, - and _.
  ALERT_TOPIC_PREFIX: z.optional(
    z
      .string()
      .check(z.regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be letters, digits, - or _ (an SNS topic name prefix)')),
  ),
  ALERT_QUEUE_URL: z.optional(z.url()),
  // This process's share of the account's direct-SMS rate (SNS default: 20 a second an account).
  SMS_MAX_RPS: z._default(z.coerce.number().check(z.positive(), z.maximum(1000)), 10),
  FILING_QUEUE_URL: z.optional(z.url()),
  // The periodic-reports lane (issue 15); without it every filing goes to FILING_QUEUE_URL.
  PERIODIC_FILING_QUEUE_URL: z.optional(z.url()),
  // The API's public address, for the absolute links it writes (the Atom feed's ids): never the Host header.
  PUBLIC_BASE_URL: z.optional(httpUrl),
  // How long a page of the deals list is served from the API process's memory (and may be kept by browsers and a
  // CDN): a new deal shows within it. 0: every request reads its page. At most a minute, the public reads' cap.
  API_CACHE_SECONDS: intSetting(0, 60, 5),
  // Off by default: the deploy flag that opens POST /subscribe (email only, SNS double opt-in) to the public.
  PUBLIC_SUBSCRIBE: z._default(z.enum(['true', 'false'], { error: 'must be true or false' }), 'false'),
  ...Object.fromEntries(
    TABLE_KEYS.map((k) => [TABLES[k].envVar, z.optional(z.string().check(z.minLength(3)))]),
  ),
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
  /** Seconds a deals-list page is served from memory and may be cached by clients; 0: no cache. */
  apiCacheSeconds: number;
  /** Deployed table names (Lambda); null locally, where the runner names its own tables. */
  tables: TableNames | null;
}

/** Reads and validates every setting; one error, on one line, names every bad one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  // Parsed once per process: zod's generated fast path (new Function) would cost more to compile than it saves.
  const parsed = schema.safeParse(present, { jitless: true });
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
    apiCacheSeconds: s.API_CACHE_SECONDS,
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
