// Step 1, the prefilter: money amounts, power quantities and value words, looked for only within reach of a
// compute word. Most of a filing is never parsed.
import { groupByFirstChar } from '../first-char-groups';
import { type MoneyAmount, parseMoney } from '../money';
import type { Language } from '../types';
import { textAfterConversion } from './bracketed-conversion';
import { isCapacityTarget } from './capacity-target';
import { COMPUTE_RE, DEAL_RE, GPU_COUNT_RE, POWER_RE, STATED_DEAL_SCAN, TRIGGER_WORDS_RE } from './cues';
import { DEPLOYS_SCAN_RE } from './deploy-words';
import { CONTRACT_AFTER_AMOUNT_RE } from './part-payment';
import { isRangeUpper } from './range-upper';
import { dropRestatedRates } from './restated-rate';
import type { Span } from './sentences';
import { spendsUnstatedSum } from './spend-amounts';
import { textBefore } from './text-window';
import { wordAmounts } from './word-amounts';

/** Contracts below this are noise for this product (fees, per-unit prices). */
export const MIN_VALUE_USD = 10_000_000;
/** The largest single compute contracts are a few hundred billion dollars; a trillion is a sum or a market. */
const MAX_VALUE_USD = 1e12;
const PER_YEAR_AFTER_RE =
  /^\s?(?:a year|per year|annually|(?:in |for )?(?:each|every) (?:year|month)|cada (?:año|ano)|ogni anno|jedes Jahr|per annum|yearly|par an\b|chaque ann[ée]e|annuels?|pro Jahr|j[äa]hrlich|im Jahr|al año|por año|anuales|all['’]anno|l['’]anno|annui|por ano|ao ano|anuais|a month|per month|monthly|each month|every month|par mois|mensuels?|chaque mois|pro Monat|monatlich|im Monat|al mes|por mes|mensual(?:es)?|al mese|mensil[ei]|por m[êe]s|ao m[êe]s|mensais|a quarter|per quarter|quarterly)/i;
/**
 * "$1 billion of average annual revenue", "d'un milliard de dollars de revenus annuels", "1 Milliarde Dollar Umsatz
 * pro Jahr", "1 Milliarde Dollar an jährlichen Einnahmen", "30 miliardi di dollari di ricavi per l'anno fiscale
 * 2027": what a contract is to bring in a year, a rate, not the contract's value.
 */
