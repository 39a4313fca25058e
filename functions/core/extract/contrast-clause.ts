// A company that opens a contrasting clause of its own ("…, enquanto a Lambda firmou um acordo com a empresa",
// "…, mientras que Lambda cerró…", "…, mentre Lambda…", "…, while Lambda…", "…, tandis que Lambda…", "…, während
// Lambda…", and without the comma in a headline: "Google despliega 1 millón de TPU mientras Amazon pierde terreno")
// is that clause's subject: it does its own thing, beside the deal told before, and is no party of that deal's
// amount. When its clause states a figure of its own, it may be that figure's party, so it is left alone.

/** A literal check first: most names have no such lead-in before them. */
const LEAD_WORD_RE = /while|whereas|tandis|alors que|w[äa]hrend|mientras|en tanto|mentre|enquanto|ao passo/i;

const LEAD_BEFORE_RE =
  /(?:,\s|\s)(?:while|whereas|tandis que|tandis qu['’]|alors que|alors qu['’]|w[äa]hrend|mientras(?: que)?|en tanto que|mentre|enquanto|ao passo que)\s(?:(?:the|la|le|les|die|der|das|el|los|il|lo|i|a|o|os)\s|l['’])?(?:[\p{Ll}-]{2,20}\s){0,2}$/iu;

/** Characters before a name read for the lead-in. */
const REACH = 60;
/** How far the contrasting clause runs after the name, at most. */
const CLAUSE_REACH = 200;

export function opensContrastClause(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - REACH), start);
  if (!LEAD_WORD_RE.test(before) || !LEAD_BEFORE_RE.test(before)) return false;
  const after = text.slice(end, end + CLAUSE_REACH);
  const stop = after.search(/[.;!?](?:\s|$)/);
  return !/\d/.test(stop >= 0 ? after.slice(0, stop) : after);
}
