// "has invested $3 billion in Anthropic", "hasta 10.000 millones en Anthropic", "10 milliards dans Mistral": an
// amount put into a named company, after an investment word, is a stake, not a contract's value.
import { findCompanyMentions } from '../companies';
import { INVESTMENT_RE } from './cues';

/** From the amount to the company it goes into: a currency word, then "in"/"en"/"dans"/"na", then an article. */
const INTO_COMPANY_RE =
  /^\s?(?:(?:de |of |di )?(?:d[óo]lares|dollars?|dollari|dólares|euros?|Dollar|Euro)\s)?(?:in|into|en|em|na|no|nella|nel|dans|auprès de)\s(?:(?:la|el|a|o|the|le|die|den|das)\s|l['’])?/i;

/**
 * Does the money at [start, end) go into the company named right after it, with an investment told before it in
 * its sentence (`before`)?
 */
export function investsInCompany(text: string, end: number, before: string): boolean {
  const m = INTO_COMPANY_RE.exec(text.slice(end, end + 40));
  if (!m) return false;
  const at = end + m[0].length;
  const first = findCompanyMentions(text, at, Math.min(text.length, at + 40))[0];
  return first !== undefined && first.start === at && INVESTMENT_RE.test(before);
}
