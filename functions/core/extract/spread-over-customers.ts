// An amount spread over several contracts with several customers: "65 milliards de dollars de nouveaux engagements,
// répartis entre sept contrats signés avec quatre clients, dont Meta", "$65 billion of new commitments, spread across
// seven contracts with four customers, including Meta", "spanning seven contracts across four customers", "65 Milliarden Dollar …, verteilt auf sieben Verträge mit
// vier Kunden, darunter Meta", "repartidos entre siete contratos con cuatro clientes", "ripartiti tra sette contratti
// con quattro clienti", "distribuídos entre sete contratos com quatro clientes". The amount is a seller's sum over its
// customers; the one customer named as an example ("dont Meta") is no pair of it. So too a sum from customers told
// in the plural with one named as an example: "$65 billion in commitments from new customers, including Meta",
// "avec de nouveaux clients, dont Meta", "con nuevos clientes, entre ellos Meta".

/** A literal check first: most sentences spread nothing. */
const SPREAD_WORD_RE =
  /spread|span|across|split|divided|r[ée]parti|ventil|verteilt|aufgeteilt|repartid|distribu|ripartit|suddivis|dividid|customers|clients|Kunden|clientes|clienti/i;

/** A word of spreading, then (within its clause) a count or a plural of customers above one. */
const SPREAD_OVER_CUSTOMERS_RE =
  /\b(?:spread (?:across|over|among)|span(?:s|ning|ned)|across|split (?:across|among|between|into)|divided (?:among|between|into)|r[ée]partie?s? (?:entre|sur)|ventil[ée]e?s? (?:entre|sur)|verteilt (?:auf|über)|aufgeteilt (?:auf|in)|repartid[oa]s? (?:entre|en)|distribuid[oa]s? (?:entre|en)|ripartit[oaie] (?:tra|fra|su|in)|distribuit[oaie] (?:tra|fra|su|in)|suddivis[oaie] (?:tra|fra|in)|distribu[íi]d[oa]s? (?:entre|em)|dividid[oa]s? (?:entre|em))\s[^.;]{0,70}?\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehrere[n]?|dos|tres|cuatro|cinco|seis|siete|ocho|varios|due|tre|quattro|cinque|sei|sette|otto|diversi|vari|dois|duas|três|quatro|sete|oito|v[áa]rios|\d{1,2})\s(?:[\p{L}-]+\s)?(?:customers|clients|Kunden|clientes|clienti)\b/iu;

/** Customers in the plural, then one or more named as examples of them. */
const FROM_CUSTOMERS_INCLUDING_RE =
  /\b(?:from|with|across|avec|aupr[èe]s d[e']|de|con|com|von|mit|da|di)\s(?:(?:de|des|los|las|i|os|as|den)\s)?(?:[\p{L}-]+\s){0,2}(?:customers|clients|Kunden|clientes|clienti),?\s(?:including|such as|among them|notably|dont|parmi lesquels|notamment|entre (?:ellos|los que|eles|os quais)|incluid[oa]s?|incluyendo|como|tra cui|fra cui|tra i quali|incluindo|darunter|unter anderem)\s/iu;

/** How far after the amount the spreading clause is read. */
const REACH = 160;

/** Is the amount ending at `end` spread over several contracts with several customers in its sentence? */
export function spreadOverCustomers(text: string, end: number, sentenceEnd: number): boolean {
  const after = text.slice(end, Math.min(sentenceEnd, end + REACH));
  return (
    SPREAD_WORD_RE.test(after) &&
    (SPREAD_OVER_CUSTOMERS_RE.test(after) || FROM_CUSTOMERS_INCLUDING_RE.test(beforeNextFigure(after)))
  );
}

/** The words up to the next figure: the customers of a later amount ("…, y confirmó $65.000 millones con nuevos
 * clientes") are not this one's. */
function beforeNextFigure(after: string): string {
  const digit = after.search(/\d/);
  return digit < 0 ? after : after.slice(0, digit);
}
