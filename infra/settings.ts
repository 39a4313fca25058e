import { ConfigError, loadConfig } from '../functions/config';

// Deploy-time settings, read once at synth from CDK context (`-c key=value` or cdk.json) and, for the
// User-Agent, the SEC_USER_AGENT environment variable. They are validated with the functions' own config schema,
// so a value that would make the deployed functions refuse to start fails the synth instead.

/** CloudFormation AllowedPattern (whole value) for "Company or Name contact@example.com", as SEC fair access asks. */
export const SEC_USER_AGENT_PATTERN = '^\\S.*\\s\\S+@\\S+\\.\\S+$';

/** CloudFormation AllowedPattern for the operator's email (alarms). */
export const OPERATOR_EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';

/** SEC fair access allows 10 requests/s per client; we default lower and never go above. */
export const DEFAULT_EDGAR_MAX_RPS_TOTAL = 5;

export interface DeploySettings {
  /** Default of the SecUserAgent parameter; absent means `cdk deploy` asks for it. */
  secUserAgentDefault?: string;
  /** Default of the OperatorEmail parameter (`-c operatorEmail=`); absent means `cdk deploy` asks for it. */
  operatorEmailDefault?: string;
  /** Requests/s to EDGAR across every concurrent function instance together. */
  edgarMaxRpsTotal: number;
  edgarPollSeconds?: number;
  /** Comma-separated form types, as EDGAR_FORMS takes them. */
  edgarForms?: string;
  newsPollSeconds?: number;
}

/** Reads a context value the way `-c key=value` (string) and cdk.json (any JSON) both give it. */
export type ContextReader = (key: string) => unknown;

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const s = Array.isArray(value) ? value.join(',') : String(value).trim();
  return s === '' ? undefined : s;
}

export function readDeploySettings(
  context: ContextReader,
  env: NodeJS.ProcessEnv = process.env,
): DeploySettings {
  const userAgent = text(context('secUserAgent')) ?? text(env.SEC_USER_AGENT);
  const maxRps = text(context('edgarMaxRps'));
  const pollSeconds = text(context('edgarPollSeconds'));
  const forms = text(context('edgarForms'));
  const newsSeconds = text(context('newsPollSeconds'));
  const operatorEmail = text(context('operatorEmail'));
  if (operatorEmail && !new RegExp(OPERATOR_EMAIL_PATTERN).test(operatorEmail))
    throw new ConfigError(`operatorEmail: "${operatorEmail}" is not an email address`);
  // Throws ConfigError naming every bad value.
  const config = loadConfig({
    SEC_USER_AGENT: userAgent,
    EDGAR_MAX_RPS: maxRps,
    EDGAR_POLL_SECONDS: pollSeconds,
    EDGAR_FORMS: forms,
    NEWS_POLL_SECONDS: newsSeconds,
  });
  return {
    ...(config.secUserAgent ? { secUserAgentDefault: config.secUserAgent } : {}),
    ...(operatorEmail ? { operatorEmailDefault: operatorEmail } : {}),
    edgarMaxRpsTotal: maxRps ? config.edgarMaxRps : DEFAULT_EDGAR_MAX_RPS_TOTAL,
    ...(pollSeconds ? { edgarPollSeconds: config.edgarPollSeconds } : {}),
    ...(forms ? { edgarForms: config.edgarForms.join(',') } : {}),
    ...(newsSeconds ? { newsPollSeconds: config.newsPollSeconds } : {}),
  };
}
