// A company's own order of chips or servers, told with no seller, after a sentence that paired it with a capacity
// provider: "Google is in talks with CoreWeave to rent servers. Google has placed orders for Blackwell chips worth
// over $10 billion", "Nscale signs with Microsoft. Nscale ordered GPUs worth $5 billion", "Google a commandé des
// puces pour 10 milliards", "Google hat Chips für 10 Milliarden bestellt". The amount buys goods for the company
// itself: it is no value of the capacity deal the sentence before tells, so that sentence lends no party to it.
// A seller of goods named there ("IREN signs with Dell. IREN will buy GPUs worth $5.8 billion") still lends itself.
import type { Party } from './parties';
import { isChipMaker, isPurchase } from './parties';
import type { Span } from './sentences';

/** Goods bought: chips, accelerators, servers, in the six languages. */
export const GOODS_WORDS_RE =
  /\b(?:chips?|gpus?|tpus?|processors?|accelerators?|servers?|puces|processeurs|serveurs|acc[ée]l[ée]rateurs|prozessoren|grafikprozessoren|procesadores|servidores|processori|acceleratori|processadores|aceleradores)\b/i;
/** Capacity bought is a capacity deal, whatever the verb ("buy $300 billion of computing power"). */
const CAPACITY_RE =
  /\b(?:capacity|compute|computing|cloud|capacit[ée]s?|calcul|rechenleistung|\w*kapazit[äa]t\w*|capacidad|c[óo]mputo|capacit[àa]|calcolo|capacidade|computacional|nuvem|nube)\b/i;

/**
 * Whether the sentence orders goods for the one company it names, with no seller: the sentences before lend no
 * capacity provider to its amount.
 */
export function ordersGoodsAlone(text: string, sentence: Span, own: readonly Party[], pos: number): boolean {
  const named = own.filter((p) => !p.weak && !p.pronoun && !p.product);
  if (named.length !== 1 || isChipMaker(named[0]!.company)) return false;
  // A maker named as the goods' brand ("Nvidia Blackwell chips") is the seller: that pair is the sentence's own.
  if (own.some((p) => p.product && isChipMaker(p.company))) return false;
  const s = text.slice(sentence.start, sentence.end);
  return GOODS_WORDS_RE.test(s) && !CAPACITY_RE.test(s) && isPurchase(text, sentence, pos);
}

/**
 * Capacity bought with no goods named ("Meta s'est engagée à acheter 15 milliards de capacité de calcul"): a chip
 * maker a sentence before names only as its goods' brand ("la plateforme NVIDIA Vera Rubin développée par NVIDIA")
 * is no seller to lend.
 */
export function buysCapacityNotGoods(sentence: string): boolean {
  return CAPACITY_RE.test(sentence) && !GOODS_WORDS_RE.test(sentence);
}

/** Whether the companies a sentence before names include a seller of goods, who may lend itself. */
export function lendsGoodsSeller(named: readonly Party[]): boolean {
  return named.some((p) => !p.weak && isChipMaker(p.company));
}
