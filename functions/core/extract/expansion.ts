// Expansions: an increment ("adds $6.5 billion", "by $1.4 billion") and the running total beside it ("bringing
// the total to $22.4 billion").
import { lazy } from '../lazy';
import { type MoneyAmount, parseMoney, RATES_TO_USD } from '../money';
import type { Mention } from '../types';
import { fastWordStarts } from '../word-start';
import { textAfterConversion } from './bracketed-conversion';
import type { Candidate } from './candidate';
import { expansionWords, INCREMENT_AFTER_RE, INCREMENT_BEFORE_RE } from './cues';
import { cueRe } from './lexicon';
import { CAN_RE, MAY_VERB } from './option-ceiling';
import { isTableRowText } from './sentences';
import { textBefore } from './text-window';

export const EXPANSION_TOTAL_BEFORE_RE =
  /(?:(?:bring|tak|lift|push|rais)(?:es|s|ing)|bring|lift|push|took|brought|lifted|pushed|raised) (?:the|its|their) (?:[\w-]+ ){0,2}?(?:contract|deal|agreement|commitment|order|lease)s?(?:['’]s)?(?: (?:with|from) [\w-]+)?(?: (?:total |overall )?value)? to\s(?:approximately |about |roughly |up to |more than |nearly |over )?~?$|(?:increases?|increased|increasing|raises|raised|raising|(?:tak|bring|lift|push)(?:es|s|ing)|took|brought|lifted|pushed) (?:the |its |their )?(?:[\w'’-]+ ){0,3}(?:total|aggregate|overall|combined|cumulative)[^.$€£]{0,80}\sto\s(?:approximately |about |roughly |up to |more than |nearly |over )?~?$|erh[öo]h(?:t|te|en) (?:\S+ ){0,4}(?:Gesamt\S*|kumulierte\S*)[^.$€£]{0,60}\sauf\s(?:rund\s|etwa\s|knapp\s)?~?$|(?:Gesamtvolumen|Gesamtwert|Volumen|Gesamtsumme|Summe)[^.$€£]{0,60}\s(?:steigt|stieg|w[äa]chst|klettert)[^.$€£]{0,30}\sauf\s(?:rund\s|etwa\s|bis zu\s|knapp\s)?~?$|(?:steigt|stieg|w[äa]chst|klettert)\s(?:damit\s|so\s|nun\s)?(?:das|der|die)\s(?:Gesamtvolumen|Gesamtwert|Volumen|Gesamtsumme|Summe)[^.$€£]{0,60}\sauf\s(?:rund\s|etwa\s|knapp\s|über\s|mehr als\s)?~?$|(?:con lo que|elevando|eleva)\s(?:el|su)\s(?:[a-zà-ÿ-]+\s){0,2}?(?:total|importe|valor)[^.$€£]{0,60}\s(?:alcanza|asciende a|llega a|sube a|supera|hasta|a)(?:\slos|\slas)?\s(?:unos\s|casi\s|hasta\s|m[áa]s de\s)?~?$|(?:eleva|elevando|lleva|llevando)\s(?:sus|los)\s(?:pedidos|encargos|contratos|compromisos)[^.$€£]{0,40}\sa\s(?:unos\s|casi\s)?~?$|(?:portando|porta)\s(?:il|la|a)\s(?:[a-zà-ÿ-]+\s){0,2}?(?:totale|valore)[^.$€£]{0,70}\sa\s(?:circa\s|quasi\s)?~?$|(?:elevando|eleva)\s(?:o|para o)\s(?:[a-zà-ÿ-]+\s){0,2}?(?:total|valor)[^.$€£]{0,40}\spara\s(?:cerca de\s|quase\s)?~?$|(?:bringing|brings?|brought|raising|raises?|taking|takes|lifting|lifts?) (?:the |its |their |(?:[A-Z][\w-]{1,20} ){0,2}[A-Za-z]{2,20}['’]s )?(?:total|aggregate|overall|combined|cumulative)[^.$€£]{0,80}$|(?:portant|porte|porter|pour porter) (?:le total|la valeur|le montant|son|leur)[^.$€£]{0,80}$|total[^.$€£]{0,80}(?:rises|rose|grows|grew|increases|increased|climbs|climbed) to\s(?:approximately |about |up to )?~?$|(?:à|pour) un total de\s?$|(?:hisse|hissant|fait passer|faisant passer|porte|portant|rel[èe]ve|relevant|[ée]l[èe]ve|[ée]levant)\s(?:ainsi\s)?(?:la valeur|le total|le montant|le contrat|l['’]ensemble|ses|leurs|son|sa|leur)[^.$€£]{0,80}\s(?:à|a)\s(?:environ\s|pr[èe]s de\s|quelque\s)?~?$|\b(?:porte|portent|port[ée]e?s?|hisse|hiss[ée]e?s?|relev[ée]e?s?|fait passer)\s(?:à|a)\s(?:environ\s|pr[èe]s de\s)?~?$|\b(?:(?:bringing|taking|lifting|raising) (?:it|them)|(?:la|le|les) portant|portandol[aoie]|llev[áa]ndol[oa]s?|elev[áa]ndol[oa]s?|elevando-[oa]s?|levando-[oa]s?)\s(?:to|à|a|hasta|para)\s(?:a total of\s|un total de\s)?(?:about\s|approximately\s|roughly\s|environ\s|pr[èe]s de\s|circa\s|quasi\s|unos\s|casi\s|cerca de\s|quase\s)?~?$/i;

