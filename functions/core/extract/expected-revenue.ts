// A company's expected revenue: "Firmus plans to rent the capacity out and expects up to $30 billion in revenue",
// "en attend jusqu'à 30 milliards de dollars de revenus", "erwartet bis zu 30 Milliarden Dollar Umsatz", "espera
// hasta 30.000 millones en ingresos", "anticipe plus de 100 milliards de dollars de nouveaux revenus". A forecast of what a provider will earn from whoever it sells to is no
// contract's value. A contract's own revenue ("the leases are expected to generate $7 billion of revenue", "over
// the initial term") stays the contract's.
import type { Span } from './sentences';
import { afterIn, beforeIn } from './text-window';

/** A verb of expecting or forecasting, in the amount's own clause before it. Six languages. */
const EXPECTS_RE =
  /\b(?:expect(?:s|ed)?|expecting|anticipat(?:es?|ed)|anticip(?:e|ent)|forecast(?:s|ed)?|project(?:s|ed)|en attend(?:ent)?|attend|pr[ée]voi(?:t|ent)|table sur|erwarte(?:t|n)|rechne(?:t|n) mit|esperan?|prev[ée]n?|estima|prevede|prevedono|si attende|stima|prev[êe]em?|projeta|estima)\b/i;

/** German puts the verb last: "nachdem der Konzern 500 Milliarden Dollar künftigen Cloud-Umsatz erwartete". */
const EXPECTS_VERB_LAST_RE = /^[^,;.]{0,60}?\s(?:erwarte(?:t|n|te|ten)?|prognostiziert(?:e|en)?)\b/i;

/**
 * The start of the words after an amount: its currency word and a preposition ("billion dollars in", "de dólares
 * de"); written once for the three patterns after an amount below.
 */
const CURRENCY_AND_OF = String.raw`^\s?(?:(?:de |of |di |em )?(?:d[óo]lares|dollars?|dollari|Dollar|euros?|Euro)\s)?(?:in |of |de |d['’]|di |em |an |en )?`;

/** A revenue noun right after the amount (its currency word and a preposition between). */
const REVENUE_AFTER_RE = new RegExp(
  String.raw`${CURRENCY_AND_OF}(?:(?:annual|yearly|additional|new|future|cloud|AI|annuels?|nouveaux|nouvelles|futurs?|j[äa]hrlichen?|neue[nr]?|k[üu]nftigen?|zuk[üu]nftigen?|Cloud-|anuales|nuevos|futuros|annui|nuovi|futuri|anuais|novos|novas|futuras)\s?){0,2}(?:revenues?|sales|revenus|recettes|chiffre d['’]affaires|Umsatz|Ums[äa]tzen?|Einnahmen|Erl[öo]sen?|ingresos|ventas|ricavi|fatturato|entrate|receitas?|faturamento)\b`,
  'i',
);

/** A contract named in the clause, or its term: the revenue is that contract's. */
const CONTRACT_REVENUE_RE =
  /\b(?:leases?|rental|contracts?|agreements?|deals?|baux|bail|locatifs|contrats?|accords?|Vertr[äa]ge?|Mietvertr[äa]ge?|Mieteinnahmen|Vereinbarung(?:en)?|arrendamientos?|alquiler|contratos?|acuerdos?|contratt[oi]|accord[oi]|locazion[ei]|acordos?|arrendamentos?|aluguel)\b|over (?:the|its|their) (?:initial |base |full |entire )?term|sur (?:la|leur|sa) dur[ée]e|[üu]ber die (?:gesamte )?Laufzeit|durante (?:el|la|o) (?:plazo|vigencia|prazo)|(?:per|sull['’]) ?(?:l['’])?intera durata|ao longo do prazo/i;

/** How far before the amount its clause is read. */
const CLAUSE_REACH = 120;

/** Is the amount at [start, end) a company's expected revenue, not a contract's value? */
export function isExpectedRevenue(text: string, span: Span, start: number, end: number): boolean {
  return revenueNamedAfter(text, span, start, end) || isRevenueForecast(text, span, start, end);
}

/**
 * A revenue run rate after the amount: "$1.9 billion in annualized revenue", "1,9 milliard de dollars de revenus
 * annualisés", "1.900 millones en ingresos anualizados", "annualisierten Umsatz". A yearly rate is no contract's
 * value, whoever's contract earns it.
 */
