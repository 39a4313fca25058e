// A company's results told beside deals: "Nvidia meldet einen Rekordumsatz von 57 Mrd. Dollar", "Oracle ha
// registrato ricavi per 16 miliardi", "revenue of $57 billion". In a roundup the amount sits in a clause of its own
// next to the week's contracts, and would otherwise borrow a pair from a sibling clause; revenue a contract is
// expected to bring ("the lease is expected to generate $7 billion of revenue") stays that contract's value.

import { fastWordStarts } from '../word-start';
import { REPORTING_PERIOD_AFTER_RE } from './company-measures';
import { negativeCue, revenueOfAContract } from './cues';
import type { Span } from './sentences';

/** A revenue or sales word (German glues it into compounds: "Rekordumsatz", "Quartalsumsätze"). */
const RESULTS_WORD_RE = fastWordStarts(
  String.raw`(?:\brevenues?|\bsales|ums[äa]tz(?:e|en|es)?|\berl[öo]se?|\bingresos|\bventas|\bventes|\bvendite|\bvendas|\bricavi|\bfatturato|\breceitas?|\bfaturamento|\bfactura(?:ci[óo]n|do)|chiffre d['’]affaires)\b`,
  'iu',
);
/** How far before the amount the word is read, within the amount's clause. */
const RESULTS_REACH = 48;
/**
 * The same growth told with a verb of seeing ("a vu ses ventes bondir de 32 %", "saw its sales jump 32%", "viu suas
 * vendas subirem 32 %", "ha visto le sue vendite crescere del 32%"): the verb's plain forms, after the sales word.
 */
const SEEN_GROWING =
  "jump|surge|soar|climb|rise|grow|increase|bondir|grimper|progresser|augmenter|cro[îi]tre|s['’]envoler|crecer|subir|aumentar|dispararse|crescere|salire|aumentare|balzare|subirem|crescerem|aumentarem|saltarem|dispararem|steigen|wachsen|klettern|springen";
/**
 * Sales that grew by a rate to the amount: "whose sales grew 32% in the second quarter to more than $13 billion",
 * "cujas vendas cresceram 32 % … para mais de 13 mil milhões", "dont les ventes ont progressé de 32 % à", "deren
 * Umsatz um 32 Prozent auf … stieg": a company's results, told with their growth rate.
 */
const GREW_TO_RE = fastWordStarts(
  String.raw`(?:\bsales|\brevenues?|\bvendas|\bventes|\bventas|\bvendite|\bricavi|\bingresos|\breceitas?|\bums[äa]tz\p{L}*|chiffre d['’]affaires)\s(?:[^.;]{0,30}?\s)?(?:grew|rose|jumped|climbed|increased|cresceram|cresceu|subiram|ont progress[ée]|a progress[ée]|ont augment[ée]|a augment[ée]|crecieron|creci[óo]|aumentaron|sono cresciut[ei]|[èe] cresciut[oa]|stieg(?:en)?|wuchs(?:en)?|${SEEN_GROWING})\s(?:[^.;]{0,60}?)\d{1,3}(?:[.,]\d)?\s?(?:%|percent|per cent|Prozent|por ciento|per cento|pour cent|por cento)[^.;]{0,60}$`,
  'iu',
);
/** Spanish puts the seen verb first: "vio crecer sus ventas un 32 % hasta superar los 13.000 millones". */
const SEEN_GROWING_FIRST_RE = fastWordStarts(
  String.raw`\b(?:vio|vieron|ha visto|han visto)\s(?:crecer|aumentar|subir|dispararse)\s(?:sus?\s)?(?:ventas|ingresos)\s[^.;]{0,60}?\d{1,3}(?:[.,]\d)?\s?(?:%|por ciento)[^.;]{0,60}$`,
  'iu',
);
const GROWTH_REACH = 160;

/**
 * Sales named after the amount: "it has $300 million in AI chip sales", "300 millions de dollars de ventes de
 * puces", "300 millones de dólares en ventas", "300 milioni di dollari di vendite", "300 milhões de dólares em
 * vendas". (Revenue named there may be a contract's: "expected to generate $7 billion of revenue".)
 */
const RESULTS_AFTER_RE =
  /^\S*(?:\s\S+){0,4}?\s(?:in|de|en|em|di)\s(?:[\p{L}-]+\s){0,3}?(?:sales|ventes|ventas|vendite|vendas)(?![\p{L}])/iu;
const RESULTS_AFTER_REACH = 90;

/**
 * A sentence whose subject is a company's revenue ("Its revenue, however, is still a fraction of that: it is projected
 * at about $13 billion", "A receita da empresa … a projeção é de cerca de US$ 13 bilhões", "Der Umsatz des
 * Unternehmens …"): its amounts are the company's results, however far from the word, when no contract is named.
 */
