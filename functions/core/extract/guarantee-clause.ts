// A guarantee told as a participle after the contract it covers, with no comma before it: "an agreement of about
// $3 billion guaranteed up to $1.4 billion by Google", "un accord de 3 milliards de dollars garanti à hauteur de
// 1,4 milliard par Google", "un acuerdo de 3.000 millones garantizado por Google", "un accordo da 3 miliardi
// garantito da Google", "um acordo de US$ 3 bilhões garantido pelo Google", "… Vertrag über 3 Milliarden Dollar,
// abgesichert durch Google". The participle opens a clause of its own: an amount after it is the guarantee's (its
// guarantor's), an amount before it the contract's, as if a comma stood there.

/** A literal check first: most sentences guarantee nothing. */
const GUARANTEE_LITERAL_RE = /guarant|garant|backed|backstopp|respald|abgesichert|besichert/i;

/** The participle, not the noun ("a guarantee from"), nor a verb in its own clause ("Google guarantees $1.4 billion"). */
const GUARANTEED_RE =
  /\s(?:guaranteed|backed|backstopped|garanti(?:e|s|es)?|garantizad[oa]s?|respaldad[oa]s?|garantit[oaie]|garantid[oa]s?|abgesichert|besichert)\s/giu;

/** Where the first guarantee participle opens its clause in `between` (the words after an amount), else -1. */
export function guaranteeClauseAt(between: string): number {
  if (!GUARANTEE_LITERAL_RE.test(between)) return -1;
  GUARANTEED_RE.lastIndex = 0;
  const m = GUARANTEED_RE.exec(between);
  return m ? m.index : -1;
}
