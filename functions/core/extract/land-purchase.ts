// Land bought for a site: "comprou o terreno de Barber Lake por US$ 67,5 milhões", "bought 160 acres next to the
// campus for about $30 million", "hat ein Grundstück für 67,5 Millionen Dollar gekauft", "compró por 67,5 millones
// un terreno", "ha acquistato un terreno per", "a acheté un terrain pour". The amount is the land's price, neither a
// capacity contract nor its value. Read in the amount's own clause only: "comprou um terreno por US$ 67,5 milhões e
// assinou com a Amazon um aluguel de US$ 5,5 bilhões" keeps the lease's value.
import { lazy } from '../lazy';
import type { Span } from './sentences';

/** A literal check first: most clauses name no land. */
const LAND_WORD_RE =
  /\bsite\b|campus|propert|standort|areal|sitio|predio|\bsito\b|im[óo]vel|propriedade|terreno|grundst[üu]ck|gel[äa]nde|terrain|acres|\bland\b|parcel|hectare|hect[áa]rea|ettari|appezzament|acri\b/i;

const BUYS = String.raw`(?:bought|buys|buying|purchas\p{L}{0,4}|acquir\p{L}{0,4}|compr(?:ar|ou|aram|ó|o|a|ará|ado|ada|ato|ata|erà|are)|adquiri\p{L}{0,3}|kauft\p{L}{0,2}|gekauft|erwarb|erworben|ach[eè]t\p{L}{0,4}|acquist\p{L}{0,4}|rachet\p{L}{0,3})`;
const LAND = String.raw`(?:terrenos?|grundst[üu]ck\w{0,4}|gel[äa]nde|terrains?|acres|acri|land|parcel(?:le)?s?|hectares|hect[áa]reas|ettari|appezzament[oi]|in piena propriet[àa])`;
/**
 * A whole site bought: "bought the site from Argo Blockchain in 2022 for $65 million", "a racheté le site", "kaufte
 * das Areal", "compró el predio", "ha acquistato il sito", "comprou o imóvel". Only right after the verb and its
 * article: "buys capacity at the campus" buys capacity.
 */
const SITE = String.raw`(?:the|this|that|its|le|ce|son|das|den|sein|el|este|su|il|lo|questo|suo|o|este|seu)\s(?:former\s|ancien\s|ehemalige\s|antiguo\s|ex\s|antigo\s)?(?:site|campus|property|Standort|Areal|Campus|sitio|predio|sito|im[óo]vel|propriedade)`;
/**
 * The purchase verb and the land noun in either order, a short gap apart (the amount may stand between them). Built
 * at the first clause that names land: its dozen Unicode letter classes take milliseconds to construct.
 */
const LAND_PURCHASE_RE = lazy(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}])${BUYS}\s${SITE}(?![\p{L}])|(?<![\p{L}])${BUYS}(?![\p{L}])[^.;]{0,60}?(?<![\p{L}])${LAND}(?![\p{L}])|(?<![\p{L}])${LAND}(?![\p{L}])[^.;]{0,40}?(?<![\p{L}])${BUYS}(?![\p{L}])`,
      'iu',
    ),
);

/** Where the amount's clause starts and ends: a conjunction, a comma or a semicolon bounds it. */
const CLAUSE_BREAK_RE = /,\s|;|\s(?:and|und|et|e|y|while|mentre|alors que|während)\s/giu;
const REACH = 90;
const PLACE_APPOSITION_RE = /, (\p{Lu}[\p{L}.]+)(?:,| (?=(?:site|campus|facility|property)\b))/gu;

export function isLandPurchaseAmount(text: string, sentence: Span, start: number, end: number): boolean {
  const from = Math.max(sentence.start, start - REACH);
  const to = Math.min(sentence.end, end + REACH);
  // "a Rockdale, Texas, per 96 milioni", "its Rockdale, Texas site for $96 million": a place's state or country after
  // a comma opens no clause (the same length).
  const window = text.slice(from, to).replace(PLACE_APPOSITION_RE, '  $1 ');
  if (!LAND_WORD_RE.test(window)) return false;
  let left = 0;
  let right = window.length;
  for (const m of window.matchAll(CLAUSE_BREAK_RE)) {
    const at = from + m.index;
    if (at + m[0].length <= start) left = m.index + m[0].length;
    else if (at >= end && right === window.length) right = m.index;
  }
  return LAND_PURCHASE_RE().test(window.slice(left, right));
}
