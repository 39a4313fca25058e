import { z } from 'zod';
import { TABLE_KEYS, TABLES, type TableNames } from './store/tables';

// Settings are read once at start-up, validated, and named the same locally and in Lambda.

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const DEFAULT_FORMS = ['8-K', '8-K/A', '6-K', '6-K/A', '10-Q', '10-K', 'S-1', 'S-1/A', '424B4'];

const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
);

const schema = z.object({
  SEC_USER_AGENT: z
    .string()
    .trim()
    .regex(/^\S.*\s\S+@\S+\.\S+$/, 'must be "Company or Name contact@example.com", as SEC fair access asks')
    .optional(),
  EDGAR_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://www.sec.gov'),
  EDGAR_MAX_RPS: z.coerce
    .number()
    .positive()
    .max(10, 'SEC fair access allows at most 10 requests/s')
    .default(5),
  EDGAR_POLL_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  EDGAR_FORMS: csv.pipe(z.array(z.string()).min(1)).default(DEFAULT_FORMS),
  NEWS_FEEDS: z.string().trim().min(1).optional(),
  NEWS_POLL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(300),
  FILING_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  ALERT_TOPIC_ARN: z.string().startsWith('arn:').optional(),
  FILING_QUEUE_URL: z.url().optional(),
  // The API's public address, for the absolute links it writes (the Atom feed's ids): never the Host header.
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  ...Object.fromEntries(TABLE_KEYS.map((k) => [TABLES[k].envVar, z.string().min(3).optional()])),
});

export interface Config {
  secUserAgent: string | null;
  edgarBaseUrl: string;
  edgarMaxRps: number;
  edgarPollSeconds: number;
  edgarForms: string[];
  newsFeedsPath: string | null;
  newsPollSeconds: number;
  /** Days a filing that produced no mention is kept; filings with mentions are kept for good. */
  filingRetentionDays: number;
  port: number;
  dataDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  alertTopicArn: string | null;
  filingQueueUrl: string | null;
  /** Without a trailing slash; null when unset (locally the runner uses its loopback address). */
  publicBaseUrl: string | null;
  /** Deployed table names (Lambda); null locally, where the runner names its own tables. */
  tables: TableNames | null;
}

/** Reads and validates every setting; one error lists every bad one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid settings:\n${lines.join('\n')}\n(see README.md, "Settings")`);
  }
  const s = parsed.data as z.infer<typeof schema> & Record<string, string | undefined>;
  const tableNames = TABLE_KEYS.map((k) => s[TABLES[k].envVar]);
  return {
    secUserAgent: s.SEC_USER_AGENT ?? null,
    edgarBaseUrl: s.EDGAR_BASE_URL.replace(/\/+$/, ''),
    edgarMaxRps: s.EDGAR_MAX_RPS,
    edgarPollSeconds: s.EDGAR_POLL_SECONDS,
    edgarForms: s.EDGAR_FORMS,
    newsFeedsPath: s.NEWS_FEEDS ?? null,
    newsPollSeconds: s.NEWS_POLL_SECONDS,
    filingRetentionDays: s.FILING_RETENTION_DAYS,
    port: s.PORT,
    dataDir: s.DATA_DIR,
    logLevel: s.LOG_LEVEL,
    alertTopicArn: s.ALERT_TOPIC_ARN ?? null,
    filingQueueUrl: s.FILING_QUEUE_URL ?? null,
    publicBaseUrl: s.PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? null,
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