const ANNUALIZED_AFTER_RE = new RegExp(
  String.raw`${CURRENCY_AND_OF}(?:(?:revenus?|recettes|ingresos|ventas|ricavi|receitas?|revenues?)\s)?(?:annuali[sz]ed|annualis[ée]e?s?|anualizad[oa]s?|annualizzat[ioae]|annualisierte[nmr]?|run[- ]rate|ARR)\b`,
  'i',
);

function revenueNamedAfter(text: string, span: Span, start: number, end: number): boolean {
  if (ANNUALIZED_AFTER_RE.test(afterIn(text, span, end, 50))) return true;
  if (!REVENUE_AFTER_RE.test(afterIn(text, span, end, 50))) return false;
  const before = beforeIn(text, span, start, CLAUSE_REACH);
  // The amount's own clause: from the last sentence-internal stop before it.
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (!EXPECTS_RE.test(clause) && !EXPECTS_VERB_LAST_RE.test(afterIn(text, span, end, 80))) return false;
  // "AMD expects the agreement to generate more than $100 billion in new revenue": new revenue the deal brings the
  // seller, from this buyer and the ones it draws, is the seller's forecast even when the deal is named.
  if (NEW_REVENUE_AFTER_RE.test(afterIn(text, span, end, 50))) return true;
  const after = afterIn(text, span, end, 80);
  return !CONTRACT_REVENUE_RE.test(clause) && !CONTRACT_REVENUE_RE.test(after);
}

/** The revenue after the amount is called new or additional: "in new revenue", "de nouveaux revenus", "an neuen
 * Umsätzen", "en nuevos ingresos", "di nuovi ricavi", "em novas receitas". */
const NEW_REVENUE_AFTER_RE = new RegExp(
  String.raw`${CURRENCY_AND_OF}(?:new|additional|incremental|nouveaux|nouvelles|suppl[ée]mentaires|neuen|zus[äa]tzlichen|nuevos|adicionales|nuovi|aggiuntivi|novas|novos|adicionais)\s(?:revenues?|sales|revenus|recettes|Ums[äa]tzen?|Einnahmen|Erl[öo]sen?|ingresos|ventas|ricavi|entrate|receitas?)\b`,
  'i',
);

/**
 * A verb of earning right before the amount ("could bill about $21 billion", "pourrait facturer 21 milliards",
 * "podría ingresar", "potrebbe fatturare", "possa faturar") or, in German, right after it ("21 Milliarden Dollar
 * umsetzen"). Six languages.
 */
const EARN_BEFORE_RE =
  /\b(?:bill|earn|generate|book|reap|rake in|make|facturer|engranger|g[ée]n[ée]rer|encaisser|gagner|facturar|ingresar|generar|ganar|fatturare|incassare|generare|ricavare|guadagnare|faturar|gerar|arrecadar|ganhar|faturaria|faturará)\s(?:(?:about|around|roughly|some|up to|nearly|as much as|an estimated|more than|environ|jusqu['’][àa]|pr[èe]s de|plus de|unos|cerca de|hasta|m[áa]s de|circa|fino a|oltre|at[ée]|quase|mais de)\s)?(?:US)?[$€£]?\s?$/i;
const EARN_AFTER_RE =
  /^\s?(?:(?:US-)?Dollar|Euro)?\s?(?:umsetzen|einnehmen|erl[öo]sen|erwirtschaften|einspielen)\b/i;

/** A guess or a modal in the amount's clause: an analyst's estimate of what may come, not a signed figure. */
const ESTIMATE_RE =
  /\b(?:could|might|may|estimates?|estimated|projects?|projected|forecasts?|pourrai(?:t|ent)|estim\w{0,6}|k[öo]nnte[n]?|d[üu]rfte[n]?|sch[äa]tz\w{0,4}|podr[íi]a[n]?|pueda[n]?|potrebbe(?:ro)?|possa[m]?|poderia[m]?|poder[áa]|stim\w{0,4}|prev[êe]\w{0,3})\b/i;

/**
 * "Mizuho's analysts estimate Broadcom could bill about $21 billion from Anthropic-linked demand this year": what a
 * company may earn, told as a guess, is no contract's value (a contract named in the clause keeps it).
 */
export function isRevenueForecast(text: string, span: Span, start: number, end: number): boolean {
  const before = beforeIn(text, span, start, CLAUSE_REACH);
  const after = afterIn(text, span, end, 40);
  if (!EARN_BEFORE_RE.test(before) && !EARN_AFTER_RE.test(after)) return false;
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (!ESTIMATE_RE.test(clause)) return false;
  return !CONTRACT_REVENUE_RE.test(clause) && !CONTRACT_REVENUE_RE.test(after);
}
