// A backlog sentence usually sums many contracts ("Revenue backlog stood at $55.6 billion") and is no deal; but
// earnings write-ups often restate one contract inside it: "The largest contract in that backlog is Meta's order
// for up to $14.2 billion", "Del portafoglio fa parte il contratto con Meta da 14,2 miliardi". That sentence
// names one contract, tied to one company, right before its amount: it is read like any other.
import { findCompanyMentions } from '../companies';
import { BACKLOG_RE } from './cues';
import { PURCHASE_VERB_RE, SPEND_VERB_RE } from './parties';

/** A contract noun of one company: "Meta's order", "the contract with Meta", "den Auftrag von Meta". */
const ONE_CONTRACT_NOUN =
  'order|contract|agreement|deal|commitment|commande|contrat|accord|auftrag|vertrag|pedido|contrato|acuerdo|contratto|accordo|ordine|encomenda|acordo|expansion|extension|ampliaci[óo]n|ampliamento|estensione|espansione|erweiterung|amplia[çc][ãa]o|expans[ãa]o';
const LINK =
  "of|from|with|by|de|du|d['’]|avec|von|mit|der|des|con|del|di|da|com|do|under which|by which|whereby|par lequel|selon lequel|mit dem|por el que|con cui|pelo qual";

/** How far before the amount the contract's own words are read. */
const REACH = 90;

const OWNED_NOUN_RE = new RegExp(`['’]s (?:[\\p{L}-]+ ){0,2}(?:${ONE_CONTRACT_NOUN})\\b`, 'iu');
const NOUN_LINK_RE = new RegExp(`\\b(?:${ONE_CONTRACT_NOUN})\\s(?:${LINK})\\s?$`, 'iu');
/** Several contracts counted in the amount's clause: still a sum. */
const SEVERAL_RE =
  /\b(?:contracts|agreements|orders|deals|contrats|accords|vertr[äa]ge|auftr[äa]ge|contratos|acuerdos|contratti|accordi|acordos)\b/i;

/**
 * Does the amount at `amountStart` restate one named company's contract, in a sentence that talks about a backlog?
 * True when, in the clause before the amount, a contract noun is tied to exactly one named company.
 */
export function restatesOneContract(text: string, sentenceStart: number, amountStart: number): boolean {
  const from = Math.max(sentenceStart, amountStart - REACH);
  const clause = text.slice(from, amountStart);
  if (SEVERAL_RE.test(clause)) return false;
  const named = findCompanyMentions(text, from, amountStart);
  const ids = new Set(named.map((m) => m.company.id));
  if (ids.size !== 1) return false;
  const company = named[0]!;
  const before = text.slice(from, company.start);
  return OWNED_NOUN_RE.test(text.slice(company.end, company.end + 40)) || NOUN_LINK_RE.test(before);
}

/**
 * Earnings write-ups name the contracts that fed a backlog in the backlog's own sentence: "ended the quarter with a
 * backlog of $55.6 billion, boosted by a $14.2 billion contract with Meta and expanded agreements with OpenAI worth
 * up to $6.5 billion", "un carnet de commandes de 55,6 milliards, porté par un contrat de 14,2 milliards avec
 * Meta". The backlog's amount is a sum; an amount whose own clause holds a contract noun and exactly one named
 * company linked to it, and no backlog word, is that contract's.
 */
