// Revenue a deal might bring, told as a possible ceiling: "with total revenue that executives say could reach up to
// $100 billion", "con entrate complessive che potrebbero giungere fino a 100 miliardi", "Umsätze, die bis zu 100
// Milliarden Dollar erreichen könnten", "des revenus qui pourraient atteindre jusqu'à 100 milliards", "ingresos que
// podrían llegar hasta 100.000 millones", "receitas que poderiam chegar a até 100 bilhões". The seller's hope, often
// with other customers' sales in it: no contract's value ("the leases are expected to generate $7 billion" still is).

/** A literal check first: most amounts have no revenue word before them. */
const REVENUE_WORD_RE =
  /revenue|entrat|ricav|ums[äa]tz|erl[öo]s|chiffre d|revenus|ingresos|receita|fatturato/i;

/** Revenue, then a modal of possibility, within the amount's sentence before it. */
const POSSIBLE_REVENUE_BEFORE_RE =
  /(?:revenues?|entrate|ricavi|fatturato|Ums[äa]tze?|Erl[öo]se|chiffre d['’]affaires|revenus|ingresos|receitas?)\b[^.;]{0,80}?\b(?:could|might|may|potrebbero|potrebbe|k[öo]nnte[n]?|pourrai(?:t|ent)|podr[íi]a[n]?|poderi(?:a|am))\b[^.;]{0,40}$/iu;
/** The ceiling's own words right before the amount ("up to", "fino a", "bis zu", "jusqu'à", "hasta", "até"). */
const UP_TO_BEFORE_RE = /(?:up to|fino a|bis zu|jusqu['’]à|hasta|at[ée])\s(?:(?:US)?[$€]\s?)?$/i;
/** German puts the modal after the amount: "… bis zu 100 Milliarden Dollar erreichen könnten". */
const MODAL_AFTER_RE = /^[^.;]{0,40}?\b(?:k[öo]nnte[n]?|d[üu]rfte[n]?)\b/i;

/** How far before the amount its sentence is read. */
const REACH = 160;

/** Is the amount at [start, end) a deal's possible revenue, told as a ceiling? */
export function isPossibleRevenue(text: string, sentenceStart: number, start: number, end: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - REACH), start);
  if (!REVENUE_WORD_RE.test(before) || !UP_TO_BEFORE_RE.test(before.slice(-12))) return false;
  return POSSIBLE_REVENUE_BEFORE_RE.test(before) || MODAL_AFTER_RE.test(text.slice(end, end + 60));
}
