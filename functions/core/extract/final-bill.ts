// A bill over a buyer's orders told as one figure: "Microsoft will buy 200,000 GPUs from Nscale, including 75,000
// already promised, bringing the final bill to nearly $23 billion", "portant la facture finale à près de 23
// milliards", "womit sich die Gesamtrechnung auf 23 Milliarden beläuft", "elevando la factura final a", "portando
// il conto finale a", "elevando a conta final para". It sums earlier orders with the new one (often an outsider's
// estimate): never a contract's value, not even the pair's running total.

/** A literal check first: most sentences tell no bill. */
const BILL_WORD_RE = /bill|\btab\b|tally|factur|rechnung|conto|conta/i;

/** The bill's words, in the amount's sentence before it. */
const FINAL_BILL_BEFORE_RE =
  /\b(?:bring(?:s|ing)?|tak(?:es|ing)|push(?:es|ing)) (?:the|its|their) (?:final |total |overall |eventual )?(?:bill|tab|tally)\b|\bla facture (?:finale|totale)\b|(?:Gesamt|End)rechnung|\bla factura (?:final|total)\b|\bil conto (?:finale|totale)\b|\ba conta (?:final|total)\b/iu;

/** How far before the amount the bill is read. */
const REACH = 110;

/** Is the amount starting at `start` (in a sentence starting at `sentenceStart`) a buyer's final bill? */
export function isFinalBill(text: string, sentenceStart: number, start: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - REACH), start);
  return BILL_WORD_RE.test(before) && FINAL_BILL_BEFORE_RE.test(before);
}
