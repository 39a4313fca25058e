import { ConfigError, loadConfig } from '../functions/config';
import { EDGAR_POLLER_RPS } from '../functions/core/ports/edgar';
import { OPERATOR_EMAIL_PATTERN, SEC_USER_AGENT_PATTERN } from '../functions/core/setting-rules';

// Deploy-time settings, read once at synth from CDK context (`-c key=value` or cdk.json) and, for the
// User-Agent, the SEC_USER_AGENT environment variable. They are validated with the functions' own config schema,
// so a value that would make the deployed functions refuse to start fails the synth instead.

// The parameter patterns are the functions' own rules (functions/core/setting-rules.ts).
export { OPERATOR_EMAIL_PATTERN, SEC_USER_AGENT_PATTERN };

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
  /** `-c apiCacheSeconds=N`: API_CACHE_SECONDS of the two API functions (their deals-list cache and max-age). */
  apiCacheSeconds?: number;
  /** `-c publicSubscribe=true`: POST /subscribe (email only, SNS double opt-in) public, and the page's form on. */
  publicSubscribe?: boolean;
  /** `-c cdn=true`: a CloudFront distribution caching the public reads (infra/public-read-cdn.ts). */
  cdn?: boolean;
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
  const apiCacheSeconds = text(context('apiCacheSeconds'));
  const operatorEmail = text(context('operatorEmail'));
  const publicSubscribe = flag('publicSubscribe', text(context('publicSubscribe')));
  const cdn = flag('cdn', text(context('cdn')));
  if (operatorEmail && !new RegExp(OPERATOR_EMAIL_PATTERN).test(operatorEmail))
    throw new ConfigError(`operatorEmail: "${operatorEmail}" is not an email address`);
  // Throws ConfigError naming every bad value.
  const config = loadConfig({
    SEC_USER_AGENT: userAgent,
    EDGAR_MAX_RPS: maxRps,
    EDGAR_POLL_SECONDS: pollSeconds,
    EDGAR_FORMS: forms,
    NEWS_POLL_SECONDS: newsSeconds,
    API_CACHE_SECONDS: apiCacheSeconds,
  });
  // The poller keeps 1 request/s; the workers' shared budget keeps a slot a second for 8-Ks and needs 2 more
  // (functions/store/edgar-budget.ts).
  if (config.edgarMaxRps < EDGAR_POLLER_RPS + 2)
    throw new ConfigError(
      `edgarMaxRps: ${config.edgarMaxRps} is too low; the poller and the shared EDGAR budget need at least ${EDGAR_POLLER_RPS + 2}`,
    );
  return {
    ...(config.secUserAgent ? { secUserAgentDefault: config.secUserAgent } : {}),
    ...(operatorEmail ? { operatorEmailDefault: operatorEmail } : {}),
    edgarMaxRpsTotal: config.edgarMaxRps,
    ...(pollSeconds ? { edgarPollSeconds: config.edgarPollSeconds } : {}),
    ...(forms ? { edgarForms: config.edgarForms.join(',') } : {}),
    ...(newsSeconds ? { newsPollSeconds: config.newsPollSeconds } : {}),
    ...(apiCacheSeconds ? { apiCacheSeconds: config.apiCacheSeconds } : {}),
    ...(publicSubscribe ? { publicSubscribe: true } : {}),
    ...(cdn ? { cdn: true } : {}),
  };
}

/** A true/false deploy flag: absent is false, anything but the two words is refused. */
function flag(name: string, value: string | undefined): boolean {
  if (value !== undefined && value !== 'true' && value !== 'false')
    throw new ConfigError(`${name}: "${value}" must be true or false`);
  return value === 'true';
}