const CLAUSE_STOP_RE = /[,;:()]|\s(?:and|et|und|y|e|as well as|ainsi que|sowie)\s/giu;
const LINKED_COMPANY_BEFORE_RE =
  /(?:\b(?:with|from|for|avec|de la part de|pour|mit|von|für|con|de|da|per|com|para|del|della|do|da)\s(?:the |la |le |l['’]|die |der |dem |el |il |a |o )?(?:(?:its|their|son|leur|seinem|ihrem|su|suo|seu)\s)?(?:(?:main|largest|biggest|key|anchor|principal|grand|wichtigsten|mayor|maggiore)\s)?(?:(?:customer|client|Kunden|Hauptkunden|Großkunden|Ankerkunden|cliente)\s(?:(?:principale?|chiave|clave|principal)\s)?)?)$/iu;
const CONTRACT_NOUN_RE = new RegExp(`\\b(?:${ONE_CONTRACT_NOUN})(?:s|e|en|i|os|as|ti)?\\b`, 'iu');
const OWN_CLAUSE_REACH = 80;

/** The amount's own clause: from the last stop before it to the next stop after it, within a short reach. */
function ownClause(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number) {
  const from = Math.max(sentenceStart, start - OWN_CLAUSE_REACH);
  const before = text.slice(from, start);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_STOP_RE)) cut = m.index + m[0].length;
  const to = Math.min(sentenceEnd, end + OWN_CLAUSE_REACH);
  const after = text.slice(end, to);
  CLAUSE_STOP_RE.lastIndex = 0;
  const stop = after.search(CLAUSE_STOP_RE);
  return { from: from + cut, to: stop < 0 ? to : end + stop };
}

/** Is the amount at [start, end), in a backlog's sentence, one named company's own contract? */
export function namesContractInBacklog(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  start: number,
  end: number,
): boolean {
  let { from, to } = ownClause(text, sentenceStart, sentenceEnd, start, end);
  if (BACKLOG_RE.test(text.slice(from, to))) {
    const after = contractAfterBacklog(text, from, to, start, end);
    if (after < 0) return false;
    from = after;
  }
  const clause = text.slice(from, to);
  if (text[from - 1] === ':' && tellsDealAfterColon(text, from, to, start, end)) return true;
  if (!CONTRACT_NOUN_RE.test(clause)) return false;
  const named = findCompanyMentions(text, from, to);
  if (new Set(named.map((m) => m.company.id)).size !== 1) return false;
  const company = named[0]!;
  return (
    OWNED_NOUN_RE.test(text.slice(company.end, company.end + 40)) ||
    NAMED_NOUN_AFTER_RE.test(text.slice(company.end, company.end + 24)) ||
    LINKED_COMPANY_BEFORE_RE.test(text.slice(from, company.start)) ||
    PRONOUN_PARTNER_RE.test(text.slice(company.end, to))
  );
}

/** The company as the contract noun's modifier: "including the $14.2 billion Meta contract". */
const NAMED_NOUN_AFTER_RE =
  /^\s(?:(?:cloud|AI|compute|capacity)\s)?(?:contract|order|deal|agreement|lease|commitment)\b/i;

const BACKLOG_GLOBAL_RE = new RegExp(BACKLOG_RE.source, 'giu');
const CONTRACT_NOUN_AFTER_RE = new RegExp(`^\\s?(?:[\\p{L}-]+\\s)?(?:${ONE_CONTRACT_NOUN})\\b`, 'iu');
/** The backlog's owner right after its word: "le carnet de commandes de CoreWeave", "el backlog de CoreWeave". */
const BACKLOG_OWNER_RE =
  /^\s(?:of|de|du|von|der|des|di|del|della|do|da)\s(?:la |le |l['’])?\p{Lu}[\p{L}\d&.-]*(?:\s\p{Lu}[\p{L}\d&.-]*){0,2}/u;

/**
 * "CoreWeave's backlog is driven by a $14.2 billion contract with Meta", "le carnet de commandes de CoreWeave est
 * porté par un contrat de 14,2 milliards avec Meta": the backlog word opens the clause, and a contract noun between
 * it and the amount (or right after the amount) names what the amount is. Where the contract's words start (past the
 * backlog's owner), or -1 when the clause is the backlog's.
 */
function contractAfterBacklog(text: string, from: number, to: number, start: number, end: number): number {
  if (BACKLOG_RE.test(text.slice(end, to))) return -1;
  let last = -1;
  BACKLOG_GLOBAL_RE.lastIndex = 0;
  for (const m of text.slice(from, start).matchAll(BACKLOG_GLOBAL_RE)) last = from + m.index + m[0].length;
  if (last < 0) return -1;
  if (
    !CONTRACT_NOUN_RE.test(text.slice(last, start)) &&
    !CONTRACT_NOUN_AFTER_RE.test(text.slice(end, end + 24))
  )
    return -1;
  return last + (BACKLOG_OWNER_RE.exec(text.slice(last, start))?.[0].length ?? 0);
}

/**
 * "its backlog had quadrupled, and it became public that OpenAI had signed a contract with it for $300 billion",
 * "y se hizo público que OpenAI había firmado un contrato con ella por 300.000 millones": the named company's
 * contract with the sentence's subject, told by a pronoun after the contract noun, is that contract's amount, not
 * the backlog's.
 */
const PRONOUN_PARTNER_RE = new RegExp(
  `\\b(?:${ONE_CONTRACT_NOUN})(?:s|e|en|i|os|as|ti)?\\s(?:with|avec|mit|con|com)\\s(?:it|them|elle|lui|eux|ihr|ihm|ihnen|ella|[ée]l|ellos|essa|esso|lei|loro|ela|ele|eles)\\b`,
  'iu',
);

/** A signing or buying verb of the clause's first company: "has agreed to purchase", "signed", "will pay". */
const DEAL_VERB_RE =
  /\b(?:signed|signs|inked|agreed|will pay|pays|committed|commits)\b|sign[ée]|unterzeichne|abgeschlossen|\bfirm(?:ó|ado|ato)\b|\bassin(?:ou|ado)\b/iu;

/**
 * "the majority of these new bookings stem from a single contract: OpenAI has agreed to purchase $300 billion in
 * cloud computing power from Oracle": the clause a colon opens after the backlog tells one deal whole, its buyer
 * before the amount with its verb and its seller after it; that amount is the deal's, not the backlog's.
 */
function tellsDealAfterColon(text: string, from: number, to: number, start: number, end: number): boolean {
  const named = findCompanyMentions(text, from, to);
  if (new Set(named.map((m) => m.company.id)).size !== 2) return false;
  const first = named[0]!;
  const last = named[named.length - 1]!;
  if (first.end > start || last.start < end) return false;
  const verbs = text.slice(first.end, start);
  return PURCHASE_VERB_RE.test(verbs) || SPEND_VERB_RE.test(verbs) || DEAL_VERB_RE.test(verbs);
}
