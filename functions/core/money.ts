// Money amounts as written in English, French, German, Spanish, Italian and Portuguese prose.
// A hand-written scanner, not a regex: every character is looked at a bounded number of times, so the
// parser runs in linear time on any input (long runs of digits, "$" or punctuation included).
import type { Language, ValueQualifier } from './types';

export type CurrencyCode = 'USD' | 'EUR' | 'GBP';

/** Fixed conversion rates to USD (documented, deliberately not live: a deal's value must not drift). */
export const RATES_TO_USD: Readonly<Record<CurrencyCode, number>> = { USD: 1, EUR: 1.08, GBP: 1.27 };

export interface MoneyAmount {
  /** Value in USD, rounded to the dollar. */
  usd: number;
  /** Value in the original currency (scaled: "14,2 milliards" gives 14.2e9). */
  amount: number;
  currency: CurrencyCode;
  qualifier: ValueQualifier | null;
  /** The amount as written, qualifier excluded ("$14.2 billion", "1,5 Md$"). */
  text: string;
  start: number;
  end: number;
}

export interface ParseMoneyOptions {
  /** Decides what "billion" means: 1e9 in English, 1e12 in French and German. A function is called only when
   * the word "billion" is met (detecting a language costs more than most documents' amounts). */
  language?: Language | (() => Language | undefined);
  from?: number;
  to?: number;
  /** Skip amounts below this many USD (cheaper: no qualifier lookup, no slicing). */
  minUsd?: number;
}

