// An amount told as belonging to someone a company is said not to be: "OpenAI is not the mystery $10 billion
// customer", "OpenAI n'est pas le client mystère à 10 milliards", "OpenAI sei nicht der geheimnisvolle Kunde mit dem
// 10-Milliarden-Dollar-Auftrag", "OpenAI no es el cliente misterioso de 10.000 millones", "non è il cliente misterioso
// da 10 miliardi", "não é o cliente misterioso de 10 mil milhões". The figure is another, unnamed buyer's: no value
// of the named company's deal.
import { textBefore } from './text-window';

/** A literal check first: most clauses deny nothing. */
const NOT_WORD_RE = /\bnot\b|n['’]t\b|\bpas\b|\bnicht\b|\bno\b|\bnon\b|\bn[ãa]o\b/i;

/** Right before the amount, within its clause: a negated "is the …" naming who the figure belongs to. */
const DENIED_IDENTITY_BEFORE_RE =
  /(?:\b(?:is|was|are|were) not|\b(?:isn|wasn|aren|weren)['’]t|\bn['’](?:est|était|étaient|sont) pas|\b(?:ist|sei|war|wäre) nicht|\bno (?:es|era|fue|son)|\bnon (?:è|era|sia|fosse|sono)|\bn[ãa]o (?:é|era|foi|seja|são)) (?:the|a|an|that|le|la|l['’]|un|une|der|die|das|ein|eine|el|los|il|lo|o|a|um|uma)\s?(?:[\p{L}-]+\s){0,4}(?:(?:with|mit dem|mit einem|de|da|à|au|di|del|do|of)\s)?(?:(?:the|a|an|le|la|el|il|o|um|dem|einem)\s)?$/iu;

/** How far before the amount the negated identity is read. */
const REACH = 90;

/** Is the amount starting at `start` another company's, named by a denied identity? */
export function inDeniedIdentity(text: string, start: number): boolean {
  const before = textBefore(text, start, REACH);
  return NOT_WORD_RE.test(before) && DENIED_IDENTITY_BEFORE_RE.test(before);
}
