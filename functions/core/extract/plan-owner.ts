// "Meta plans to invest $600 billion in US infrastructure through 2028. The plan includes a $10 billion contract with
// Google Cloud": the plan named again is the one the sentence before told, and so is the contract it includes. Its
// owner, the one company that sentence names, is the contract's other party, not the article's subject (an article
// about OpenAI's deals that turns to Meta's plan).
import { type CompanyEntry, findCompanyMentions } from '../companies';
import { previousSentence } from './sentences';

/**
 * A sentence that opens on the plan, programme or investment told before and goes on to a contract it includes, in the
 * six languages ("Le projet s'inscrit dans les 109 milliards d'engagements" names none).
 */
const PLAN_AGAIN_RE =
  /^\W*(?:the|this|that|its|le|ce|cet|son|el|este|ese|su|o|seu|il|questo|suo|der|dieser|das|dieses|sein)\s(?:plan|programme|program|project|investment|expansion|strategy|build-?out|projet|investissement|proyecto|programa|inversi[óo]n|plano|projeto|investimento|piano|progetto|programma|Projekt|Programm|Vorhaben)\b[^.;]{0,60}?\b(?:contracts?|deals?|agreements?|leases?|orders?|contrats?|accords?|bail|contratos?|acuerdos?|pedidos?|contratt[oi]|accord[oi]|ordin[ei]|acordos?|Vertr[äa]ge?|Auftr[äa]ge?|Vereinbarung)\b/i;

/** How many sentences back the plan's owner is looked for ("Meta plans … . In the first half alone … . The plan …"). */
const SENTENCES_BACK = 3;

/**
 * The one company the nearest sentence before that names any names, when `sentence` (at `start`) opens on the plan
 * it told; else null.
 */
export function ownerOfPlanAgain(text: string, sentence: string, start: number): CompanyEntry | null {
  if (!PLAN_AGAIN_RE.test(sentence)) return null;
  let prev = previousSentence(text, start);
  for (let k = 0; k < SENTENCES_BACK && prev; k++) {
    const named = new Set(findCompanyMentions(text, prev.start, prev.end).map((m) => m.company));
    if (named.size > 0) {
      const [only] = named;
      return named.size === 1 ? only! : null;
    }
    prev = previousSentence(text, prev.start);
  }
  return null;
}
