// A guarantee of a tenant's lease obligations is often told with its purpose: "Google agreed to backstop $1.4
// billion of Fluidstack's lease obligations to support project debt", "a sostegno del finanziamento del progetto a
// debito". The debt is what the guarantee makes possible, not the amount: the sentence stays a guarantee's.
import { findCompanyMentions } from '../companies';
import { SUPPORTS_OBLIGATIONS_RE } from './cues';
import { TENANT_AFTER_RE, TENANT_BEFORE_RE } from './parties';
import { textBefore } from './text-window';

/** A guarantee by its verb or noun, six languages (not "unused capacity": that backstop names no tenant). */
const GUARANTEE_RE =
  /backstop|guarant|garant|respald|b[üu]rg(?:t|schaft|en)|ab(?:zu|ge)?sicher|\bsicher(?:t|n|te|ten)\s[^.;]{0,80}?\sab\b/i;

/** The financing cues that name a guarantee's purpose rather than its amount. */
const PURPOSE_CUES: ReadonlySet<string> = new Set(['credit-facility', 'debt-offering', 'loan', 'loan-near']);

/** "the tenant's obligations", "des obligations du locataire": the tenant by its role, not its name. */
const TENANT_ROLE_RE =
  /\b(?:the )?tenant['’]s (?:lease |rent |payment )?obligations|obligations (?:of the tenant|du locataire|locatives du preneur)|(?:obligaciones|obblighi|obbligazioni|obriga[çc][õo]es|Verpflichtungen) del?l?[ao]? (?:inquilino|arrendatario|conduttore|locat[áa]rio|Mieters)/i;

/**
 * The sentence guarantees a named tenant's obligations (a company in a tenant's position: "Fluidstack's lease
 * obligations", "degli obblighi di locazione di Fluidstack") or the tenant's by its role, so a financing cue in it
 * tells the guarantee's purpose. A sentence with a guarantee word and no tenant ("senior secured notes",
 * "obbligazioni garantite") stays a financing.
 */
export function financesThroughGuarantee(sentence: string, cue: string): boolean {
  if (!PURPOSE_CUES.has(cue)) return false;
  if (!GUARANTEE_RE.test(sentence) && !SUPPORTS_OBLIGATIONS_RE.test(sentence)) return false;
  if (TENANT_ROLE_RE.test(sentence)) return true;
  return findCompanyMentions(sentence).some(
    (c) =>
      TENANT_AFTER_RE.test(sentence.slice(c.end, c.end + 48)) ||
      TENANT_BEFORE_RE.test(textBefore(sentence, c.start, 30)),
  );
}
