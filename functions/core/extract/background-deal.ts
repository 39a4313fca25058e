// A company named only as the counterparty of an earlier, background deal: "It is the second contract of this
// kind after the Microsoft agreement of September, worth $17.4 billion", "nach dem Vertrag mit Microsoft", "dopo
// l'accordo con Microsoft". The amount of that phrase is the earlier deal's, between that company and the article's
// subject; the company of the sentence before (the new deal's) is not its party.

import { fastWordStarts } from '../word-start';
import { textBefore } from './text-window';

/**
 * "after the", "adds to the", "nach dem", "après l'", "s'ajoute au", "después del", "dopo l'", "após o", "se soma
 * ao", then at most two words.
 */
const AFTER_BEFORE_RE = fastWordStarts(
  String.raw`(?:\bafter|\badds? to|\bcomes on top of|\bs['’]ajoute (?:au|à)|\bse suma al|\bsi aggiunge (?:al|all['’]|a)|\bse soma (?:ao|à)|\bsoma-se (?:ao|à)|\bfollowing|\bbesides|\bapr[èe]s|\boutre|\bnach|\bneben|\bdespu[ée]s de|\btras|\badem[áa]s de|\bdopo|\boltre a|\bap[óo]s|\bdepois d[eoa]|\bal[ée]m d[eoa])\s(?:(?:the|its|l['’]|le|la|son|sa|dem|der|seinem|ihrem|el|del|su|il|lo|o|a|seu)\s?)?(?:[\p{L}-]+\s){0,2}?$`,
  'iu',
);
/**
 * The deal's noun then "with" before the name: "after the agreement with", "nach dem Vertrag mit", "ao contrato
 * fechado em setembro com".
 */
const DEAL_WITH_BEFORE_RE =
  /(?:agreement|contract|deal|accord|contrat|Vertrag|Auftrag|Abkommen|acuerdo|contrato|accordo|contratto|acordo)(?:\s(?:signed|struck|reached|sealed|inked|sign[ée]|conclu|firmado|cerrado|celebrado|firmato|siglato|fechado|assinado)(?:\s(?:in|en|em|a|di)\s\p{L}+)?)?\s(?:with|avec|mit|con|com)\s(?:(?:the|l['’]|la|a|o)\s?)?$/iu;
/** The deal's noun right after the name: "the Microsoft agreement", "dem Microsoft-Vertrag". */
const DEAL_AFTER_RE =
  /^(?:['’]s)?[\s-](?:agreement|contract|deal|order|accord|contrat|Vertrag|Auftrag|Abkommen|acuerdo|contrato|accordo|contratto|acordo)/iu;

/** How far before the name the phrase is read. */
const REACH = 60;

/** Is the company at [start, end) of `text` named as the counterparty of an earlier, background deal? */
export function namesBackgroundDeal(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start, REACH);
  if (DEAL_WITH_BEFORE_RE.test(before)) {
    const noun = before.search(DEAL_WITH_BEFORE_RE);
    return AFTER_BEFORE_RE.test(before.slice(0, noun));
  }
  return DEAL_AFTER_RE.test(text.slice(end, end + 12)) && AFTER_BEFORE_RE.test(before);
}
