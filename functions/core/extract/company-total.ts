// A company's total over its contracts (issue 8, aggregates). The rule: a figure the sentence qualifies as a sum
// over one company's contracts is no deal of the pair beside it, whichever two companies the sentence names. Three
// ways the world writes it, in six languages:
// - an all-contracts phrase: "in aggregate", "tous contrats confondus", "alle Verträge zusammen", "en el conjunto
//   de sus contratos", "todos sus contratos … suman en conjunto", "nel complesso dei suoi contratti", "tutti i suoi
//   contratti … insieme", "no conjunto dos seus contratos", "todos os seus contratos … em conjunto";
// - a lead that counts another contract in: "Including its lease with AWS, …", "Counting its agreements with
//   Fluidstack, …", "y compris le bail avec Amazon", "einschließlich des Vertrags mit", "incluido el contrato
//   con", "contando anche il contratto con", "incluindo o contrato com" (the company named there is the other
//   contract's, not the figure's counterparty);
// - counterparties given as examples after a summed figure: "rund 33 Milliarden Dollar … bei Neoclouds wie
//   CoreWeave, Nscale, Lambda und Nebius", "with neoclouds such as", "chez des néoclouds comme".
// A clause that ties the sum to one counterparty ("its contracts with OpenAI now total $22.4 billion in aggregate")
// is one pair's running total, and stays (expansion.ts reads it).

import { fastWordStarts } from '../word-start';
import { PLURAL_CONTRACTS } from './aggregates';
import type { Span } from './sentences';

/** Literal keys, one of which every cue below holds: a sentence without any is ruled out at once. */
const KEYS_RE =
  /aggregate|together|added to|ajout|sumand|sumad|assieme|sommando|somand|somad|confondu|zusammen|conjunto|complesso|insieme|includ|inclu[íi]|y compris|einschlie|inklusive|count|compt|mitgerechnet|contando|compres|wie |such as|comme |como |come |tous|alle|todos|tutti/i;

/** An all-contracts phrase, anywhere in the amount's clause. */
const ALL_CONTRACTS_RE = fastWordStarts(
  String.raw`\b(?:in (?:the )?aggregate|all (?:of )?(?:its|their|the company['’]s) (?:[\p{L}-]+ ){0,2}(?:contracts|agreements|deals|leases) (?:combined|together)|tou(?:s|tes) (?:ses |leurs |les )?(?:contrats|accords|baux|clients) confondus|(?:l['’]ensemble|la totalit[ée]) de (?:ses|leurs) (?:contrats|accords|baux)|alle[rn]? (?:seine[rn]? |ihre[rn]? )?(?:Vertr[äa]ge|Vereinbarungen|Mietvertr[äa]ge) zusammen(?:genommen)?|(?:en )?el conjunto de (?:todos )?(?:sus|los) (?:contratos|acuerdos|arrendamientos)|(?:sumando|contando) todos (?:sus|los) (?:contratos|acuerdos)|nel complesso (?:dei|di tutti i) (?:suoi |loro )?(?:contratti|accordi)|(?:l['’]insieme|la totalit[àa]) dei (?:suoi |loro )?(?:contratti|accordi)|no conjunto (?:dos|de todos os) (?:seus )?(?:contratos|acordos)|somando todos os (?:seus )?(?:contratos|acordos)|todos (?:sus|los) (?:[\p{L}-]+ ){0,2}(?:contratos|acuerdos|arrendamientos)(?: [\p{L}-]+){0,6} (?:en conjunto|juntos)|todos os (?:seus )?(?:[\p{L}-]+ ){0,2}(?:contratos|acordos|arrendamentos)(?: [\p{L}-]+){0,6} (?:em conjunto|juntos)|tutti i (?:suoi |loro )?(?:[\p{L}-]+ ){0,2}(?:contratti|accordi)(?: [\p{L}-]+){0,6} (?:insieme|nel complesso|complessivamente))\b`,
  'iu',
);

/** A lead that counts another contract in, with its counterparty: "Including its lease with Amazon Web Services". */
const COUNTS_ANOTHER_CONTRACT_RE = fastWordStarts(
  String.raw`\b(?:including|counting(?: also)?|also counting|together with|added to|y compris|en comptant|compte tenu d[eu']|en ajoutant|ajout[ée]e? à|einschlie(?:ß|ss)lich|inklusive|mitgerechnet|zusammen mit|incluid[oa]s?|incluyendo|sumando|sumad[oa] a|contando(?: tambi[ée]n| anche| tamb[ée]m)?|compres[oa]|includendo|insieme (?:a|al|allo|alla|ai)|assieme (?:a|al)|sommando|incluindo|inclu[íi]d[oa]s?|somando|somad[oa] a)\s(?:(?:the|its|their|le|la|les|l['’]|ses|son|sa|leurs|der|des|dem|den|die|seine[nrs]?|ihre[nrs]?|el|los|las|su|sus|il|lo|gli|i|suo|suoi|o|os|a|as|seu|seus|sua|suas)\s?)?(?:[\p{L}-]+\s){0,3}?(?:lease|leases|contract|contracts|agreement|agreements|deal|deals|bail|baux|contrat|contrats|accord|accords|[\p{L}-]*(?:Mietvertrags?|Vertrags?|Vertr[äa]gen?)|Vereinbarung(?:en)?|contrato|contratos|acuerdo|acuerdos|arrendamiento|contratto|contratti|accordo|accordi|acordo|acordos)\s(?:[\p{L}-]+\s){0,4}?(?:with|avec|mit|con|com|à|a)\s`,
  'iu',
);