const ANNUAL_REVENUE_AFTER_RE =
  /^\s?(?:(?:of|in|en|de|di|em|an|d['’])\s)?(?:(?:average|annual|yearly|moyens?|annuels?|durchschnittliche[nr]?|j[äa]hrliche[nr]?|medios|anuales|medi|annui|m[ée]dios|anuais)\s){1,2}(?:revenues?|rent|revenus|recettes|loyers|ums[äa]tze?|(?:miet)?einnahmen|ingresos|ricavi|receitas?)\b|^\s?(?:(?:de|di|em|en|an|d['’])\s?)?(?:revenus|recettes|loyers|ums[äa]tze?|mieteinnahmen|ingresos|ricavi|receitas?)\s(?:annuels?|moyens?|pro jahr|im jahr|j[äa]hrlich|anuales|al año|annui|l['’]anno|anuais|por ano|ao ano)|^\s?(?:(?:of|in|en|de|di|em|an|d['’])\s?)?(?:revenues?|sales|revenus|chiffre d['’]affaires|ums[äa]tze?|ingresos|ricavi|fatturato|receitas?)\s(?:in|for|per|pour|sur|para|im|en|no|na|nell['’]|nel|dell['’]) ?(?:l['’]|the |el |o |le |la |il |das )?(?:fiscal|anno fiscale|exercice|ejercicio|ano fiscal|gesch[äa]ftsjahr|FY)|^\s?(?:(?:of|in|en|de|di|em|an|d['’])\s?)?(?:revenues?|rent|income|sales|revenus|recettes|loyers|ums[äa]tze?|mieteinnahmen|einnahmen|ingresos|ricavi|receitas?|alquileres|affitti)\s(?:a year|per year|each year|every year|per annum|par an|chaque ann[ée]e|pro jahr|im jahr|j[äa]hrlich|al a[ñn]o|por a[ñn]o|all['’]anno|l['’]anno|ogni anno|por ano|ao ano)/i;
/** Up to two hedges before a figure ("about", "rund", "plus de"): written once for the two patterns below. */
const HEDGES_BEFORE_FIGURE = String.raw`(?:(?:rund|etwa|knapp|fast|gut|mehr als|über|environ|pr[èe]s de|quelque|plus de|about|around|roughly|some|nearly|almost|more than|over|unos|cerca de|alrededor de|m[áa]s de|circa|quasi|oltre|mais de|quase)\s){0,2}`;
/**
 * "der jährlich 30 Milliarden Dollar Umsatz generieren würde", "qui rapporterait chaque année 30 milliards", "will pay
 * annually about $30 billion": the rate word told BEFORE the figure, then at most two hedges; a rate all the same.
 * Only words that name a period's recurrence ("im Jahr", "a year" before a figure usually start another phrase).
 */
const PER_YEAR_BEFORE_RE = new RegExp(
  String.raw`(?:^|[\s,(])(?:annually|each year|every year|yearly|monthly|each month|every month|annuellement|chaque ann[ée]e|mensuellement|chaque mois|j[äa]hrlich|pro Jahr|monatlich|pro Monat|anualmente|cada año|mensualmente|cada mes|ogni anno|annualmente|ogni mese|mensilmente|todos os anos|a cada ano|mensalmente|todo m[êe]s)\s${HEDGES_BEFORE_FIGURE}(?:US)?[$€]?~?$`,
  'iu',
);
/**
 * "un contrato de nube con ingresos anuales de más de 30.000 millones", "annual revenue of more than $30 billion",
 * "des revenus annuels de plus de 30 milliards", "ricavi annui di oltre 30 miliardi", "receitas anuais de mais de", a
 * landlord's rent ("annual rental revenue of", "jährlichen Mieteinnahmen von", "revenus locatifs annuels de"): the
 * yearly revenue named before the figure; a rate, as when it is named after it.
 */
const ANNUAL_REVENUE_BEFORE_RE = new RegExp(
  String.raw`(?:^|[\s,(])(?:annual (?:rental |lease |leasing |contracted )?(?:revenues?|rent|sales|income) (?:of|exceeding|topping|above|over|of more than|of over)|yearly revenues? (?:of|exceeding|above|over)|revenus (?:locatifs )?annuels de|recettes (?:locatives )?annuelles de|loyers annuels de|Jahresums[äa]tze? von|j[äa]hrliche[nr]? (?:Miet)?(?:Ums[äa]tze?|Einnahmen|Erl[öo]se|Miete) von|ingresos anuales (?:por (?:alquiler|arrendamiento) )?(?:de|por)|ricavi annui (?:da (?:locazione|affitto) )?(?:di|da|per|superiori a|pari a)|entrate annue (?:di|da)|receitas anuais (?:de (?:aluguel|locação|arrendamento) )?de|faturamento anual de)\s${HEDGES_BEFORE_FIGURE}(?:US)?[$€]?\s?~?$`,
  'iu',
);
/**
 * "part of the $33 billion it has committed to neoclouds", "Teil der 33 Milliarden Dollar", "une partie des 33
 * milliards", "parte de los 33.000 millones", "Partie de l'allocation de 33 milliards", "Teil der Zuweisung von 33
 * Milliarden", "Parte dell'allocazione neocloud da 33 miliardi": a total the contract is one piece of, not the
 * contract's value.
 */
const PART_OF_BEFORE_RE =
  /(?:\bpart of (?:the|a|an|its|their)|\bTeil (?:der|des|eines|einer|seiner|ihrer)|\bpartie (?:des|de la|du|de l['’]|d['’]une?)|\bparte (?:de los|de las|del|de la|de un[ao]?|dei|degli|delle|della|dell['’]|di un[ao]?|dos|das|da|do|de um[a]?))\s?(?:(?:total|overall|combined|broader|gesamten|totale?s?|complessiv[io])\s)?(?:(?:\p{L}{2,20}-)?(?:allocation|envelope|budget|enveloppe|Zuweisung|Zuteilung|asignaci[óo]n|dotazione|assegnazione|allocazione|aloca[çc][ãa]o)(?:\s[\p{L}-]{2,20})?\s(?:of|de|d['’]|von|über|di|da)\s?)?(?:US)?[$€]?~?$/iu;
/**
 * A year's minimum in a schedule: "with minimums of $80 million in 2019, $100 million in 2020 and $120 million in
 * 2021", "starting with $50 million in 2017 and rising to $350 million in 2021", "dont un minimum de 80 millions en
 * 2019", "Mindestbeträge von 80 Millionen im Jahr 2019": a rate of the commitment told before it, not a contract.
 */
const IN_YEAR_AFTER_RE = /^\s(?:due\s|payable\s)?(?:in|en|em|nel|im Jahr|no ano de)\s(?:19|20)\d\d\b/;
const MINIMUM_WORD_RE =
  /minim|Mindest|m[íi]nim|starting (?:with|at)|beginning (?:with|at)|rising to|growing to/i;
/**
 * A yearly minimum told after its goods, beside the commitment's total told before it: "at least $400.0 million of
 * cloud services in each of the first four years", "au moins 400 millions de dollars par an", "mindestens 400
 * Millionen Dollar pro Jahr": a rate of the commitment. Alone, it is the contract's only figure.
 */
const AT_LEAST_BEFORE_RE =
  /(?:minim\p{L}*|Mindest\p{L}*|at least|au moins|mindestens|al menos|almeno|pelo menos)\s(?:of\s|de\s|di\s|von\s)?(?:US)?[$€£]?\s?$/iu;
/** A sentence's end between two amounts ("… on AWS services. In January 2017 …"). */
const SENTENCE_END_RE = /[.;!?]\s/;
/** How far before a yearly minimum the commitment's total is told, in its sentence. */
const TOTAL_BEFORE_REACH = 300;
const EACH_YEAR_AFTER_RE =
  /^[^.;\d]{0,50}?(?:\bin each (?:of (?:the|those|these) )?(?:first |next |following )?(?:\w+ )?years?\b|\b(?:each|every|per|a) year\b|\bannually\b|\bpar an\b|\bchaque ann[ée]e|\bpro Jahr\b|\bj[äa]hrlich|\bal año\b|\bcada año\b|\ball['’]anno\b|\bogni anno\b|\bpor ano\b|\bao ano\b|\bcada ano\b)/iu;

/** Characters before a figure read for a rate word or a total it is part of. */
const PER_YEAR_BEFORE_REACH = 40;
/** How far after a figure an amount in words without a currency still means that figure's currency. */
const INHERIT_CHARS = 300;
/** Beyond this many triggers in one document, the rest is tables of numbers: stop looking. */
export const MAX_TRIGGERS = 20_000;

export interface Trigger {
  start: number;
  end: number;
  money: MoneyAmount | null;
  /**
   * A deal stated without a figure ("struck a deal … to access more computing power"): it keeps its sentence, but it
   * is no amount of its own, so the sentences around it read their amounts' parties as they would without it.
   */
  stated?: true;
  /** Goods put to work ("will deploy 24,000 AMD GPUs"): a deal only for a company deploying them for itself. */
  deploys?: true;
}

/**
 * Money amounts, power quantities and value words inside the windows (spans of the text around compute words).
 * Outside them nothing is parsed: that is the prefilter that makes most filings cheap.
 */
export function findTriggers(text: string, language: () => Language | undefined, windows: Span[]): Trigger[] {
  const out: Trigger[] = [];
  const rateUsd = new Set<number>();
  for (const w of windows) {
    // "billion" means 1e12 in French and German; the language is looked up only when the word shows up.
    const figures = parseMoney(text, { language, minUsd: MIN_VALUE_USD, from: w.start, to: w.end });
    // "zehn Milliarden Dollar", "dos mil millones de dólares": amounts in words, in the currency of a figure stated
    // shortly before when they name none.
    const inherit = (at: number) =>
      figures.findLast((f) => f.end <= at && at - f.end <= INHERIT_CHARS)?.currency ?? null;
    const words = wordAmounts(text, language, w.start, w.end, MIN_VALUE_USD, inherit);
    const amounts = words.length > 0 ? [...figures, ...words] : figures;
    for (const [i, m] of amounts.entries()) {
      // "$17.4 billion to $19.4 billion": a range's upper bound is no amount of its own (range-upper.ts).
      const lower = i > 0 ? amounts[i - 1] : undefined;
      if (lower && isRangeUpper(text, lower, m)) continue;
      // Beyond any single compute contract (a company's total commitments, a market, a valuation): not a value.
      if (m.usd >= MAX_VALUE_USD) continue;
      // "$60 billion a year", "60 Milliarden Dollar pro Jahr": a yearly rate, not what the contract is worth; "part
      // of the $33 billion": a total; the amount still marks a deal sentence, without a value.
      const rate =
        PER_YEAR_AFTER_RE.test(textAfterConversion(text, m.end, 24)) ||
        ANNUAL_REVENUE_AFTER_RE.test(textAfterConversion(text, m.end, 50)) ||
        PER_YEAR_BEFORE_RE.test(textBefore(text, m.start, PER_YEAR_BEFORE_REACH)) ||
        ANNUAL_REVENUE_BEFORE_RE.test(textBefore(text, m.start, PER_YEAR_BEFORE_REACH)) ||
        (IN_YEAR_AFTER_RE.test(text.slice(m.end, m.end + 16)) &&
          MINIMUM_WORD_RE.test(textBefore(text, m.start, 80))) ||
        (AT_LEAST_BEFORE_RE.test(textBefore(text, m.start, 24)) &&
          EACH_YEAR_AFTER_RE.test(text.slice(m.end, m.end + 80)) &&
          amounts
            .slice(0, i)
            .some(
              (x) =>
                x.usd > m.usd &&
                m.start - x.end < TOTAL_BEFORE_REACH &&
                !SENTENCE_END_RE.test(text.slice(x.end, m.start)),
            ));
      if (rate) rateUsd.add(m.usd);
      const perYear =
        rate ||
        (PART_OF_BEFORE_RE.test(textBefore(text, m.start, PER_YEAR_BEFORE_REACH)) &&
          !CONTRACT_AFTER_AMOUNT_RE.test(textAfterConversion(text, m.end, 40)));
      out.push({ start: m.start, end: m.end, money: perYear ? null : m });
    }
    const slice = w.start === 0 && w.end === text.length ? text : text.slice(w.start, w.end);
    for (const m of STATED_DEAL_SCAN().matches(slice)) {
      const start = w.start + m.index;
      out.push({ start, end: start + m[0].length, money: null, stated: true });
    }
    for (const m of slice.matchAll(DEPLOYS_SCAN_RE)) {
      const start = w.start + m.index;
      out.push({ start, end: start + m[0].length, money: null, stated: true, deploys: true });
    }
    for (const re of [POWER_RE, TRIGGER_WORDS_RE, GPU_COUNT_RE]) {
      re.lastIndex = 0;
      for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
        const start = w.start + m.index;
        const end = start + m[0].length;
        // "60 milliards de dollars" holds the value words "milliards de dollars": they are that amount, already
        // read (and maybe dropped as a sum or a stake), not a second trigger that would keep its sentence alive.
        if (re === TRIGGER_WORDS_RE && insideAmount(amounts, start, end)) continue;
        // "is spending tens of billions on Nvidia processors": spending in general, no purchase told.
        if (re === TRIGGER_WORDS_RE && spendsUnstatedSum(text, start)) continue;
        // "to increase UK capacity to up to 60,000 GPUs": a goal for capacity, no quantity bought.
        if (re === GPU_COUNT_RE && isCapacityTarget(text, start)) continue;
        out.push({ start, end, money: null });
      }
    }
    if (out.length >= MAX_TRIGGERS) break;
  }
  // A headline or a recap telling the body's rate without its rate word ("un contrat de 30 milliards" over "30
  // milliards de dollars par an") tells the same rate.
  dropRestatedRates(out, rateUsd);
  return out.sort((x, y) => x.start - y.start);
}

/** Does [start, end) lie within one of the amounts found (figures or amounts in words)? */
function insideAmount(amounts: readonly MoneyAmount[], start: number, end: number): boolean {
  return amounts.some((a) => a.start <= start && end <= a.end);
}

/** Spans of the text within reach of a compute word, merged. */
export function computeWindows(text: string): Span[] {
  const out: Span[] = [];
  COMPUTE_GLOBAL_RE.lastIndex = 0;
  for (let m = COMPUTE_GLOBAL_RE.exec(text); m !== null; m = COMPUTE_GLOBAL_RE.exec(text)) {
    const start = Math.max(0, m.index - COMPUTE_REACH);
    const end = Math.min(text.length, m.index + COMPUTE_REACH);
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = end;
    else out.push({ start, end });
  }
  return out;
}

/** Characters around a trigger where a compute word must appear: the sentence and its neighbours. */
export const COMPUTE_REACH = 1_500;
// Its 80-odd words grouped by first letter: the same matches, the whole-text scan about 1.4x faster
// (first-char-groups.ts); it is the main cost of a filing with no deal.
export const COMPUTE_GLOBAL_RE = groupByFirstChar(new RegExp(COMPUTE_RE.source, 'gi'));

/**
 * Does `span` hold a trigger of its own (an amount, a power figure, a fleet, a value word)? A deal stated without a
 * figure is not one: a sentence beside it borrows its parties as it did before such deals were read.
 * `triggers` is sorted by start: a binary search keeps documents with thousands of amounts linear.
 */
export function hasTriggerIn(triggers: Trigger[], span: Span): boolean {
  for (
    let i = firstTriggerFrom(triggers, span.start);
    i < triggers.length && triggers[i]!.start < span.end;
    i++
  )
    if (!triggers[i]!.stated) return true;
  return false;
}

/** Does `span` hold an amount of money (not a power quantity, a fleet or a value word)? */
export function hasMoneyIn(triggers: Trigger[], span: Span): boolean {
  for (
    let i = firstTriggerFrom(triggers, span.start);
    i < triggers.length && triggers[i]!.start < span.end;
    i++
  )
    if (triggers[i]!.money) return true;
  return false;
}

/** The index of the first trigger that starts at or after `at` (`triggers` sorted by start). */
function firstTriggerFrom(triggers: Trigger[], at: number): number {
  let lo = 0;
  let hi = triggers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (triggers[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A clause this short before its amount may be an ellipsis (", and Nvidia up to"). */
const ELLIPSIS_CHARS = 40;

/** The amount's own clause, within 80 characters each side: where a side deal's cue would have to sit. */
export function nearAmount(text: string, sentence: Span, t: Trigger): string {
  // The amount's own words after it, to the clause's end: what the clause holding it tells.
  const tail = text.slice(t.end, Math.min(sentence.end, t.end + 60));
  const tailEnd = clauseComma(tail, false);
  const ownTail = tailEnd >= 0 ? tail.slice(0, tailEnd) : tail;
  let left = Math.max(sentence.start, t.start - 80);
  const before = text.slice(left, t.start);
  // A table's cell is a clause of its own: "Five-year compute contract; OpenAI also received $350 million of stock |
  // up to $11.9bn" keeps the stock to its cell.
  const cell = before.lastIndexOf(' | ');
  const cut = Math.max(clauseComma(before, true), connectorCut(before), cell < 0 ? -1 : cell + 2);
  if (cut >= 0) {
    left += cut + 1;
    // "Microsoft will invest up to $5 billion, and Nvidia up to $10 billion": a clause with no verb of its own
    // ("and Nvidia up to") shares the verb, and the cue, of the clause before it.
    // "a Nvidia injetará até US$ 10 bilhões na Anthropic, e a Microsoft, até US$ 5 bilhões": two short clauses
    // ("e a Microsoft", "até") may stand between the amount and the verb they share.
    // Only after a comma: a connector ("after", "nachdem") starts a clause of its own.
    for (let hop = 0; hop < 2 && left > sentence.start && text[left - 1] === ','; hop++) {
      const own = text.slice(left, t.start);
      // "…, which holds a 27% stake in OpenAI, has a $250 billion Azure contract": words before the amount, and
      // its contract named after it, make a clause of its own (not a power figure's "…, pour 1,6 GW de capacité",
      // nor a headline's list "OpenAI stake, $250 billion Azure commitment").
      const ownClause = t.money !== null && /\p{L}{2}/u.test(own) && DEAL_RE.test(ownTail);
      if (own.length > ELLIPSIS_CHARS || DEAL_RE.test(own) || ownClause) break;
      const earlier = Math.max(sentence.start, left - 1 - 120);
      const window = text.slice(earlier, left - 1);
      // "IREN shares jumped on Monday after the company announced a multi-year, $9.7 billion …": the connector
      // still bounds the clause the short one shares its verb with; the share move before it is no cue of the amount.
      const comma = Math.max(clauseComma(window, true), connectorCut(window));
      left = comma >= 0 ? earlier + comma + 1 : earlier;
    }
  }
  // "Microsoft remains OpenAI's largest shareholder and has a $250 billion Azure contract": a conjunction opens a
  // clause of its own when that clause tells a deal ("Nvidia will invest $5 billion and Microsoft $10 billion" shares
  // its verb, and its cue, with the clause before).
  // Two amounts joined ("$14.2 billion and $11.9 billion commitments") share their clause: a verb must stand
  // between the conjunction and the amount. Warrants received "and" a guarantee given are one exchange's two halves.
  const conjunction = lastConjunction(text.slice(left, t.start));
  const clauseWords =
    conjunction >= 0 ? text.slice(left + conjunction, t.start).replace(CONJUNCTION_RE, ' ') : '';
  if (
    t.money &&
    /\p{L}{3}/u.test(clauseWords) &&
    !WARRANT_RE.test(text.slice(left, left + conjunction)) &&
    tellsDeal(text.slice(left + conjunction, t.end) + ownTail)
  )
    left += conjunction + 1;
  let right = Math.min(sentence.end, t.end + 80);
  const after = text.slice(t.end, right);
  const stops = [
    clauseComma(after, false),
    after.indexOf(';'),
    after.indexOf(' and '),
    after.indexOf(' et '),
    after.indexOf(' e '),
    after.indexOf(' y '),
    after.indexOf(' und '),
    // "… deal with CoreWeave as investors fear a wave of debt", "enquanto o mercado teme": a clause of its own.
    after.search(CONTRAST_AFTER_RE),
    // "… für 1,9 Milliarden Dollar – Start-up sammelt 1,1 Milliarden ein": a headline's dash opens another clause.
    after.indexOf(' – '),
    after.indexOf(' — '),
    after.search(COLUMN_GAP_RE),
    after.indexOf(' | '),
    bracketedAside(after),
  ].filter((i) => i >= 0);
  if (stops.length > 0) right = t.end + Math.min(...stops);
  return text.slice(left, right);
}

/**
 * Where a bracketed clause opens after the amount ("… of Azure services (Microsoft holds a 27% stake in OpenAI)"),
 * or -1: it says something else about the companies. A short bracket is the amount's own gloss ("(€4.3 billion)").
 */
function bracketedAside(after: string): number {
  const open = after.indexOf(' (');
  if (open < 0) return -1;
  const close = after.indexOf(')', open);
  if (close >= 0 && close - open <= ASIDE_MIN_CHARS) return -1;
  // "(environ 47,7 milliards de dollars américains)": a conversion, however long, is the amount's own gloss.
  return CONVERSION_RE.test(after.slice(open, close < 0 ? undefined : close)) ? -1 : open;
}
const ASIDE_MIN_CHARS = 24;
const CONVERSION_RE =
  /\d[\d.,]*\s?(?:[$€£]|US\$|USD|EUR|dollars?|d[óo]lares|dollari|Dollar|euros?|Euro|billion|million|milliards?|millions?|Milliarden|Millionen|Mrd|millones|miliardi|milioni|bilh[õo]es|milh[õo]es)|[$€£]\s?\d/i;

/** Where the last conjunction before the amount stands ("and has a $250 billion contract"), or -1. */
function lastConjunction(before: string): number {
  let at = -1;
  for (const m of before.matchAll(CONJUNCTION_RE)) at = m.index;
  return at;
}
const WARRANT_RE = /warrant|Optionsschein|bons? de souscription|opzion[ei] su azioni/i;

/** A contract's word or a verb of buying capacity ("pre-purchased $6.3 billion in services"). */
function tellsDeal(clause: string): boolean {
  return DEAL_RE.test(clause) || BUYS_RE.test(clause);
}
const BUYS_RE =
  /\b(?:pre-?)?(?:purchas|buy|bought|rent|leas|ach[eè]t|kauf|gekauft|compr|acquist|alquil|affitt|alug)/i;
const CONJUNCTION_RE =
  / (?:and|et|und|y|e|while|whereas|tandis que|alors que|während|mientras|mentre|enquanto) /g;
/** A clause set against the amount's own: "while", "amid", "as investors fear", "tandis que", "enquanto". */
export const CONTRAST_AFTER_RE =
  / (?:while|whereas|amid|as (?:investors|analysts|markets?|traders|shareholders)|tandis que|alors que|während|mientras|mentre|enquanto) /;

/** Where a connector or a semicolon opens the amount's own clause in the text before it ("after", "nachdem", "após"), or -1. */
function connectorCut(before: string): number {
  return Math.max(
    before.lastIndexOf(';'),
    before.lastIndexOf(' after '),
    before.lastIndexOf(' après '),
    before.lastIndexOf(' nachdem '),
    before.lastIndexOf(' após '),
    before.lastIndexOf(' tras '),
    before.lastIndexOf(' dopo '),
    lastColumnGap(before),
  );
}

/**
 * A table's column gap ("AMD   6 gigawatts de puces   bons de souscription …"): the next cell is another column's,
 * its words (a warrant, a stake) are not the amount's.
 */
const COLUMN_GAP_RE = / {3,}|\t/;

function lastColumnGap(s: string): number {
  let at = -1;
  for (const m of s.matchAll(/ {3,}|\t/g)) at = m.index + m[0].length - 1;
  return at;
}

/** From the amount to its clause's end (a comma, a semicolon, the sentence's end), at most 200 characters. */
export function clauseTail(text: string, sentence: Span, t: Trigger): string {
  const after = text.slice(t.end, Math.min(sentence.end, t.end + 200));
  const stops = [clauseComma(after, false), after.indexOf(';')].filter((i) => i >= 0);
  return stops.length > 0 ? after.slice(0, Math.min(...stops)) : after;
}

/** The clause's comma nearest the amount (the last one before it, the first one after it), not a decimal comma. */
function clauseComma(s: string, last: boolean): number {
  let i = last ? s.lastIndexOf(',') : s.indexOf(',');
  while (i >= 0 && i + 1 < s.length && i > 0 && /\d/.test(s[i - 1]!) && /\d/.test(s[i + 1]!)) {
    i = last ? s.lastIndexOf(',', i - 1) : s.indexOf(',', i + 1);
  }
  return i;
}