const MAX_NUMBER_CHARS = 32;
/** An opening bracket right before an amount, perhaps with a word of rounding: "(16.564 millones de euros)". */
const BRACKET_OPEN_BEFORE_RE =
  /[([]\s?(?:~|≈|c\.|approx\.?|about|roughly|environ|unos|circa|cerca de|etwa|rund)?\s?$/i;

/** How far after a stated amount a bare "5 milliards" still means the same currency. */
const INHERIT_REACH = 300;
/**
 * "5 milliards d'actions", "10 miliardi di azioni"; not services or capacity bought ("250 miliardi di servizi Azure",
 * "250.000 millones de servicios"), nor the Italian agent "1,4 miliardi da Google" (by Google), nor
 * the customer a part of a sum comes from ("et 11 milliards d'OpenAI", "y 11.000 millones de OpenAI"), nor the
 * obligations a guarantee covers ("respaldó 1.400 millones de las obligaciones de arrendamiento").
 */
const OF_NOUN_AFTER_RE =
  /^\s?(?:de\s(?!\p{Lu}|servic|servi[çc]|capacidad|capacidade|c[óo]mputo|(?:las|los|sus) (?:obligaciones|pagos|alquileres|rentas)\b)|d['’](?!\p{Lu})|of\s(?!services|cloud services|compute\b|computing|capacity)|di\s(?!servizi|capacit|calcolo)|do\s|da\s(?!\p{Lu}))/u;
/** "160 million AMD shares", "10 Millionen Aktien", "2 milioni di utenti", "a supercomputer with 54 million cores",
 * "enough to power 20 million homes": a count of things, no money inherited. */
const COUNTED_NOUN_AFTER_RE =
  /^\s(?:[A-Z][\w.&-]{0,20}\s)?(?:new\s|more\s|common\s|ordinary\s)?(?:shares|stock|warrants|units|users|customers|GPUs|chips|cores|transistors|parameters|tokens|people|devices|servers|processors|homes|households|actions|puces|c[œo]urs|foyers|m[ée]nages|personnes|Aktien|Optionsscheine|Kerne|Chips|Haushalte|Menschen|acciones|n[úu]cleos|hogares|personas|azioni|core|famiglie|persone|a[çc][õo]es|casas|lares|pessoas|utilisateurs|Nutzer|usuarios|utenti|usu[áa]rios)\b/;

/**
 * A table column's currency in its header: "Importe (dólares)", "Value (US$)", "Valore (in dollari)". The column's
 * bare scaled figures ("17.400 millones", "9,7 miliardi") are in that currency.
 */
const COLUMN_CURRENCY_RE =
  /^\((?:en |in |em )?(US\$|\$|USD|US-Dollar|dollars?|d[óo]lares|dollari|Dollar|EUR|€|euros?|Euro)\)/i;
const COLUMN_CURRENCIES: Readonly<Record<string, CurrencyCode>> = {
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
};

/** The currency a column header states in the text shortly before a figure (see COLUMN_CURRENCY_RE), if any. */
function columnCurrency(text: string, from: number, to: number): CurrencyCode | undefined {
  const open = text.lastIndexOf('(', to);
  if (open < from) return undefined;
  const m = COLUMN_CURRENCY_RE.exec(text.slice(open, Math.min(to, open + 40)));
  if (!m) return undefined;
  return COLUMN_CURRENCIES[m[1]!.toLowerCase()] ?? 'USD';
}

/**
 * A bare scaled figure told as a contract's: "un acuerdo de 300.000 millones con Oracle", "a contract worth 9.7
 * billion with IREN", "einen Vertrag über fast 10 Milliarden mit IREN", "um contrato de quase 10 mil milhões". Its
 * currency is the document's: the last one stated before it, else the first after; a document that states none gives
 * it none (a figure alone is no money).
 */
const CONTRACT_BEFORE_BARE_RE =
  /(?:contracts?|deals?|agreements?|leases?|orders?|contrats?|accords?|baux|bail|Vertr[aä]g\p{L}*|Auftr[aä]g\p{L}*|Abkommens?|contratos?|acuerdos?|pactos?|contratt[oi]|accord[oi]|acordos?)\s(?:[\p{L}-]+\s){0,2}?(?:worth|valued at|of|de|d['’]|da|di|über|von|im Wert von|por|por valor de|valorado en|avaliado em|del valore di|valant|no valor de|up to|fino a|jusqu['’]à|hasta|até|bis zu)\s?(?:(?:about|around|nearly|almost|up to|roughly|some|environ|près de|jusqu['’]à|quase|cerca de|casi|unos|hasta|até|fino a|circa|rund|fast|bis zu|mehr als|más de|mais de|plus de|more than|oltre)\s)?$/iu;
/** The same figure told before its counterparty: "300.000 millones con Oracle", "9,7 Milliarden mit IREN". */
const COUNTERPARTY_AFTER_BARE_RE =
  /^,?\s(?:with|con|avec|mit|com)\s(?:(?:la|le|l['’]|the|el|il|a|o|os|as|die|der|dem|den)\s?)?(?:\p{Ll}+\s(?:d[aeo]s?\s)?)?\p{Lu}/u;
/** A currency stated in words or symbols, for the document's currency. */
const STATED_CURRENCY_RE = /(?:US\$|\$|€|£|\b(?:dollars?|d[óo]lares|dollari|Dollar|euros?|Euro|EUR|USD)\b)/i;
/** How far after a bare contract figure the document's currency is looked for. */
const STATED_CURRENCY_REACH = 4_000;

/**
 * "ein 9,7-Milliarden-Deal mit IREN": a German compound whose last part is the contract; the press leaves the dollar
 * out, the currency every such contract is priced in.
 */
const DEAL_COMPOUND_AFTER_RE = /^-(?:Deal|Vertrag|Auftrag|Abkommen|Vereinbarung|Kontrakt|Pakt|Partnerschaft)/;

function bareContractFigure(text: string, numStart: number, end: number, from: number): boolean {
  return (
    CONTRACT_BEFORE_BARE_RE.test(text.slice(Math.max(from, numStart - 60), numStart)) ||
    COUNTERPARTY_AFTER_BARE_RE.test(text.slice(end, end + 40)) ||
    DEAL_COMPOUND_AFTER_RE.test(text.slice(end, end + 16))
  );
}

/** The first currency stated after `at` (a bare figure's until an amount restates it), if any. */
function currencyStatedAfter(text: string, at: number, limit: number): CurrencyCode | undefined {
  const reach = Math.min(limit, at + STATED_CURRENCY_REACH);
  const m = STATED_CURRENCY_RE.exec(text.slice(at, reach));
  if (!m) return undefined;
  const w = m[0].toLowerCase();
  return w === '€' || w.startsWith('eur') ? 'EUR' : w === '£' ? 'GBP' : 'USD';
}

const MAX_WORD_CHARS = 16;
const MDD_RE = /^mdd$/i;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// Letters: ASCII plus Latin-1/Latin Extended (accents in milhões, dólares, miliardi).
const isLetter = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 9;

type Scale = { value: number; abbreviation: boolean };

// Lower-cased scale words. Case-sensitive single letters are handled separately.
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['mn', 1e6],
  ['mm', 1e6],
  ['mio', 1e6],
  ['millionen', 1e6],
  ['millones', 1e6],
  ['millón', 1e6],
  ['milioni', 1e6],
  ['milione', 1e6],
  ['milhões', 1e6],
  ['milhoes', 1e6],
  ['milhão', 1e6],
  // "300 mil mdd", "9.700 MDD": Mexican shorthand for "millones de dólares" (the currency is read with it).
  ['mdd', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
  ['bn', 1e9],
  ['bln', 1e9],
  ['milliard', 1e9],
  ['milliards', 1e9],
  ['md', 1e9],
  ['mds', 1e9],
  ['mrd', 1e9],
  ['mrds', 1e9],
  ['milliarde', 1e9],
  ['milliarden', 1e9],
  ['miliardi', 1e9],
  ['miliardo', 1e9],
  ['mld', 1e9],
  ['mldr', 1e9],
  ['bilhões', 1e9],
  ['bilhoes', 1e9],
  ['bilhão', 1e9],
  ['bi', 1e9],
  ['trillion', 1e12],
  ['trillions', 1e12],
  ['tn', 1e12],
  ['billones', 1e12],
  ['billón', 1e12],
  ['billionen', 1e12],
]);

// Words that may follow "mil" (es/pt "mil millones", "mil milhões" = a thousand millions).
const MIL_FOLLOWERS = new Set(['millones', 'milhões', 'milhoes', 'mdd']);

const CURRENCY_WORDS: ReadonlyMap<string, CurrencyCode> = new Map([
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['dollari', 'USD'],
  ['dollaro', 'USD'],
  ['dólares', 'USD'],
  ['dolares', 'USD'],
  ['dólar', 'USD'],
  ['usd', 'USD'],
  ['us-dollar', 'USD'],
  ['us-dollars', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['eur', 'EUR'],
  ['gbp', 'GBP'],
  ['pounds', 'GBP'],
  ['sterling', 'GBP'],
  ['livres', 'GBP'],
]);

const SYMBOLS: ReadonlyMap<number, CurrencyCode> = new Map([
  [36, 'USD'], // $
  [0x20ac, 'EUR'], // €
  [0xa3, 'GBP'], // £
]);

// Qualifiers that may precede an amount, lower-cased, longest first within each group.
const QUALIFIERS: ReadonlyArray<readonly [string, ValueQualifier]> = [
  ['up to', 'up_to'],
  // "pode chegar a US$ 14,2 bilhões", "puede llegar a", "può arrivare a": a ceiling told with its verb.
  ['pode chegar a', 'up_to'],
  ['podendo chegar a', 'up_to'],
  ['puede llegar a', 'up_to'],
  ['pudiendo llegar a', 'up_to'],
  ['può arrivare a', 'up_to'],
  ['jusqu’à', 'up_to'],
  ["jusqu'à", 'up_to'],
  ['jusqu’a', 'up_to'],
  ["jusqu'a", 'up_to'],
  ['hasta', 'up_to'],
  ['fino a', 'up_to'],
  ['até', 'up_to'],
  ['bis zu', 'up_to'],
  ['as much as', 'up_to'],
  ['approximately', 'approximately'],
  ['approx.', 'approximately'],
  ['about', 'approximately'],
  ['around', 'approximately'],
  ['roughly', 'approximately'],
  ['nearly', 'approximately'],
  ['almost', 'approximately'],
  ['some', 'approximately'],
  ['an estimated', 'approximately'],
  ['estimated', 'approximately'],
  ['environ', 'approximately'],
  ['près de', 'approximately'],
  ['quelque', 'approximately'],
  ['cerca de', 'approximately'],
  ['circa', 'approximately'],
  ['rund', 'approximately'],
  ['etwa', 'approximately'],
  ['ca.', 'approximately'],
  ['unos', 'approximately'],
  ['unas', 'approximately'],
  ['alrededor de', 'approximately'],
  ['aproximadamente', 'approximately'],
  ['casi', 'approximately'],
  ['em torno de', 'approximately'],
  ['por volta de', 'approximately'],
  ['quase', 'approximately'],
  ['intorno a', 'approximately'],
  ['quasi', 'approximately'],
  ['knapp', 'approximately'],
  ['ungefähr', 'approximately'],
  ['autour de', 'approximately'],
  ['presque', 'approximately'],
  ['~', 'approximately'],
  ['≈', 'approximately'],
  ['more than', 'more_than'],
  ['over', 'more_than'],
  ['in excess of', 'more_than'],
  ['exceeding', 'more_than'],
  ['plus de', 'more_than'],
  ['más de', 'more_than'],
  ['oltre', 'more_than'],
  ['più di', 'more_than'],
  ['mais de', 'more_than'],
  ['über', 'more_than'],
  ['mehr als', 'more_than'],
  ['superior a', 'more_than'],
  ['acima de', 'more_than'],
  ['superiore a', 'more_than'],
  ['at least', 'at_least'],
  ['au moins', 'at_least'],
  ['al menos', 'at_least'],
  ['almeno', 'at_least'],
  ['pelo menos', 'at_least'],
  ['mindestens', 'at_least'],
];

interface NumberToken {
  start: number;
  end: number;
  /** Integer digits of the whole number, decimals included ("14,2" gives 142). */
  digits: string;
  decimals: number;
}

/**
 * Reads a number starting at `start` (a digit). Separators: "," "." and, between groups of exactly three
 * digits, spaces and apostrophes. Returns null for tokens that are not a plain number (too long).
 */
function readNumber(text: string, start: number, limit: number): NumberToken {
  let i = start;
  const groups: string[] = [];
  const seps: string[] = [];
  let g = start;
  while (i < limit && isDigit(text.charCodeAt(i))) i++;
  groups.push(text.slice(g, i));
  while (i + 1 < limit) {
    const c = text.charCodeAt(i);
    const sep = c === 44 || c === 46 ? text[i]! : isSpace(c) || c === 39 || c === 0x2019 ? ' ' : null;
    if (sep === null || !isDigit(text.charCodeAt(i + 1))) break;
    let j = i + 1;
    while (j < limit && isDigit(text.charCodeAt(j))) j++;
    // A space only groups thousands: "17 400" but not "2031 2032" or "5 100".
    if (sep === ' ' && (j - i - 1 !== 3 || groups[groups.length - 1]!.length > 3)) break;
    g = i + 1;
    groups.push(text.slice(g, j));
    seps.push(sep);
    i = j;
  }
  return { start, end: i, ...interpret(groups, seps) };
}

/** Where the number starting at `start` ends: the same rules as readNumber, without building anything. */
function scanNumberEnd(text: string, start: number, limit: number): number {
  let i = start;
  while (i < limit && isDigit(text.charCodeAt(i))) i++;
  let groupLen = i - start;
  while (i + 1 < limit) {
    const c = text.charCodeAt(i);
    const punct = c === 44 || c === 46;
    const space = !punct && (isSpace(c) || c === 39 || c === 0x2019);
    if ((!punct && !space) || !isDigit(text.charCodeAt(i + 1))) break;
    let j = i + 1;
    while (j < limit && isDigit(text.charCodeAt(j))) j++;
    if (space && (j - i - 1 !== 3 || groupLen > 3)) break;
    groupLen = j - i - 1;
    i = j;
  }
  return i;
}

function interpret(groups: string[], seps: string[]): { digits: string; decimals: number } {
  if (seps.length === 0) return { digits: groups[0]!, decimals: 0 };
  const last = seps[seps.length - 1]!;
  const lastGroup = groups[groups.length - 1]!;
  const kinds = new Set(seps);
  let decimalAt = -1;
  if (last !== ' ') {
    if (kinds.size > 1 && seps.indexOf(last) === seps.length - 1) decimalAt = seps.length - 1;
    else if (kinds.size === 1 && seps.length === 1 && lastGroup.length !== 3) decimalAt = 0;
  }
  if (decimalAt < 0) return { digits: groups.join(''), decimals: 0 };
  return { digits: groups.join(''), decimals: lastGroup.length };
}

function readWord(text: string, i: number, limit: number): string {
  let j = i;
  while (j < limit && j - i < MAX_WORD_CHARS) {
    const c = text.charCodeAt(j);
    if (isLetter(c) || (c === 45 && j > i && isLetter(text.charCodeAt(j + 1)))) j++;
    else break;
  }
  return text.slice(i, j);
}

function skipSpaces(text: string, i: number, limit: number, max = 2): number {
  let j = i;
  while (j < limit && j - i < max && isSpace(text.charCodeAt(j))) j++;
  return j;
}

/** Scale word at `i` (after the number): returns its multiplier and where it ends. */
function readScale(
  text: string,
  i: number,
  limit: number,
  language: ParseMoneyOptions['language'],
  englishForm = false,
) {
  let word = readWord(text, i, limit);
  if (word.length === 0) return null;
  // "$10 billion-plus", "$5bn-plus": the scale before a hyphenated "plus" (a floor, read as the amount).
  if (/.-plus$/i.test(word)) word = word.slice(0, -5);
  // "9,7-Milliarden-Dollar-Vertrag": a German compound; its scale is the first part.
  const hyphen = word.indexOf('-');
  if (hyphen > 0 && !SCALE_WORDS.has(word.toLowerCase())) word = word.slice(0, hyphen);
  let end = i + word.length;
  const lower = word.toLowerCase();
  let value: number | undefined;
  if (lower === 'mil') {
    const k = skipSpaces(text, end, limit);
    const next = readWord(text, k, limit).toLowerCase();
    if (!MIL_FOLLOWERS.has(next)) return null;
    value = 1e9;
    end = k + next.length;
  } else if (word.length === 1) {
    // Single letters are case-sensitive: "$14.2B", "$350M", "1,5 M$".
    value =
      word === 'B' || word === 'b'
        ? 1e9
        : word === 'M' || word === 'm'
          ? 1e6
          : word === 'T'
            ? 1e12
            : // "14,2 G$", "2 G$ US": Québec's billions (milliards), only glued to the dollar sign ("5G" is a network).
              word === 'G' && text[end] === '$'
              ? 1e9
              : undefined;
  } else if (lower === 'billion' || lower === 'billions') {
    // "billion" is 1e12 in French and German prose, but "$17.4 billion" (a leading symbol, a decimal point) is
    // written the English way whatever language the feed declares: the text wins over the declaration.
    const lang = englishForm ? 'en' : typeof language === 'function' ? language() : language;
    value = lang === 'fr' || lang === 'de' ? 1e12 : 1e9;
  } else if (word === 'mM') {
    // "14 mM$": Portugal's "mil milhões" (billions), written with the case kept; "MM"/"mm" stay millions.
    value = 1e9;
  } else {
    value = SCALE_WORDS.get(lower);
  }
  if (value === undefined) return null;
  // "mil milhões", "mil millones" is two whole words, no abbreviation: a bare "19,4 mil milhões" after "2 mil milhões
  // de dólares" is in the same currency, as "19,4 bilhões" is.
  const scale: Scale = { value, abbreviation: lower !== 'mil' && word.length <= 4 };
  return { scale, end };
}

/** Currency written after the amount: "$", "€", "dollars", "de dollars", "d'euros", "US-Dollar". */
function readTrailingCurrency(
  text: string,
  i: number,
  limit: number,
): { currency: CurrencyCode; end: number } | null {
  let k = skipSpaces(text, i, limit);
  const sym = SYMBOLS.get(text.charCodeAt(k));
  if (sym) return { currency: sym, end: k + 1 };
  // "9,7-Milliarden-Dollar-Vertrag": the currency joined to the scale by a hyphen.
  if (k === i && text.charCodeAt(k) === 45 && isLetter(text.charCodeAt(k + 1))) k++;
  let word = readWord(text, k, limit);
  let lower = word.toLowerCase();
  if (lower === 'de' || lower === 'di' || lower === 'of' || lower === 'in') {
    k = skipSpaces(text, k + word.length, limit);
    if (lower === 'in' || lower === 'of') {
      // "billion in U.S. dollars"
      const us = text.slice(k, k + 5);
      if (us === 'U.S. ' || us === 'US ') k += us.length;
    }
    // "14,2 milliards de $": the symbol written where the currency's name would stand.
    const afterDe = lower === 'de' || lower === 'di' ? SYMBOLS.get(text.charCodeAt(k)) : undefined;
    if (afterDe) return { currency: afterDe, end: k + 1 };
    word = readWord(text, k, limit);
    lower = word.toLowerCase();
  } else if (lower === 'd' && (text[k + 1] === "'" || text[k + 1] === '’')) {
    k += 2;
    word = readWord(text, k, limit);
    lower = word.toLowerCase();
  }
  if (lower === 'us' || lower === 'u' || lower.startsWith('us-')) {
    // "US-Dollar", "US dollars", "U.S. dollars", "Mrd. US-$"
    const rest = text.slice(k, k + 12).toLowerCase();
    const m = /^(?:us|u\.s\.)[- ]?(dollars?|\$)/.exec(rest);
    if (m) return { currency: 'USD', end: k + m[0].length };
  }
  // "Dollar-Vertrag": a compound's first part names the currency.
  const part = CURRENCY_WORDS.has(lower) ? word : word.slice(0, Math.max(0, word.indexOf('-')));
  const code = CURRENCY_WORDS.get(part.toLowerCase());
  if (!code || part.length === 0) return null;
  return { currency: code, end: k + part.length };
}

type LeadingCurrency = { currency: CurrencyCode; start: number };
type LeadingQualifier = { qualifier: ValueQualifier; start: number };

/** A currency other than ours right before a figure: "R$", "C$", "A$", "$A", "HK$", "NT$", "BRL", "CAD", "AUD", "¥". */
const FOREIGN_LEAD_RE =
  /(?:(?<![Uu])(?<!U\.S\.)(?:\b[A-TV-Z][A-Z]?\$)|\$(?:AU?|NZ)|\b(?:BRL|CAD|AUD|JPY|CNY|INR|MXN|CHF)|[¥₹])\s?$/;

/**
 * The bound word of a range written out, by the word that opens the range: "de 17,4 à 19,4", "von 17,4 bis 19,4",
 * "from 2 to 3"; "entre 17.400 y 19.400", "zwischen 17,4 und 19,4", "tra 17,4 e 19,4"; and the upper bound's own
 * sign when the lower one has one ("between $5.5 and $8.1 billion"). "de 14,2 et 11,9 milliards" is no range:
 * two figures (below).
 */
const RANGE_TO_RE = /^(?:à|a|bis|to)\s(?:US\$|\$|€|£)?\s?(?=\d)/i;
/** German needs no opener: "auf 17 bis 19 Milliarden geschätzt", "17 Bis 19 Mrd." ("bis zu" follows no figure). */
const BIS_RE = /^bis\s/i;
const RANGE_AND_RE = /^(?:and|et|und|y|e)\s(?:US\$|\$|€|£)?\s?(?=\d)/;
const TO_OPENER_RE = /(?:^|[\s(])(?:de|von|da|from)\s$/i;
const AND_OPENER_RE = /(?:^|[\s(])(?:entre|between|zwischen|tra|fra)\s$/i;
/** Two figures joined by "and", "or" and their kin, the second with a scale: "14,2 et 11,9 milliards de dollars". */
const COORDINATED_RE = /^(?:and|et|und|y|e|or|ou|oder|o)\s(?:US\$|\$|€|£)?\s?(?=\d)/;
/**
 * Growth told as "from X to Y" ("porté de 17,4 à 19,4 milliards", "raised from 2 to 3 billion", "erhöht von"):
 * the upper figure is the new total, not the top of a range.
 */
const GROWTH_BEFORE_RE =
  /\b(?:port[ée]e?s?|relev[ée]e?s?|pass[ée]e?s?|pass[ao]|augment\w*|grew|grown|rais\w*|increas\w*|rose|risen|went|erh[öo]h\w*|gestiegen|stieg|aumentad[oa]s?|aument[óo]u?|elevad[oa]s?|elev[óo]u?|ampliad[oa]s?|ampli[óo]u?|salit[oi]|salgono|cresciut[oi]|passat[oi])\s(?:\S+\s){0,3}$/i;

/**
 * A range written out with its scale after the upper bound only ("un contrat de 17,4 à 19,4 milliards", "von
 * 17,4 bis 19,4 Milliarden", "entre 17.400 y 19.400 millones"): where the upper bound starts, so that the scale
 * applies to both and the lower bound is read as the amount, as in "$70-72 billion"; null when this is no such
 * range.
 */
function wordRangeUpper(text: string, numStart: number, k: number, limit: number): number | null {
  const after = text.slice(k, Math.min(limit, k + 9));
  const before = text.slice(Math.max(0, numStart - 60), numStart);
  const word =
    TO_OPENER_RE.test(before) || BIS_RE.test(after)
      ? RANGE_TO_RE.exec(after)
      : AND_OPENER_RE.test(before)
        ? RANGE_AND_RE.exec(after)
        : null;
  if (!word || GROWTH_BEFORE_RE.test(before.replace(TO_OPENER_RE, ' '))) return null;
  return k + word[0].length;
}

/** "in 2020 and $120 million", "en 2020 et": a year after its preposition shares no scale with the figure after it. */
const YEAR_RE = /^(?:19|20)\d\d$/;
const YEAR_PREPOSITION_BEFORE_RE = /\b(?:in|en|em|im|nel|since|until|by|de|depuis|seit|desde|dal)\s$/i;
function yearAfterPreposition(text: string, start: number, end: number): boolean {
  return (
    YEAR_RE.test(text.slice(start, end)) &&
    YEAR_PREPOSITION_BEFORE_RE.test(text.slice(Math.max(0, start - 7), start))
  );
}

/**
 * The scale of the second of two coordinated figures, which the first one, written without its own, shares:
 * "14,2 et 11,9 milliards de dollars", "$17.4 and $3 billion", "17,4 oder 19 Milliarden".
 */
function sharedScale(
  text: string,
  k: number,
  limit: number,
  language: ParseMoneyOptions['language'],
  englishForm: boolean,
) {
  // A cheap check first: the joining word opens on a, e, o, u or y (most numbers of a filing are followed by none).
  const c = text.charCodeAt(k) | 0x20;
  if (c !== 97 && c !== 101 && c !== 111 && c !== 117 && c !== 121) return null;
  const word = COORDINATED_RE.exec(text.slice(k, Math.min(limit, k + 9)));
  if (!word) return null;
  const second = readNumber(text, k + word[0].length, limit);
  const scaleRead = readScale(text, skipSpaces(text, second.end, limit, 1), limit, language, englishForm);
  if (!scaleRead || scaleRead.scale.value < 1e6 || isLetter(text.charCodeAt(scaleRead.end))) return null;
  return scaleRead;
}

/** Is there a "$" in text[from, to)? (A few characters: a loop, no slice.) */
function dollarBefore(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 36) return true;
  return false;
}

/** Currency written before the amount: "$", "US$", "USD ", "EUR ", "€", "£". Returns where it starts. */
function readLeadingCurrency(text: string, numStart: number, from: number): LeadingCurrency | null {
  let k = numStart;
  // Both signs below hold a "$": without one in the five characters before the number (most numbers of a text),
  // neither pattern is run, nor its window cut out of the text (this runs for every number of every document).
  if (dollarBefore(text, Math.max(from, numStart - 5), numStart)) {
    // "u$s19.400 millones", "U$S 300 millones": the Río de la Plata press's sign for US dollars.
    const plata = /(?:^|[^A-Za-z])([uU]\$[sS]\s?)$/.exec(text.slice(Math.max(from, numStart - 5), numStart));
    if (plata) return { currency: 'USD', start: numStart - plata[1]!.length };
    // "$US9.7bn": the Australian and New Zealand press's sign for US dollars (their own is "$A", "$NZ").
    const antipodes = /(?:^|[^A-Za-z$])(\$US\s?)$/.exec(text.slice(Math.max(from, numStart - 5), numStart));
    if (antipodes) return { currency: 'USD', start: numStart - antipodes[1]!.length };
  }
  const p1 = text.charCodeAt(k - 1);
  // Only "$", "€", "£", a space after one, or the last letter of USD/EUR/GBP can precede an amount.
  if (!(SYMBOLS.has(p1) || isSpace(p1) || p1 === 68 || p1 === 82 || p1 === 80)) return null;
  // "~$14.2 billion", "$ 14.2 billion"
  if (k > from && isSpace(text.charCodeAt(k - 1))) k--;
  const c = text.charCodeAt(k - 1);
  const sym = k > from ? SYMBOLS.get(c) : undefined;
  if (sym) {
    let s = k - 1;
    if (sym === 'USD') {
      const before = text.slice(Math.max(from, s - 4), s);
      if (/(?:U\.S\.|US)$/.test(before)) s -= before.endsWith('U.S.') ? 4 : 2;
      else if (s > from && isLetter(text.charCodeAt(s - 1))) return null; // C$, A$, HK$, R$: not US dollars
    }
    return { currency: sym, start: s };
  }
  const before = text.slice(Math.max(from, k - 4), k);
  const m = /(?:^|[^A-Za-z])(USD|EUR|GBP)$/.exec(before);
  if (m) return { currency: m[1] as CurrencyCode, start: k - 3 };
  return null;
}

/**
 * A German deal noun (or a compound ending in one) right before "über", or before its partner and "über":
 * "Vertrag über", "Milliardenauftrag über", "einen Rekordvertrag mit Oracle über".
 */
const DEAL_NOUN_BEFORE_UBER_RE =
  /(?:vertrag|vertr[äa]ge|auftrag|auftr[äa]ge|deal|deals|vereinbarung|vereinbarungen|abkommen|pakt|kontrakt|bestellung|order|volumen)(?:\smit\s(?:de[mnr]\s)?[\p{L}\d.&-]+(?:\s[\p{L}\d.&-]+)?)?\s$/iu;

function readQualifier(text: string, start: number, from: number): LeadingQualifier | null {
  let k = start;
  while (k > from && start - k < 2 && isSpace(text.charCodeAt(k - 1))) k--;
  const window = text.slice(Math.max(from, k - 24), k).toLowerCase();
  for (const [word, qualifier] of QUALIFIERS) {
    if (!window.endsWith(word)) continue;
    const at = k - word.length;
    // A word qualifier must start at a word boundary ("over", not "turnover").
    if (word !== '~' && word !== '≈' && at > from && isLetter(text.charCodeAt(at - 1))) continue;
    // "einen Vertrag über 3 Milliarden Dollar", "ein Fünfjahresdeal über 17,4 Mrd.": after a deal noun "über" names
    // what the contract is for, not "more than".
    if (word === 'über' && DEAL_NOUN_BEFORE_UBER_RE.test(text.slice(Math.max(from, at - 60), at)))
      return null;
    // "up to approximately $11.9 billion": the outer "up to" wins.
    const outer = qualifier === 'approximately' ? readQualifier(text, at, from) : null;
    if (outer?.qualifier === 'up_to') return outer;
    return { qualifier, start: at };
  }
  return null;
}

function toAmount(token: NumberToken, scale: number): number {
  const n = Number(token.digits);
  return token.decimals === 0 ? n * scale : (n * scale) / 10 ** token.decimals;
}

/** How far a figure rounded to whole billions may stand from the exact one it rounds ("$14B" for $14.2 billion). */
const ROUNDING = 0.05;

/** `rounded` is `exact` told to the whole billion ("up to $20bn" for $19.4 billion, "$14B" for $14.2 billion). */
export function roundsToBillions(rounded: number, exact: number): boolean {
  return rounded % 1e9 === 0 && exact % 1e9 !== 0 && Math.abs(rounded - exact) <= exact * ROUNDING;
}

/**
 * Every money amount in `text`: a number with a currency (before or after it) and an optional scale word.
 * Bare numbers, percentages, years and counts ("200,000 GPUs") are not money.
 */
/** The last currency stated in the text, and where its amount ends. */
type StatedCurrency = { currency: CurrencyCode; end: number };

export function parseMoney(text: string, options: ParseMoneyOptions = {}): MoneyAmount[] {
  const from = Math.max(0, options.from ?? 0);
  const limit = Math.min(text.length, options.to ?? text.length);
  const out: MoneyAmount[] = [];
  let lastCurrency: StatedCurrency | null = null;
  const provisionals = new Set<number>();
  // A bracketed conversion's index, to the amount it converts.
  const conversions = new Map<number, number>();
  let i = from;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) {
      i++;
      continue;
    }
    // First find where the number ends without allocating: most numbers in a filing are table figures.
    const numStart = i;
    const numEnd = scanNumberEnd(text, i, limit);
    i = numEnd;
    if (numEnd - numStart > MAX_NUMBER_CHARS) continue;
    const prev = numStart > from ? text.charCodeAt(numStart - 1) : 32;
    // "H100", "GB300", "A320": a number glued to letters is a model name, unless the letters are a currency.
    if (
      isLetter(prev) &&
      !/(?:USD|EUR|GBP|[uU]\$[sS]|\$US)$/.test(text.slice(Math.max(from, numStart - 3), numStart))
    )
      continue;
    if (prev === 46 || prev === 44) continue; // ".5" fragments of a longer number that was cut
    const lead = readLeadingCurrency(text, numStart, from);
    // "R$ 100 bilhões", "C$ 2 billion", "BRL 5 bi": another currency, never inherited from a dollar amount before.
    if (!lead && FOREIGN_LEAD_RE.test(text.slice(Math.max(from, numStart - 5), numStart))) continue;
    let k = skipSpaces(text, numEnd, limit, 1);
    // Fast path for tables of figures: without a leading currency, a scale or currency word must follow.
    if (!lead) {
      const n = text.charCodeAt(k);
      if (!(isLetter(n) || SYMBOLS.has(n) || n === 45 || n === 0x2013)) continue;
    }
    const token = readNumber(text, numStart, limit);
    // A range "$70-72 billion" / "$70–$72 billion": the scale written after the upper bound applies to both.
    const dash = text.charCodeAt(k);
    let ranged = false;
    if (dash === 45 || dash === 0x2013) {
      let r = k + 1;
      if (text.charCodeAt(r) === 36) r++;
      if (isDigit(text.charCodeAt(r))) {
        const upper = readNumber(text, r, limit);
        ranged = true;
        i = upper.end;
        k = skipSpaces(text, upper.end, limit, 1);
      }
    } else {
      const upperStart = wordRangeUpper(text, lead?.start ?? numStart, k, limit);
      if (upperStart !== null) {
        const upper = readNumber(text, upperStart, limit);
        ranged = true;
        i = upper.end;
        k = skipSpaces(text, upper.end, limit, 1);
      }
    }
    // "5-year" is not money; "9,7-Milliarden-Dollar-Vertrag" is (a scale word after the hyphen).
    if (text.charCodeAt(k) === 45 && !lead)
      k = (readScale(text, k + 1, limit, options.language)?.scale.value ?? 0) >= 1e6 ? k + 1 : token.end;
    else if (text.charCodeAt(k) === 45) k++; // "$14.2-billion"
    // A leading symbol or a decimal point ("$17.4", "17.4") is the English way of writing an amount.
    const englishForm =
      lead !== null || (token.decimals > 0 && text.charCodeAt(token.end - token.decimals - 1) === 46);
    let scaleRead = readScale(text, k, limit, options.language, englishForm);
    // The first of two coordinated figures ends at its own number; the second is read on the next turn.
    const shared =
      scaleRead || ranged || (!lead && yearAfterPreposition(text, numStart, token.end))
        ? null
        : sharedScale(text, k, limit, options.language, englishForm);
    if (shared) scaleRead = shared;
    let end = token.end;
    let scale = 1;
    if (scaleRead) {
      scale = scaleRead.scale.value;
      end = scaleRead.end;
    }
    // A scale word must end at a word boundary: "$350 more" is not "$350 m".
    if (scaleRead && isLetter(text.charCodeAt(end))) {
      scale = 1;
      end = token.end;
    }
    let trail = readTrailingCurrency(text, end, limit);
    // Abbreviations may carry a period before the currency: "17,4 Mrd. US-Dollar", "2 Md. d'euros".
    if (!trail && scaleRead?.scale.abbreviation && text.charCodeAt(end) === 46)
      trail = readTrailingCurrency(text, end + 1, limit);
    // "un accord de 5 milliards avec Microsoft" after "15 milliards de dollars": a bare scaled amount shortly after
    // a stated one is in the same currency (not "5 milliards d'actions": a "de"/"of" noun follows).
    const inherited: CurrencyCode | undefined =
      !lead &&
      !trail &&
      scaleRead &&
      scale >= 1e6 &&
      !scaleRead.scale.abbreviation &&
      lastCurrency &&
      numStart - lastCurrency.end <= INHERIT_REACH &&
      !OF_NOUN_AFTER_RE.test(text.slice(end, end + 20)) &&
      !COUNTED_NOUN_AFTER_RE.test(text.slice(end, end + 32))
        ? lastCurrency.currency
        : undefined;
    const stated: CurrencyCode | undefined =
      lead?.currency ??
      trail?.currency ??
      (scaleRead && MDD_RE.test(text.slice(end - 3, end)) ? 'USD' : undefined) ??
      inherited ??
      (scaleRead && scale >= 1e6 && !OF_NOUN_AFTER_RE.test(text.slice(end, end + 20))
        ? columnCurrency(text, Math.max(from, numStart - INHERIT_REACH), numStart)
        : undefined);
    // "un acuerdo de 300.000 millones con Oracle": a bare contract figure takes the currency stated before it, else one
    // for now that an amount restating it may correct (see withRestatedCurrencies).
    const bare: boolean =
      !stated &&
      scaleRead !== null &&
      scale >= 1e6 &&
      (!scaleRead.scale.abbreviation || scale >= 1e9) &&
      !OF_NOUN_AFTER_RE.test(text.slice(end, end + 20)) &&
      !COUNTED_NOUN_AFTER_RE.test(text.slice(end, end + 32)) &&
      bareContractFigure(text, numStart, end, from);
    // Read through the declared type: the loop's flow analysis cannot type a read that feeds its own assignment.
    const carried: CurrencyCode | undefined = (lastCurrency as StatedCurrency | null)?.currency;
    const provisional = bare && carried === undefined;
    const currency: CurrencyCode | undefined =
      stated ??
      (bare
        ? (carried ??
          currencyStatedAfter(text, end, limit) ??
          (DEAL_COMPOUND_AFTER_RE.test(text.slice(end, end + 16)) ? 'USD' : undefined))
        : undefined);
    if (!currency) continue;
    // "19.400 millones de dólares (16.564 millones de euros): un pago base de 17.400 millones": a conversion in
    // brackets restates the amount before it; the bare figures after it stay in that amount's currency.
    const start = lead?.start ?? token.start;
    const conversion =
      lastCurrency !== null &&
      lastCurrency.currency !== currency &&
      BRACKET_OPEN_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start));
    if (!conversion && !provisional) lastCurrency = { currency, end };
    if (shared) end = token.end;
    else if (trail && !lead) end = trail.end;
    // "US$17.4bn" and "$6,5 Mrd": a leading "$" may be followed by a trailing "dollars" too; keep the span tight.
    if (!shared && lead && trail && trail.currency === lead.currency && scaleRead)
      end = Math.max(end, trail.end);
    const amount = toAmount(token, scale);
    if (!Number.isFinite(amount)) continue;
    const rate = RATES_TO_USD[currency];
    if (options.minUsd !== undefined && amount * rate < options.minUsd) {
      i = Math.max(i, end);
      continue;
    }
    const qualifier = readQualifier(text, start, from);
    if (provisional) provisionals.add(out.length);
    if (conversion && out.length > 0) conversions.set(out.length, out.length - 1);
    out.push({
      usd: Math.round(amount * rate),
      amount,
      currency,
      qualifier: qualifier?.qualifier ?? null,
      text: text.slice(start, end),
      start,
      end,
    });
    i = Math.max(i, end);
  }
  return provisionals.size > 0 ? withRestatedCurrencies(out, provisionals, conversions) : out;
}

/** How close a stated amount must be to a bare figure to restate it ("12.100 millones" and "12.107 millones de euros"). */
const RESTATED_TOLERANCE = 0.01;

/**
 * A bare contract figure (a headline's "un acuerdo de 12.100 millones") takes the currency of a stated amount of the
 * same size in the document; when that amount converts another in brackets ("14.200 millones de dólares (12.107
 * millones de euros)"), the figure is the one converted.
 */
function withRestatedCurrencies(
  out: MoneyAmount[],
  provisionals: ReadonlySet<number>,
  conversions: ReadonlyMap<number, number>,
): MoneyAmount[] {
  return out.map((a, i) => {
    if (!provisionals.has(i)) return a;
    const j = out.findIndex(
      (o, k) => !provisionals.has(k) && Math.abs(o.amount - a.amount) <= a.amount * RESTATED_TOLERANCE,
    );
    if (j < 0) return a;
    const converted = conversions.get(j);
    if (converted !== undefined) {
      const original = out[converted]!;
      return { ...a, currency: original.currency, amount: original.amount, usd: original.usd };
    }
    const stated = out[j]!;
    if (stated.currency === a.currency) return a;
    return { ...a, currency: stated.currency, usd: Math.round(a.amount * RATES_TO_USD[stated.currency]) };
  });
}
