// The one owner of each settings rule. config.ts (CLI, local mode and Lambda), the EDGAR client, the feed registry
// and the CDK synth (infra/settings.ts, CloudFormation parameter patterns) all read them from here.

/** SEC fair access: at most 10 requests/s per user, all machines together. */
export const EDGAR_MAX_RPS_CEILING = 10;
/** What we use when nothing is set: half the ceiling. */
export const EDGAR_DEFAULT_RPS = 5;

/** Shortest interval a news feed may be polled at: politeness towards the publisher (and the 1-minute tick). */
export const NEWS_MIN_POLL_SECONDS = 60;
export const NEWS_MAX_POLL_SECONDS = 86_400;

/**
 * "Company Name contact@example.com": some name, then an email address, as the SEC asks. A whole-value pattern
 * written so that JavaScript and CloudFormation's AllowedPattern (Java) read it alike.
 */
export const SEC_USER_AGENT_PATTERN =
  '^[^\\s@][^@]{0,150}\\s<?[\\w.+-]{1,64}@[\\w-]{1,63}(\\.[\\w-]{1,63})+>?\\s*$';
export const SEC_USER_AGENT_RULE =
  'must name you and give a contact email, e.g. "Acme Research ops@acme.example" (SEC fair access)';

const userAgentRegex = new RegExp(SEC_USER_AGENT_PATTERN);
export function isPlausibleUserAgent(value: string): boolean {
  return userAgentRegex.test(value);
}

/** CloudFormation AllowedPattern and check for the operator's (alarm) email. */
export const OPERATOR_EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