/** Counterparties as examples after the figure: "bei Neoclouds wie CoreWeave, Nscale", "such as", "comme". */
const EXAMPLES_AFTER_RE =
  /\s(?:such as|like|including|wie|etwa|comme|notamment|como|entre ellos|come|tra cui|como a|incluindo)\s\p{Lu}[\p{L}\d&.-]*,\s\p{Lu}/u;

/** Words that sum, for the examples' reading: "Insgesamt", "in total", "au total", "en total", "no total". */
const SUM_WORD_RE =
  /\b(?:insgesamt|zusammen|in total|altogether|combined|au total|en tout|en total|en conjunto|in totale|complessivamente|no total|ao todo)\b/i;

/** A clause that ties the figure to one counterparty: "contracts with OpenAI", "accords avec Microsoft". */
const WITH_ONE_COUNTERPARTY_RE = new RegExp(
  String.raw`\b(?:${PLURAL_CONTRACTS}|Vertr[äa]ge|Vereinbarungen)\s(?:[\p{L}-]+\s){0,2}?(?:with|avec|mit|con|com)\s\p{Lu}`,
  'u',
);

/** How far before the amount its sentence is read, and how far after. */
const REACH_BEFORE = 220;
const REACH_AFTER = 120;

/** Is the amount (a span of `text`) in `sentence` a company's total over its contracts? */
export function isCompanyTotal(text: string, sentence: Span, amount: Span): boolean {
  const { start, end } = amount;
  // Only the amount's own part of the sentence: from the last semicolon before it to the next one (or the next
  // amount) after it. "Cipher signed a $5.5 billion lease with AWS; in aggregate …" sums in the next part.
  let before = text.slice(Math.max(sentence.start, start - REACH_BEFORE), start);
  before = before.slice(before.lastIndexOf(';') + 1);
  let after = text.slice(end, Math.min(sentence.end, end + REACH_AFTER));
  const stop = after.search(/;|\d/);
  if (stop >= 0) after = after.slice(0, stop);
  const clause = `${before} ${after}`;
  if (!KEYS_RE.test(clause)) return false;
  if (WITH_ONE_COUNTERPARTY_RE.test(clauseAfter(after))) return false;
  const lead = COUNTS_ANOTHER_CONTRACT_RE.exec(before);
  if (lead) {
    // The figure's own clause, after the lead's last comma: "…, Cipher's HPC agreements now represent".
    const rest = before.slice(lead.index + lead[0].length);
    const commas = [...rest.matchAll(/[,;](?!\d)/g)];
    // Without a comma ("Einschließlich des Mietvertrags mit Amazon kommt Cipher auf …"), the clause after the name.
    const own =
      commas.length > 0
        ? rest.slice(commas[commas.length - 1]!.index + 1)
        : rest.replace(/^(?:\p{Lu}[\p{L}\d&.-]*\s){1,3}/u, '').replace(/^(?:\S+\s){0,2}$/, '') || null;
    // A figure inside the lead ("Including its lease with AWS, which is worth $5.5 billion, …") is that contract's.
    if (
      own !== null &&
      !RELATIVE_RE.test(own) &&
      // No other amount in between (the figure's own digits, for a word trigger inside it, aside).
      !AMOUNT_IN_RE.test(own.replace(/[\d.,\s]+$/, '')) &&
      !WITH_ONE_COUNTERPARTY_RE.test(own)
    )
      return true;
  }
  if (WITH_ONE_COUNTERPARTY_RE.test(before)) return false;
  if (ALL_CONTRACTS_RE.test(clause)) return true;
  // "… contract value of approximately $16.8 billion, including the River Bend lease with Fluidstack": a figure
  // that counts a named contract in is their sum.
  if (countsAnotherContractAfter(after)) return true;
  return SUM_WORD_RE.test(clause) && EXAMPLES_AFTER_RE.test(after);
}

/** Another amount inside the figure's own clause (a name's digits, "Hut 8", are none). */
const AMOUNT_IN_RE =
  /(?:[$€£]|US\$|R\$)\s?\d|\d(?:[\d.,]*\d)?\s?(?:%|\p{L}{0,3}\s?(?:bn|mn|billion|million|Md|Mds|Mrd|Mio|milliards?|millions?|Milliarden|Millionen|millones|mil millones|miliardi|milioni|bilh|milh|mil\b))/iu;

/** The figure's clause goes on, after a comma, to count a named contract in: ", including the lease with". */
function countsAnotherContractAfter(after: string): boolean {
  const lead = COUNTS_ANOTHER_CONTRACT_RE.exec(after);
  return lead !== null && INCLUDING_RE.test(lead[0]) && /^[^,;]{0,40},\s*$/.test(after.slice(0, lead.index));
}

/** Only "including" and its kin count a contract into the figure told before ("en plus du contrat" is beside it). */
const INCLUDING_RE =
  /^(?:including|y compris|einschlie(?:ß|ss)lich|inklusive|incluid[oa]s?|incluyendo|compres[oa]|includendo|incluindo|inclu[íi]d[oa]s?)\s/i;

/** A relative clause that describes the lead's contract: "which is worth", "qui vaut", "der … wert ist". */
const RELATIVE_RE =
  /^\s*(?:which|that|worth|valued|of|for|über|im Wert|de|por|di|da|per|qui|d['’]une valeur|der|die|das|welche[rs]?|que|el cual|la cual|che|il quale|la quale|o qual|a qual)\b/i;

/** The amount's own clause after it: to the first comma or semicolon (a decimal comma does not end it). */
function clauseAfter(after: string): string {
  const stop = after.search(/[,;](?!\d)/);
  return stop >= 0 ? after.slice(0, stop) : after;
}
