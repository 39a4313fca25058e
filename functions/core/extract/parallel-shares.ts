// Shares told side by side with the verb left out: "Nvidia metterà sul piatto fino a 10 miliardi e Microsoft 5
// miliardi", "Nvidia will put up $10 billion and Microsoft $5 billion", "Nvidia se compromete con 10.000 millones y
// Microsoft con 5.000 millones". The company right before the second amount stands where the company of the first
// amount stands: both give (or both buy, both sell) their own share of one thing, so the two are never buyer and
// seller of each other. A contract between them is told with a verb of its own, never by such a gap.
import { type CompanyMention, findCompanyMentions } from '../companies';
import type { Party } from './parties';
import type { Span } from './sentences';

/** A literal check first: the gap's conjunction in six languages (most sentences hold one amount anyway). */
const CONJUNCTION_WORD_RE = /\b(?:and|e|y|et|und|while|mentre|mientras|enquanto|tandis que|w[äa]hrend)\s/i;

/**
 * From the first amount's end to the second company: the currency's tail, a few lower-case words ("on the table",
 * "sur la table"), a comma, the conjunction, the preposition the first company had ("and with Meta for $3 billion":
 * the two are then the subject's two counterparties, still never each other's), an article.
 */
const GAP_BEFORE_RE =
  /^\s?(?:(?:de |di |of |d['’])?(?:d[óo]lares|dollars?|dollari|euros?|Dollar|US-Dollar|Euro)\b)?(?:\s[\p{Ll}'’-]+){0,4}?\s?,?\s(?:and|e|y|et|und|while|mentre|mientras|enquanto|tandis que|w[äa]hrend)\s(?:(?:with|con|com|avec|mit)\s)?(?:(?:a|o|la|el|le|il|the|die|der|dem)\s|l['’])?$/iu;

/** From the second company to its figure: at most a preposition and a bound ("per", "con hasta", "with up to"). */
const GAP_AFTER_RE =
  /^\s?(?:(?:with|con|com|avec|mit|per|por|para|pour|for|de|da|di|über|of|worth)\s)?(?:(?:up to|fino a|hasta|at[ée]|jusqu['’]à|bis zu|about|around|some|unos|circa|cerca de|environ|rund)\s)?(?:US)?[$€£]?\s?\d/iu;

/** How far past an amount the next company and its figure are looked for. */
const SHARE_REACH = 90;

/** An amount of the sentence, by its start and end. */
export interface AmountSpan {
  start: number;
  end: number;
}

/** The companies of the two shares, and whether "with" was told again before it ("and with Meta"). */
export interface ParallelShare {
  /** The company of the first share, and where that share's amount starts. */
  lead: CompanyMention;
  firstStart: number;
  gapped: CompanyMention;
  repeatsWith: boolean;
}

const REPEATS_WITH_RE = /\s(?:with|con|com|avec|mit)\s(?:\S+\s)?$/i;

/**
 * The sentence tells `pair`'s two companies as parallel shares: one named last before an amount, the other right
 * before the next amount after "and" with no verb of its own. Null when it does not.
 */
export function pairsParallelShares(
  text: string,
  sentence: Span,
  amounts: readonly AmountSpan[],
  pair: readonly Party[],
): ParallelShare | null {
  if (amounts.length === 0 || pair.length < 2) return null;
  const ids = new Set(pair.map((p) => p.company.id));
  if (ids.size < 2) return null;
  for (const first of amounts) {
    // The second share may be told bare ("y Microsoft 5.000 millones"): only its figure is looked for.
    const after = text.slice(first.end, Math.min(sentence.end, first.end + SHARE_REACH));
    if (!CONJUNCTION_WORD_RE.test(after)) continue;
    const gapped = findCompanyMentions(text, first.end, first.end + after.length)[0];
    if (!gapped || !ids.has(gapped.company.id)) continue;
    const lead = text.slice(first.end, gapped.start);
    if (!GAP_BEFORE_RE.test(lead)) continue;
    if (!GAP_AFTER_RE.test(text.slice(gapped.end, Math.min(sentence.end, gapped.end + SHARE_REACH))))
      continue;
    // The company of the first amount: the last one named before it in the sentence.
    const before = findCompanyMentions(text, sentence.start, first.start);
    const last = before[before.length - 1];
    if (last && last.company.id !== gapped.company.id && ids.has(last.company.id))
      return { lead: last, firstStart: first.start, gapped, repeatsWith: REPEATS_WITH_RE.test(` ${lead}`) };
  }
  return null;
}

/** Between the two amounts: the first one's currency tail, then "and" or a comma, then the second's sign. */
const AMOUNTS_JOINED_RE =
  /^\s?(?:(?:de |di |of |d['’])?(?:d[óo]lares|dollars?|dollari|euros?|Dollar|US-Dollar|Euro)\s?)?(?:,\s?|\s(?:and|et|und|y|e)\s)(?:(?:US)?[$€£]\s?)?$/iu;
/** After the second amount, a few words, then the preposition of the counterparties ("commitments from"). */
const COUNTERPARTIES_BEFORE_RE =
  /^[^.;]{0,60}?\s(?:from|with|to|for|de|con|com|avec|mit|von|da|dalla|dal|par)\s(?:(?:the|la|le|l['’]|el|il|a|o)\s?)?$/iu;
/** Between the two counterparties ("beziehungsweise": "respectively"). */
const NAMES_JOINED_RE =
  /^\s?(?:,\s?|\s(?:and|et|und|y|e|beziehungsweise|bzw\.)\s)(?:(?:the|la|le|l['’]|el|il|a|o)\s?)?$/iu;
/** Between the subject and the first counterparty told before the amounts: "a signé avec", "signed deals with". */
const COUNTERPARTIES_AFTER_RE =
  /^[^.;]{0,60}?\s(?:with|con|com|avec|mit)\s(?:(?:the|la|le|l['’]|el|il|a|o)\s?)?$/iu;
/** From the second counterparty to the first amount: a few words, no clause of its own ("des contrats de"). */
const AMOUNTS_AFTER_NAMES_RE = /^[^.;:]{0,60}$/u;

/**
 * The sentence's amounts are two, joined by "and" or a comma ("$17.4 billion and $3 billion", "14,2 et 11,9
 * milliards"): two contracts' values side by side, never one sum over the companies named with them.
 */
export function twoAmountsJoined(text: string, amounts: readonly AmountSpan[]): boolean {
  const [first, second] = amounts;
  return (
    amounts.length === 2 &&
    first !== undefined &&
    second !== undefined &&
    AMOUNTS_JOINED_RE.test(text.slice(first.end, second.start))
  );
}

/**
 * "CoreWeave has new $14.2 billion and $11.9 billion commitments from Meta and OpenAI": two amounts, then two
 * counterparties in the same order, each the subject's contract with one of them; or the counterparties first
 * ("CoreWeave a signé avec Meta et OpenAI des contrats de 14,2 et 11,9 milliards"). The pair of the amount starting
 * at `pos`, or null when the sentence has no such shape.
 */
export function respectivePair(
  text: string,
  amounts: readonly AmountSpan[],
  parties: readonly Party[],
  pos: number,
): [Party, Party] | null {
  const i = amounts.findIndex((a) => a.start === pos);
  if (i < 0 || !twoAmountsJoined(text, amounts)) return null;
  const [first, second] = amounts as [AmountSpan, AmountSpan];
  const strong = parties.filter((p) => !p.weak && !p.pronoun).sort((x, y) => x.start - y.start);
  const before = strong.filter((p) => p.end <= first.start);
  const [x, y] = strong.filter((p) => p.start >= second.end);
  const found =
    x && y && COUNTERPARTIES_BEFORE_RE.test(text.slice(second.end, x.start))
      ? { subject: before.at(-1), x, y }
      : namesBeforeAmounts(text, before, first);
  if (!found?.subject || !NAMES_JOINED_RE.test(text.slice(found.x.end, found.y.start))) return null;
  const ids = new Set([found.subject.company.id, found.x.company.id, found.y.company.id]);
  if (ids.size !== 3) return null;
  return [found.subject, i === 0 ? found.x : found.y];
}

/** "CoreWeave a signé avec Meta et OpenAI des contrats de …": the subject, then "with" and the two counterparties. */
function namesBeforeAmounts(text: string, before: readonly Party[], first: AmountSpan) {
  const [subject, x, y] = before.slice(-3);
  if (!subject || !x || !y || before.length < 3) return null;
  if (!COUNTERPARTIES_AFTER_RE.test(text.slice(subject.end, x.start))) return null;
  if (!AMOUNTS_AFTER_NAMES_RE.test(text.slice(y.end, first.start))) return null;
  return { subject, x, y };
}