const REVENUE_SUBJECT_RE =
  /^\W{0,3}(?:(?:its|their|the company['’]s|the group['’]s|a|o|os|as|le|la|les|el|los|las|il|i|der|die|son|sa|ses|leur|sein|seine|ihr|ihre|su|sus|il suo|i suoi|seu|sua|seus|suas)\s)?(?:(?:annual|total|yearly|projected|expected)\s)?(?:revenues?|sales|receitas?|faturamento|chiffre d['’]affaires|ventes|revenus|Ums[äa]tze?|Erl[öo]se|ingresos|ventas|fatturato|ricavi|vendite)\b/iu;
const NAMES_CONTRACT_RE =
  /\b(?:agreements?|contract\w*|deals?|leases?|orders?|accords?|contrat\w*|baux|bail|\w*vertr[äa]g\w*|Vereinbarung|Auftr[äa]ge?|acuerdos?|accord[oi]|contratt\w*|contratu\w*|acordos?|pedidos?|commandes?|locazion\w*|affitt\w*|arrendamient\w*|alquiler|arrendament\w*|aluguel|loca[çc][ãa]o|locati\w*)\b/iu;

export function isCompanyResultsAmount(text: string, sentence: Span, at: number, end: number): boolean {
  if (RESULTS_AFTER_RE.test(text.slice(at, Math.min(sentence.end, at + RESULTS_AFTER_REACH)))) return true;
  const whole = text.slice(sentence.start, sentence.end);
  const subject = REVENUE_SUBJECT_RE.exec(whole);
  if (subject && !NAMES_CONTRACT_RE.test(whole) && !revenueOfAContract(whole, subject.index)) return true;
  const before = text.slice(Math.max(sentence.start, at - GROWTH_REACH), at);
  if (GREW_TO_RE.test(before) || SEEN_GROWING_FIRST_RE.test(before)) return true;
  const from = Math.max(sentence.start, at - RESULTS_REACH);
  const near = text.slice(from, at);
  if (!RESULTS_WORD_RE.test(near)) return false;
  // The amount's own clause: from the last semicolon (a roundup's separator) or the sentence start.
  const head = text.slice(sentence.start, at);
  const clause = head.slice(head.lastIndexOf(';') + 1);
  const word = RESULTS_WORD_RE.exec(clause);
  if (word === null) return false;
  // "… one of the largest contracts in Google Cloud's history, which posted revenue of $13.6 billion in the second
  // quarter": revenue for a reporting period is the company's, whatever contract the clause names.
  return (
    !revenueOfAContract(clause, word.index) ||
    REPORTING_PERIOD_AFTER_RE.test(text.slice(end, Math.min(sentence.end, end + PERIOD_AFTER_REACH)))
  );
}

/** Characters after the amount read for its reporting period. */
const PERIOD_AFTER_REACH = 50;

/**
 * "Nebius reported third-quarter revenue of $146.1 million, up 355%, and revealed a $3 billion, five-year agreement to
 * provide AI infrastructure to Meta", "… et dévoilé un accord de 3 milliards", "… y reveló un acuerdo de 3.000
 * millones": the results' clause ends at the "and" that opens a clause of its own telling a contract and its
 * amount. The offset in `sentence` where that clause starts, or -1.
 */
export function coordinatedDealClause(sentence: string): number {
  const m = COORDINATED_DEAL_RE.exec(sentence);
  return m !== null && RESULTS_WORD_RE.test(sentence.slice(0, m.index)) ? m.index : -1;
}

const COORDINATED_DEAL_RE =
  /,?\s(?:and|et|y|e|und)\s(?:it\s|il\s|a\s|ha\s|hat\s|has\s)?(?:also\s|aussi\s|también\s|anche\s|também\s|auch\s)?(?:revealed|announced|unveiled|disclosed|signed|reported|d[ée]voil[ée]|annonc[ée]|sign[ée]|conclu|revel[óo]|anunci[óo]|firm[óo]|cerr[óo]|annunciato|firmato|siglato|rivelato|anunciou|assinou|revelou|fechou|bekanntgegeben|unterzeichnet|abgeschlossen|gemeldet)\s(?=[^.;]{0,140}?\d)(?=[^.;]{0,140}?\b(?:agreements?|contracts?|deals?|leases?|accords?|contrats?|acuerdos?|contratos?|accord[oi]|contratt[oi]|acordos?|Vertr[äa]ge?|Vertrag|Vereinbarung)\b)/iu;

/**
 * "Oracle has agreed to provide OpenAI with about $300 billion of computing power …, an arrangement that has pushed its
 * remaining performance obligations to $455 billion", ", un accord qui a porté son carnet de commandes à …": the
 * backlog told in an aside after the contract, about it. The offset in `sentence` where that aside starts (the
 * contract's clause before it stands, the backlog's figures are no contract's), or -1.
 */
export function trailingBacklogAside(sentence: string): number {
  const m = TRAILING_ASIDE_RE.exec(sentence);
  if (m === null || !/\d/.test(sentence.slice(0, m.index))) return -1;
  return negativeCue(sentence.slice(0, m.index), '') === null &&
    negativeCue(sentence.slice(m.index), '') === 'revenue-backlog'
    ? m.index
    : -1;
}

/** A comma, then a contract's noun and a relative pronoun (six languages): an aside about the contract just told. */
const TRAILING_ASIDE_RE =
  /,\s(?:(?:an?|the|un|une|el|la|il|lo|um|uma|eine?)\s)?(?:arrangement|deal|contract|agreement|order|accord|contrat|acuerdo|contrato|accordo|contratto|acordo|Vereinbarung|Vertrag|Auftrag)\s(?:that|which|qui|que|che|die|der|das)\s/iu;
