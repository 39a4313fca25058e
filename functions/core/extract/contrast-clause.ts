// A company that opens a contrasting clause of its own ("…, enquanto a Lambda firmou um acordo com a empresa",
// "…, mientras que Lambda cerró…", "…, mentre Lambda…", "…, while Lambda…", "…, tandis que Lambda…", "…, während
// Lambda…", and without the comma in a headline: "Google despliega 1 millón de TPU mientras Amazon pierde terreno")
// is that clause's subject: it does its own thing, beside the deal told before, and is no party of that deal's
// amount. When its clause states a figure of its own (money, or a contract's), it may be that figure's party, so it
// is left alone.
import { textBefore } from './text-window';

/** A literal check first: most names have no such lead-in before them. */
const LEAD_WORD_RE = /while|whereas|tandis|alors que|w[äa]hrend|mientras|en tanto|mentre|enquanto|ao passo/i;

const LEAD_BEFORE_RE =
  /(?:,\s|\s)(?:while|whereas|tandis que|tandis qu['’]|alors que|alors qu['’]|w[äa]hrend|mientras(?: que)?|en tanto que|mentre|enquanto|ao passo que)\s(?:(?:the|la|le|les|die|der|das|el|los|il|lo|i|a|o|os)\s|l['’])?(?:[\p{Ll}-]{2,20}\s){0,2}$/iu;

/** Characters before a name read for the lead-in. */
const REACH = 60;
/** How far the contrasting clause runs after the name, at most. */
const CLAUSE_REACH = 200;

/**
 * A "but" clause after an amount's clause: "Amazon … hat bis zu 8 Milliarden US-Dollar zugesagt, doch der neue Vertrag
 * dürfte Google eine deutlich stärkere Position sichern", "…, but the new contract gives Google", "…, mais le nouveau
 * contrat donne à Google", "…, pero el nuevo contrato da a Google", "…, ma il nuovo contratto dà a Google". A company
 * it names, with no figure of its own, is no party of the amount before the "but". Not "but with", "but also", "but
 * from": those add a party to the clause before.
 */
const BUT_BEFORE_RE =
  /(?:[$€£]\s?\d|\d\s?(?:billion|bn|milliards?|Milliarden|Mrd|mil millones|millones|miliardi|bilh[õo]es|mil milh[õo]es))[^.;!?]{0,120},\s(?:but|doch|aber|jedoch|mais|pero|ma|mas)\s(?!(?:also|aussi|auch|tambi[ée]n|anche|tamb[ée]m|with|from|to|avec|de|mit|von|con|da|com|not|nicht|pas|no|non|n[ãa]o)\s)(?:[\p{L}'’-]{1,20}\s){1,7}$/iu;
/** How far back the amount and the "but" are read. */
const BUT_REACH = 200;

/**
 * A sentence opening on a "while" clause that holds a figure, then the company: "While Nvidia and OpenAI announce a
 * $100 billion partnership, Google Cloud is betting on startups", "Mientras …, Google Cloud …", "Alors que …,",
 * "Mentre …,", "Enquanto …,", "Während …,". The figure is the clause's; the company is the main clause's subject.
 */
const AFTER_WHILE_CLAUSE_RE =
  /(?:^|[.!?]\s|\n)\W{0,3}(?:while|whereas|mientras(?: que)?|alors que|tandis que|mentre|enquanto|w[äa]hrend)\s(?:[^.;!?\n]|\.(?=\d)){0,160}?\d(?:[^.;!?,\n]|[.,](?=\d)){0,100},\s(?:(?:the|la|le|el|il|o|a|die|der|das)\s|l['’])?$/iu;

export function opensContrastClause(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start, REACH);
  const lead = LEAD_WORD_RE.test(before) && LEAD_BEFORE_RE.test(before);
  if (!lead) {
    const clauseBefore = textBefore(text, start, BUT_REACH);
    if (!BUT_BEFORE_RE.test(clauseBefore) && !AFTER_WHILE_CLAUSE_RE.test(clauseBefore)) return false;
  }
  const after = text.slice(end, end + CLAUSE_REACH);
  const stop = after.search(/[.;!?](?:\s|$)/);
  const clause = stop >= 0 ? after.slice(0, stop) : after;
  // "…, mentre quella con AMD è per 6 gigawatt": the clause's "with" names the other side of a deal of its own.
  return (
    !/\d/.test(clause) || !(OWN_FIGURE_RE.test(clause) || /\s(?:with|avec|mit|con|com)\s$/i.test(before))
  );
}

/**
 * A figure the contrasting clause may make its company a party of: money, or a figure beside a contract's word. Its
 * own growth told in gigawatts or by a year ("tandis que Iren … étend sa capacité à près de 3 GW d'ici 2026") is not.
 */
const OWN_FIGURE_RE =
  /[$€£]|billion|million|millon|milliard|miliard|Mrd|bilh|milh|sign|firm|unterz|contra|accord|acuerdo|acordo|deal|lease|bail|vertr|miet|arrend|alug|locaz|affitt/i;
