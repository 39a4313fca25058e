// Analyst notes add a forecast to a company's other income: "the Microsoft deal could generate $2 billion in
// annual recurring revenue by 2027, in addition to about $500 million from existing operations", "en plus des
// 500 millions de ses activités actuelles", "zusätzlich zu rund 500 Millionen aus dem bestehenden Geschäft",
// "además de unos 500 millones de sus operaciones actuales". The added amount is revenue like the one before it,
// never the deal's value.
import type { Span } from './sentences';
import { beforeIn } from './text-window';

/** A revenue noun: the earlier amount of the sentence is income. Six languages. */
const REVENUE_RE =
  /\b(?:revenues?|sales|ARR|revenus|recettes|chiffre d['’]affaires|Umsatz|Ums[äa]tze|Erl[öo]se|Einnahmen|ingresos|ventas|facturaci[óo]n|ricavi|fatturato|entrate|receitas?|faturamento)\b/iu;

/** "in addition to", "on top of", "en plus de", "zusätzlich zu", "además de", "oltre a", "além de", right before the amount. */
const ADDED_TO_RE =
  /(?:in addition to|on top of|besides|en plus d(?:e|es|u)|en sus d(?:e|es|u)|outre|zusätzlich zu(?:m|r)?|neben|además de|aparte de|sumad[oa]s? a|oltre (?:a|ai|agli|alle)|in aggiunta a|além d(?:e|os|as)|somad[oa]s? a)\s(?:(?:about|approximately|roughly|some|nearly|environ|près de|quelque|rund|etwa|knapp|unos|cerca de|alrededor de|circa|quasi|aproximadamente|cerca de)\s)?(?:the |les |den |los |i |os )?$/iu;

/** Is the amount at `start` added to a revenue figure told earlier in its sentence? */
export function addsToRevenue(text: string, span: Span, start: number): boolean {
  const before = beforeIn(text, span, start, 40);
  if (!ADDED_TO_RE.test(before)) return false;
  return REVENUE_RE.test(text.slice(span.start, start));
}
