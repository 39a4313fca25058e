// A backlog sentence usually sums many contracts ("Revenue backlog stood at $55.6 billion") and is no deal; but
// earnings write-ups often restate one contract inside it: "The largest contract in that backlog is Meta's order
// for up to $14.2 billion", "Del portafoglio fa parte il contratto con Meta da 14,2 miliardi". That sentence
// names one contract, tied to one company, right before its amount: it is read like any other.
import { findCompanyMentions } from '../companies';

/** A contract noun of one company: "Meta's order", "the contract with Meta", "den Auftrag von Meta". */
const ONE_CONTRACT_NOUN =
  'order|contract|agreement|deal|commitment|commande|contrat|accord|auftrag|vertrag|pedido|contrato|acuerdo|contratto|accordo|ordine|encomenda|acordo';
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
