// A second deal joined to an amount's by "and" (issue 8, roundups): "Nebius signed $8 billion of new commitments
// from Microsoft and a separate multiyear agreement with Mistral", "y un acuerdo plurianual aparte con Mistral",
// "e un distinto accordo pluriennale con Mistral". The second deal, told without a figure, is a deal of its own.

/** "and a separate", "y un … aparte", "e un distinto", "und eine gesonderte", "et un … distinct", "e um outro". */
const SEPARATE_DEAL_RE =
  /\s(?:and|et|und|y|e)\s(?:a|an|un|une|una|um|uma|ein|eine[nm]?)\s(?:[\p{L}-]+\s){0,3}?(?:separate|distinct|second|another|aparte|distint[oa]|s[ée]par[ée]e?|zweite[nrs]?|gesonderte[nrs]?|separad[oa]|outr[oa]|altr[oa]|divers[oa])(?![\p{L}])/iu;

/** How far after an amount the join is read. */
const REACH = 120;

/**
 * Where a second deal joined after one of the amounts ending at `ends` starts (its words after "and a separate"),
 * within the sentence ending at `sentenceEnd`; -1 when none is joined.
 */
export function separateDealAfter(text: string, ends: readonly number[], sentenceEnd: number): number {
  for (const end of ends) {
    const after = text.slice(end, Math.min(sentenceEnd, end + REACH));
    const m = SEPARATE_DEAL_RE.exec(after);
    if (m) return end + m.index + m[0].length;
  }
  return -1;
}
