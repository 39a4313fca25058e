// Whose contract an expansion word grows. A sentence often tells two deals: "weeks after Anthropic expanded its
// use of Google's TPUs, and months after it committed $30 billion to Microsoft's Azure", "about $250 billion of
// additional Azure services, and $38 billion with AWS". The expansion word's object names its pair; a contract
// of another pair in the same sentence is signed, not expanded.
import { findCompanyMentions } from '../companies';
import { expansionWords } from './cues';
import { isChipMaker, PRODUCT_AFTER_RE } from './parties';
import { namedAsProject } from './project-name';
import { endsSentence, type Span } from './sentences';

/**
 * The companies named in [from, to), less a project's name ("4,5 gigavatios adicionales … dentro del proyecto
 * Stargate"): a programme an expansion is told within owns no contract, so it never takes the expansion from the pair;
 * less a chip maker named as its goods.
 */
function companiesIn(text: string, from: number, to: number) {
  return findCompanyMentions(text, from, to).filter(
    (m) =>
      !(m.company.tier === 0.5 && namedAsProject(text, m.start, m.end)) &&
      // "extends the 12,600 NVIDIA GB300 GPUs Nscale is already bringing online": a maker's goods, no party.
      !(isChipMaker(m.company) && PRODUCT_AFTER_RE.test(text.slice(m.end, m.end + 40))),
  );
}

/** How far after an expansion word the company it governs is looked for ("expanded its use of Google's TPUs"). */
const OBJECT_REACH = 40;

/**
 * Every expansion word of the evidence governs a company outside the pair (the first company named just after
 * it, within its clause): the expansion is another pair's.
 */
export function expandsAnotherPair(text: string, evidence: Span, pair: readonly [string, string]): boolean {
  const sentence = text.slice(evidence.start, evidence.end);
  const words = expansionWords(sentence);
  if (words.length === 0) return false;
  return words.every(([start, end]) => {
    // "in addition to the Microsoft contract": a company inside the expansion phrase itself is its object.
    const inside = companiesIn(text, evidence.start + start, evidence.start + end)[0]?.company.id;
    if (inside !== undefined) return !pair.includes(inside);
    const closes = endsClause(text, evidence.start + end);
    const after = closes ? undefined : objectAfter(text, evidence, wordEnd(text, evidence.start + end));
    // "a $14.2 billion contract with Meta and a $6.5 billion expansion with OpenAI": the company right after the
    // word is its object, whoever else its clause names.
    if (after !== undefined && pair.includes(after)) return false;
    if (ownClauseNamesAnother(text, evidence, evidence.start + start, pair)) return true;
    // A word that ends its clause, or has no company after it ("servicios de Azure adicionales por …"), governs
    // the company named last before it.
    const object = closes
      ? objectBefore(text, evidence, evidence.start + start)
      : (after ?? objectBefore(text, evidence, evidence.start + start));
    return object !== undefined && !pair.includes(object);
  });
}

/** The end of the word a match stops inside ("amplia" of "ampliación"). */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && /\p{L}/u.test(text[end]!)) end++;
  return end;
}

function objectAfter(text: string, evidence: Span, from: number): string | undefined {
  const clauseEnd = clauseEndAfter(text, from, Math.min(evidence.end, from + OBJECT_REACH));
  return companiesIn(text, from, clauseEnd)[0]?.company.id;
}

/** A verb that ends its clause ("… die Nutzung der TPU von Google erweitert und …"). */
const CLAUSE_END_AFTER_RE = /^\s*(?:[,;:.]|$|(?:und|and|et|y|e|oder)\s)/;

function endsClause(text: string, wordEnd: number): boolean {
  const rest = text.slice(wordEnd, wordEnd + 24);
  if (!isClauseStop(text, wordEnd) && rest.startsWith(',')) return false;
  const letters = rest.search(/[^\p{L}]/u);
  return CLAUSE_END_AFTER_RE.test(rest.slice(Math.max(0, letters)));
}

/** A clause-final verb's object stands before it: the company named last before it, within its clause. */
function objectBefore(text: string, evidence: Span, at: number): string | undefined {
  let from = Math.max(evidence.start, at - OBJECT_REACH);
  for (let i = at - 1; i >= from; i--)
    if (isClauseStop(text, i)) {
      from = i + 1;
      break;
    }
  return companiesIn(text, from, at).at(-1)?.company.id;
}

/** A comma, semicolon or colon, not the decimal comma of "6,5 milliards". */
function isClauseStop(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === ',') return !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  return c === ';' || c === ':';
}

/** A clause's stop, or a sentence's end: an evidence may hold two sentences. */
const isClauseOrSentenceStop = (text: string, i: number): boolean =>
  isClauseStop(text, i) || (text[i] === '.' && endsSentence(text, i));

/** A clause ends at a comma, semicolon or colon: the company after it is no object of the word before. */
function clauseEndAfter(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isClauseStop(text, i)) return i;
  return to;
}

/**
 * "Microsoft has turned to CoreWeave for additional computing power, and OpenAI has signed a direct agreement with
 * CoreWeave": the word's own clause (between commas, semicolons or sentence ends) names a company outside the pair
 * and not the whole pair, while the sentence names the whole pair elsewhere: the expansion is that clause's deal,
 * never the pair's told in another clause.
 */
function ownClauseNamesAnother(
  text: string,
  evidence: Span,
  at: number,
  pair: readonly [string, string],
): boolean {
  // "… which is buying racks built around Google's Ironwood TPUs. Hock Tan added that Anthropic placed a further $11
  // billion order": the clause begins with its sentence, whatever the sentence before names.
  let from = evidence.start;
  for (let i = at - 1; i >= evidence.start; i--)
    if (isClauseOrSentenceStop(text, i)) {
      from = i + 1;
      break;
    }
  const to = clauseEndAfter(text, at, evidence.end);
  const named = new Set(companiesIn(text, from, to).map((m) => m.company.id));
  if (![...named].some((id) => !pair.includes(id)) || pair.every((id) => named.has(id))) return false;
  // The pair's own deal is told in another clause of the sentence: a registrant never named is no such pair.
  const inSentence = new Set(companiesIn(text, evidence.start, evidence.end).map((m) => m.company.id));
  return pair.every((id) => inSentence.has(id));
}
