// A maker's sale told after someone else's capacity deal, with no buyer of its own and no verb that buys:
// "Microsoft e IREN pactan 9.700 millones. - Acuerdo adicional con Dell por 5.800 millones para GPUs", "A separate
// $5.8 billion agreement with Dell covers the GPUs", "Accordo aggiuntivo con Dell da 5,8 miliardi". The sentence
// before names two companies dealing with each other; either could be buying the goods (the seller of capacity
// equips its site, the buyer may buy chips too), so pairing the maker with one of them is a guess, and the sale is
// left unpaired. A sentence that buys ("Para cumplirlo comprará equipos a Dell") names its buyer by its subject
// (see elided-buyer.ts).
import { isChipMaker, type Party } from './parties';

/**
 * `own` (the sentence of an amount) names only a maker of goods, and `borrowed` (the sentence before) names two or more
 * companies that are no makers: which of them buys from the maker is unsaid.
 */
export function goodsBuyerUnsaid(own: readonly Party[], borrowed: readonly Party[]): boolean {
  // A brand named as the goods ("12.600 Nvidia-GPUs") sells nothing here: the deal before is what is told.
  const named = own.filter((p) => !p.pronoun && !p.weak && !p.product);
  if (new Set(named.map((p) => p.company.id)).size !== 1) return false;
  const seller = named[0]!.company;
  if (!isChipMaker(seller)) return false;
  const dealers = new Set(
    borrowed.filter((p) => !p.weak && !isChipMaker(p.company)).map((p) => p.company.id),
  );
  return dealers.size >= 2;
}