/**
 * "bringing the partnership to a total value of", "portando la partnership a un valore complessivo di", "qui a porté
 * le partenariat à une valeur totale de", "llevó la relación a un valor total de", "levando a parceria a um valor
 * total de", "bringt die Partnerschaft auf einen Gesamtwert von": the verb's object comes before the total.
 */
const TO_TOTAL_VALUE_BEFORE_RE =
  /\b(?:(?:bring|brought|bringing|brings|took|taking|takes|lift(?:s|ed|ing)?|push(?:es|ed|ing)?)\s(?:\S+\s){1,6}?to an? (?:total|combined|overall|cumulative|aggregate) (?:value|worth|amount) of|(?:portat[oaie]|portando|porta(?:no)?)\s(?:\S+\s){1,6}?a un (?:valore|importo|ammontare) (?:complessivo|totale|cumulato|cumulativo) (?:di|da)|(?:port[ée]e?s?|portant|porte(?:nt)?)\s(?:\S+\s){1,6}?à une valeur (?:totale|globale|cumul[ée]e) de|(?:llev[óo]|llevando|lleva(?:n)?|elev[óo]|elevando)\s(?:\S+\s){1,6}?a un valor (?:total|global|acumulado|conjunto) de|(?:lev(?:ou|ando|a)|elev(?:ou|ando))\s(?:\S+\s){1,6}?(?:a|para) um valor (?:total|global|acumulado) de|(?:bringt|brachte|hebt|hob|steigert(?:e)?)\s(?:\S+\s){1,6}?auf einen (?:Gesamtwert|Gesamtumfang|Gesamtvolumen) von)\s(?:about\s|approximately\s|nearly\s|some\s|circa\s|quasi\s|environ\s|pr[èe]s de\s|unos\s|casi\s|cerca de\s|quase\s|rund\s|etwa\s|knapp\s)?~?$/i;

/** "backed by", "supported by", "guaranteed by" right before an amount: a passive's agent, no increment. */
const PASSIVE_BY_BEFORE_RE =
  /\b(?:backed|backstopped|supported|guaranteed|underwritten|secured|funded|financed)\sby\s(?:up to\s|about\s|approximately\s|roughly\s|some\s)?~?$/i;

export function isIncrement(text: string, m: MoneyAmount): boolean {
  const before = textBefore(text, m.start, 40);
  const withQualifier = m.qualifier
    ? before.replace(/(?:up to|approximately|about|jusqu['’]à|environ)\s?~?$/i, '')
    : before;
  // "backed by $1.3 billion from Google": the agent of a passive, the money behind the deal, grows nothing.
  if (PASSIVE_BY_BEFORE_RE.test(withQualifier)) return false;
  return (
    // "OpenAI: +$6.5B (total $22.4B)": a plus sign before the amount in a row.
    /(?:^|[\s(:;,])\+\s?$/.test(before) ||
    INCREMENT_BEFORE_RE.test(before) ||
    INCREMENT_BEFORE_RE.test(withQualifier) ||
    INCREMENT_AFTER_RE.test(text.slice(m.end, m.end + 20)) ||
    INCREMENT_AFTER_RE.test(textAfterConversion(text, m.end, 20))
  );
}

/**
 * "an additional 260 MW lease at Helios, worth about $4.5 billion", "un bail supplémentaire de 260 MW, d'une valeur
 * de 4,5 milliards", "einen zusätzlichen Mietvertrag im Wert von 4,5 Milliarden": the amount is what an added
 * contract is worth, the increment of the total its sentence reaches next.
 */
const ADDED_CONTRACT_BEFORE_RE =
  /(?:\b(?:additional|further|extra|incremental|new|second|third|fourth|zus[äa]tzliche[nmr]?|weitere[nmr]?|neue[nmr]?|nouveau|nouvel|nouvelle|nuevo|nueva|nuovo|nuova|novo|nova|segundo|segunda|tercer|tercero|tercera|terzo|terza|quarto|quarta|terceiro|terceira|deuxi[èe]me|troisi[èe]me|zweite[nmr]?|dritte[nmr]?)\s(?:[\p{L}\d-]+\s){0,4}?(?:leases?|contracts?|agreements?|orders?|commitments?|tranches?|Mietvertrag|Vertrag|Auftrag|bail|contrat|accord|arrendamiento|contrato|acuerdo|contratto|accordo|arrendamento|acordo)\b|\b(?:bail|contrat|accord|commande|tranche|arrendamiento|contrato|acuerdo|pedido|contratto|accordo|ordine|arrendamento|acordo)\s(?:\S+\s)?(?:suppl[ée]mentaire|additionnel(?:le)?|adicional|aggiuntiv[oa]|ulteriore)\b)[^.;$€£]{0,80}?(?:\bworth|\bis worth|\bvalued at|\bbring(?:s|ing)? in|\bgenerat(?:e|es|ing)|d['’]une valeur de|valoris[ée]e? à|\bvaut|valorad[oa] en|\bvale|im Wert von|del valore di|no valor de|avaliad[oa] em)\s(?:(?:about|approximately|roughly|some|up to|nearly|more than|environ|pr[èe]s de|plus de|rund|etwa|unos|cerca de|circa|oltre)\s)?(?:US)?~?\s?[$€£]?\s?$/iu;

/** How far before the amount an added contract's words are read. */
const ADDED_CONTRACT_REACH = 140;

/** Is the amount what an added contract is worth (see ADDED_CONTRACT_BEFORE_RE)? */
export function valuesAddedContract(text: string, sentenceStart: number, m: MoneyAmount): boolean {
  return ADDED_CONTRACT_BEFORE_RE.test(
    text.slice(Math.max(sentenceStart, m.start - ADDED_CONTRACT_REACH), m.start),
  );
}

/**
 * "lifting its backstop by $1.4 billion, to about $3.2 billion", "relève sa garantie de 1,4 milliard, à 3,2
 * milliards": an increment then "to" the new level; "to about $5 billion, from $3 billion": the level it left.
 * A duration or a quantity is no increment: "un bail de 25 ans à 9,5 milliards" is a 25-year lease at $9.5 billion.
 */
export const BY_THEN_TO_BEFORE_RE =
  /(?:\bby|\bde|\bum|\ben|\bem|\bdi)\s(?:up to\s|about\s|approximately\s|roughly\s|some\s|environ\s|pr[èe]s de\s|bis zu\s|rund\s|hasta\s|at[ée]\s|fino a\s)?(?:US)?[$€£]?\s?(?!(?:19|20)\d\d\b)\d(?:[\d.,]{0,12}\d)?(?!\s?(?:years?|ans\b|ann[ée]es|Jahre|años|anni|anos|months?|mois|Monate|meses|mesi|MW|GW|megawatts?|m[ée]gawatts?|gigawatts?|%|percent|pour cent|Prozent|por ciento|per cento|por cento))\s?(?:billion|million|bn|mn|m|milliards?|millions?|Md|Mds|Mrd|Milliarden|Millionen|mil millones|millones|miliardi|milioni|bilh[õo]es|milh[õo]es|mil milh[õo]es)?\s?(?:de dollars|d['’]euros|de d[óo]lares|di dollari|Dollar|\$|€)?[^.;$€£\d]{0,20}(?:\sto|\sà|\sauf|\shasta|\spara|\sa)\s(?:insgesamt\s|a total of\s|an aggregate of\s|un total de\s|um total de\s|un totale di\s)?(?:about\s|approximately\s|roughly\s|some\s|nearly\s|up to\s|environ\s|pr[èe]s de\s|rund\s|etwa\s|unos\s|cerca de\s|circa\s)?(?:US)?~?$/i;
export const FROM_LEVEL_AFTER_RE =
  /^[^.;$€£\d]{0,12},?\s(?:from|up from|contre|au lieu de)\s(?:about\s|approximately\s|environ\s)?(?:US)?[$€£]?\s?\d/i;

export function isExpansionTotal(text: string, m: MoneyAmount): boolean {
  // "de 14.200 millones a 21.000 millones": from one level to the next, no increment then its total.
  if (levelLeft(text, m)) return false;
  // A cue in another cell of a table's row is that cell's total ("taking the total to $22.4bn | up to $6.5bn").
  const window = textBefore(text, m.start, 120);
  const before = window.slice(window.lastIndexOf('|') + 1);
  if (FROM_LEVEL_AFTER_RE.test(text.slice(m.end, m.end + 40))) return true;
  const byThenTo = BY_THEN_TO_BEFORE_RE.exec(before);
  // "7 milliards de dollars et pourrait monter à 17,7 milliards si …": a level the options could reach.
  if (byThenTo) return !mayReach(before.slice(byThenTo.index));
  const cue = EXPANSION_TOTAL_BEFORE_RE.exec(before) ?? TO_TOTAL_VALUE_BEFORE_RE.exec(before);
  // "which could take the total contract value to up to $19.4 billion": an option, not an expansion.
  // "con lo que el importe total podría llegar a": the option word may sit inside the cue too.
  return cue !== null && !mayReach(before.slice(Math.max(0, cue.index - 40)));
}

/**
 * A level told as possible: the conditional ("could", "pourrait") or the present of "can" ("e pode chegar a US$
 * 17,7 bilhões com as renovações", "and can reach", "et peut atteindre", "y puede llegar a", "e può arrivare a").
 */
function mayReach(text: string): boolean {
  return HYPOTHETICAL_RE.test(text) || CAN_RE.test(text) || POSSIBLY_RE.test(text);
}

/**
 * A growth told as possible by an adverb or a participle: "potentially expanding to", "pouvant être porté à",
 * "potentiellement porté à", "potencialmente ampliable", "potendo arrivare a" (a total only, never a firm figure's
 * "pouvant atteindre 27 milliards", which stays the contract's value).
 */
const POSSIBLY_RE =
  /\b(?:potentially|potentiellement|pouvant|potenziell|potencialmente|potenzialmente|pudiendo|potendo|podendo)(?![a-zà-ÿ])/i;

/**
 * A participle of possibility right after a figure: "valorisé à 6,2 milliards, pouvant grimper à 9,4 milliards",
 * "worth $6.2 billion, potentially rising to $9.4 billion", "17.400 millones hasta 2031, ampliables a 19.400": the
 * second figure is the first one's option.
 */
const BEYOND_FIGURE_RE =
  /\d[^\d.;]{0,40},\s(?:potentially|potentiellement|pouvant|potenziell|potencialmente|potenzialmente|pudiendo|potendo|podendo|expandable|extensible|erweiterbar|ampliables?|ampliabil[ei]|ampli[áa]ve(?:l|is))\s[^\d.;]{0,30}$/i;

/**
 * An option or a possibility, in six languages: "could reach", "pourrait", "kann … steigen", "podría", "potrebbe",
 * "poderá"; "may" the verb, not the month ("in May", "May 5").
 */
export const HYPOTHETICAL_RE = new RegExp(
  String.raw`\b(?:could|might|would|option|if)\b|${MAY_VERB}|pourrai(?:t|ent)|[ée]ventuel|\bm[öo]glich|posibilidad|possibilit[àa]|possibilidade|\b(?:k[öo]nnte[n]?|kann|k[öo]nnen|optional(?:e[nr]?)?|option(?:en)?|podr[íi]an?|podr[áa]n?|opci[óo]n|potrebbe(?:ro)?|potr[àa]|opzion[ei]|poder[áa]o?|poderia(?:m)?|op[çc][ãa]o)(?![a-zà-ÿ])`,
  'i',
);

/**
 * An option taken up, in six languages ("exercised its option", "a exercé son option", "ejerció su opción", "ha
 * esercitato l'opzione", "exerceu a opção", "übte seine Option aus"): the contract it brings is firm.
 */
const EXERCISED_OPTION_RE =
  /\b(?:exercis(?:ed|es|ing)|took up|takes up|exerc[ée]|exerce|exer[çc]ant|ejerci[óo]|ejerce|esercitat[oa]|esercita|exerceu|[üu]bte|aus(?:ge)?[üu]bt)\s(?:\S+\s){0,3}?(?:l['’])?(?:options?|opci[óo]n|opzione|op[çc][ãa]o|Option)(?![a-zà-ÿ])/giu;

/**
 * An option or a possibility told before an amount (HYPOTHETICAL_RE), an option exercised in the amount's own clause
 * aside ("exercises CB-5 option; Google lifts backstop to $3.2 billion" leaves the other clause's figure alone).
 */
export function toldAsPossible(before: string): boolean {
  if (BEYOND_FIGURE_RE.test(before)) return true;
  if (!HYPOTHETICAL_RE.test(before)) return false;
  const clause = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. ')) + 1;
  return HYPOTHETICAL_RE.test(
    before.slice(0, clause) + before.slice(clause).replace(EXERCISED_OPTION_RE, ' '),
  );
}

/** "With it, the contracts … now total", "o valor total dos acordos chega a", "summiert sich … auf". */
const RUNNING_TOTAL_RE = cueRe('runningTotal');
/** Does the clause tell a running total ("lo comprometido con CoreWeave llega a")? */
export const tellsRunningTotal = (clause: string): boolean => RUNNING_TOTAL_RE.test(clause);

/** A running-total cue in the 120 characters before the amount, within its sentence and its table cell. */
export function statesRunningTotal(text: string, sentenceStart: number, m: MoneyAmount): boolean {
  const before = text.slice(Math.max(sentenceStart, m.start - 120), m.start);
  return RUNNING_TOTAL_RE.test(before.slice(before.lastIndexOf('|') + 1));
}

/** The total's sentence follows the expansion's within this many characters. */
const RUNNING_TOTAL_REACH = 400;

/**
 * "CoreWeave expands its OpenAI contract by $6.5 billion. With it, the value of the agreements between the two
 * companies reaches $22.4 billion.": a sentence that states a running total without naming the pair continues
 * the expansion told just before it. Returns the expansion's candidate carrying the total, or null.
 */
export function runningTotalAfter(
  text: string,
  sentence: { start: number; end: number },
  amounts: readonly MoneyAmount[],
  previous: Candidate | undefined,
): Candidate | null {
  if (!previous || previous.fromTitle || previous.mention.status !== 'expanded') return null;
  const increment = previous.mention.valueUsd;
  if (increment === null || sentence.start - previous.mention.evidenceEnd > RUNNING_TOTAL_REACH) return null;
  const total = amounts.find((m) => m.usd > increment && statesRunningTotal(text, sentence.start, m));
  if (!total || HYPOTHETICAL_RE.test(text.slice(Math.max(sentence.start, total.start - 60), total.start)))
    return null;
  // The expansion keeps its increment as value; the total it reached stands beside it.
  return {
    ...previous,
    total: true,
    mention: {
      ...previous.mention,
      cumulative: false,
      runningTotalUsd: total.usd,
      evidence: text.slice(previous.mention.evidenceStart, sentence.end),
      evidenceEnd: sentence.end,
    },
  };
}

/** How far before a running total's evidence its increment's evidence may end (a sentence or two). */
const INCREMENT_GAP = 300;

/**
 * The mention a pair's chosen candidate gives. A running total told with its increment (in its own sentence, or
 * by an expansion sentence of the same pair before it) keeps the increment as the value, not cumulative, and
 * the total as `runningTotalUsd`; anything else is the candidate's mention as it is.
 */
export function withIncrement(chosen: Candidate, group: readonly Candidate[]): Mention {
  const m = chosen.mention;
  const total = m.valueUsd;
  if (!chosen.total || total === null || m.runningTotalUsd != null || !m.cumulative) return { ...m };
  // The same total may be told several times (a lead, then the body): any telling with its increment will do.
  for (const t of [chosen, ...group.filter((c) => c !== chosen && c.total && c.mention.valueUsd === total)]) {
    const found = incrementOf(t, group, total);
    if (found)
      return { ...t.mention, ...found, cumulative: false, runningTotalUsd: total, status: 'expanded' };
  }
  return { ...m };
}

type IncrementFields = Pick<Mention, 'valueUsd' | 'valueText' | 'qualifier' | 'originalCurrency'>;

/** The increment a total was told with: in its own sentence, else the pair's last smaller amount just before. */
function incrementOf(t: Candidate, group: readonly Candidate[], total: number): IncrementFields | null {
  const stated = t.increment && t.increment.usd < total ? t.increment : null;
  if (stated)
    return {
      valueUsd: stated.usd,
      valueText: stated.text,
      qualifier: stated.qualifier,
      originalCurrency:
        stated.currency === 'USD'
          ? null
          : { code: stated.currency, amount: stated.amount, rateToUsd: RATES_TO_USD[stated.currency] },
    };
  let told: Mention | undefined;
  let toldRank = -1;
  for (const c of group) {
    const v = c.mention.valueUsd;
    // A table's row may tell its total before the increment ("Second expansion, taking the total to $22.4bn |
    // up to $6.5bn"): a later figure of the total's own row is its increment too.
    const inRow =
      c.mention.evidenceStart === t.mention.evidenceStart &&
      c.mention.evidenceEnd === t.mention.evidenceEnd &&
      isTableRowText(t.mention.evidence);
    const later = c.order >= t.order && !inRow;
    if (c.fromTitle || c.total || later || v === null || v >= total) continue;
    if (t.mention.evidenceStart - c.mention.evidenceEnd > INCREMENT_GAP) continue;
    // "Together with the first $14.2 billion contract, … now total $35.2 billion": the earlier contract the total
    // sums is not its increment; the expansion told before it is.
    const rank = (c.earlier || c.earlierLead ? 0 : 2) + (c.mention.status === 'expanded' ? 1 : 0);
    if (rank > toldRank || (rank === toldRank && c.mention.evidenceStart >= told!.evidenceStart)) {
      told = c.mention;
      toldRank = rank;
    }
  }
  return told
    ? {
        valueUsd: told.valueUsd,
        valueText: told.valueText,
        qualifier: told.qualifier,
        originalCurrency: told.originalCurrency,
      }
    : null;
}

/** "en 6.500 millones, hasta 22.400 millones de dólares": a bare number (no currency) told as the increment. */
const BARE_INCREMENT_RE = lazy(() =>
  fastWordStarts(
    String.raw`(?:\bby|\bde|\bum|\ben|\bem|\bdi)\s(?:up to\s|about\s|bis zu\s|rund\s|hasta\s|at[ée]\s|fino a\s)?(\d[\d.,]{0,12})\s?(\p{L}{1,12})?,?\s(?:to|à|auf|hasta|para|a)\s(?:insgesamt\s|un total de\s|um total de\s)?(?:about\s|approximately\s|rund\s|etwa\s|unos\s|cerca de\s|circa\s|environ\s)?(?:US)?~?$`,
    'iu',
  ),
);
const NUMBER_AND_UNIT_RE = /(\d[\d.,]*)\s?(\p{L}{1,12})?/u;

const numberOf = (s: string): number => Number.parseFloat(s.replace(',', '.'));

/**
 * "reforça em 1,4 mil milhões de dólares a garantia …, elevando o total para 3,2 mil milhões", "by $1.4 billion,
 * bringing it to 3.2 billion": the running total told after an increment without a currency of its own, read in
 * the increment's currency and unit. Null when the two are not in the same unit, or another amount stands between.
 */
const BARE_TOTAL_AFTER_RE = fastWordStarts(
  String.raw`^[^.;$€£\d]{0,90}?\b(?:elevando|eleva|elevándol[ao]|elevandol[ao]|portando|portandol[ao]|porta|bringing|raising|taking|lifting|portant|la portant|le portant|hissant|relevant|llevando|llevándol[ao]|levando)\s(?:(?:o|el|il|le|la|the|its|a|su|seu|sua|it|son|sa|l['’])\s?)?(?:(?:total|valor|valore|totale|montant|importe|garantia|garant[íi]a|garanzia|garantie|backstop)\s)?(?:[^.;$€£\d]{0,30}?\s)?(?:para|a|à|to|hasta|auf)\s(?:un total de\s|um total de\s|a total of\s)?(?:cerca de\s|circa\s|about\s|approximately\s|environ\s|unos\s|rund\s|quase\s|casi\s|quasi\s)?(\d[\d.,]{0,12})\s?(\p{L}{1,12})?`,
  'iu',
);

export function bareTotalAfter(text: string, increment: MoneyAmount): number | null {
  const hit = BARE_TOTAL_AFTER_RE.exec(text.slice(increment.end, increment.end + 160));
  const own = NUMBER_AND_UNIT_RE.exec(increment.text);
  if (!hit || !own) return null;
  if ((hit[2] ?? '').toLowerCase() !== (own[2] ?? '').toLowerCase()) return null;
  const ratio = numberOf(hit[1]!) / numberOf(own[1]!);
  if (!Number.isFinite(ratio) || ratio <= 1) return null;
  return Math.round(increment.usd * ratio);
}

/**
 * The increment of a "by X to Y" whose X has no currency of its own: read in the total's currency and unit, so
 * "en 6.500 millones, hasta 22.400 millones de dólares" gives $6.5 billion (both numbers are written alike, so
 * their ratio holds whatever the separators mean). Null when the two are not in the same unit.
 */
export function bareIncrementBefore(text: string, total: MoneyAmount): MoneyAmount | null {
  const from = Math.max(0, total.start - 80);
  const hit = BARE_INCREMENT_RE().exec(text.slice(from, total.start));
  const own = NUMBER_AND_UNIT_RE.exec(total.text);
  if (!hit || !own) return null;
  if ((hit[2] ?? '').toLowerCase() !== (own[2] ?? '').toLowerCase()) return null;
  const ratio = numberOf(hit[1]!) / numberOf(own[1]!);
  if (!Number.isFinite(ratio) || ratio <= 0 || ratio >= 1) return null;
  const start = from + hit.index + hit[0].indexOf(hit[1]!);
  return {
    usd: Math.round(total.usd * ratio),
    amount: total.amount * ratio,
    currency: total.currency,
    qualifier: null,
    text: `${hit[1]}${hit[2] ? ` ${hit[2]}` : ''}`,
    start,
    end: start + hit[1]!.length + (hit[2] ? hit[2].length + 1 : 0),
  };
}

/**
 * "The third lease adds roughly $4 billion. … puts total contracted lease revenue at approximately $11 billion":
 * a running-total cue right after an increment of the same pair (smaller, within the reach of a sentence or
 * two) states the total that increment reached, whatever the total's own sentence says about status.
 */
export function followsIncrement(
  before: readonly Candidate[],
  a: string,
  b: string,
  sentenceStart: number,
  total: number,
): boolean {
  return before.some(
    (c) =>
      !c.fromTitle &&
      !c.total &&
      c.mention.status === 'expanded' &&
      c.mention.valueUsd !== null &&
      c.mention.valueUsd < total &&
      sentenceStart - c.mention.evidenceEnd <= RUNNING_TOTAL_REACH &&
      [c.mention.buyer.id, c.mention.provider.id].sort().join() === [a, b].sort().join(),
  );
}

/**
 * The part of a running total told right after it as the earlier contracts': "brings … total anticipated contracted
 * lease revenue to approximately $11B, which includes $7B in revenue from the initial two … leases", "dont 7
 * milliards provenant des deux premiers baux", "de los cuales 7.000 millones corresponden a los dos primeros",
 * "di cui 7 miliardi dai primi due contratti", "davon 7 Milliarden aus den ersten beiden Verträgen". The new
 * contract's value is what the total adds to that part.
 */
const EARLIER_PART_LEAD_RE =
  /^[^.;\d]{0,40}?,?\s(?:which|that)\s(?:includes?|comprises?)\s|^[^.;\d]{0,40}?,\s(?:dont|de los cuales|de las cuales|di cui|davon|dos quais|das quais)\s/iu;
const EARLIER_WORD_RE =
  /\b(?:initial|earlier|previous|prior|first|existing|original|two|premiers?|premi[èe]res?|pr[ée]c[ée]dents?|primeros?|primeras?|anteriores|primi|prime|precedenti|primeiros?|primeiras?|ersten|bisherigen|fr[üu]heren)\b/iu;

/**
 * "expanded the commitment from $14.2 billion to $21 billion", "a porté son engagement de 14,2 milliards de dollars à
 * 21 milliards", "ampliou o contrato de US$ 14,2 bilhões para US$ 21 bilhões": the level a contract left, right
 * before the level it reached (a word of growth before it: "ranging from … to …" is a range). The level reached is
 * the contract's value (as range-upper.ts reads "rose from $5.5 to $8.1 billion"); the level left is none.
 */
const FROM_LEVEL_BEFORE_RE = /\s(?:from|de|von|desde)\s$/i;
const TO_LEVEL_BEFORE_RE = /\s(?:to|à|auf|a|para|hasta)\s(?:US)?[$€]?\s?$/i;

/** The level `reached` grew from, told right before it, or null. */
export function levelLeft(text: string, reached: MoneyAmount): MoneyAmount | null {
  // Asked of every amount: the words right before it first, the amounts only then.
  const to = TO_LEVEL_BEFORE_RE.exec(textBefore(text, reached.start, 12));
  if (!to) return null;
  // Read up to the level's end: "de 14.200 millones a 21.000 millones de dólares" names its currency once.
  const left = parseMoney(text, { from: Math.max(0, reached.start - 60), to: reached.end }).findLast(
    (m) => m.end <= reached.start,
  );
  return left &&
    left.usd < reached.usd &&
    left.end === reached.start - to[0].length &&
    FROM_LEVEL_BEFORE_RE.test(textBefore(text, left.start, 8)) &&
    expansionWords(textBefore(text, left.start, 100), true).length > 0
    ? left
    : null;
}

/** The earlier contracts' part of the running total `total`, or null when none is told right after it. */
export function earlierPartOfTotal(
  text: string,
  total: MoneyAmount,
  sentenceEnd: number,
): MoneyAmount | null {
  const after = text.slice(total.end, Math.min(sentenceEnd, total.end + 220));
  const lead = EARLIER_PART_LEAD_RE.exec(after);
  if (!lead) return null;
  const from = total.end + lead[0].length;
  const part = parseMoney(text, { from: total.start, to: Math.min(sentenceEnd, from + 60) }).find(
    (a) => a.start >= from && a.start <= from + 24,
  );
  if (!part || part.usd >= total.usd) return null;
  return EARLIER_WORD_RE.test(text.slice(part.end, Math.min(sentenceEnd, part.end + 90))) ? part : null;
}
