// Amounts written in words: "two billion dollars", "deux milliards de dollars", "zehn Milliarden Dollar", "dos mil
// millones de dólares", "dieci miliardi di dollari", "nove mil milhões de dólares". The money parser reads
// figures; news copy spells small numbers out. The words are data, one table per language.
import { lazy } from '../lazy';
import { type CurrencyCode, type MoneyAmount, RATES_TO_USD } from '../money';
import type { Language, ValueQualifier } from '../types';
import { textBefore } from './text-window';

const NUMBER_WORDS: Readonly<Record<Language, Readonly<Record<string, number>>>> = {
  en: {
    a: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    hundred: 100,
  },
  fr: {
    un: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    vingt: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    cent: 100,
    cents: 100,
  },
  de: {
    ein: 1,
    eine: 1,
    einer: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    elf: 11,
    zwölf: 12,
    dreizehn: 13,
    vierzehn: 14,
    fünfzehn: 15,
    sechzehn: 16,
    siebzehn: 17,
    achtzehn: 18,
    neunzehn: 19,
    zwanzig: 20,
    dreißig: 30,
    vierzig: 40,
    fünfzig: 50,
    sechzig: 60,
    siebzig: 70,
    achtzig: 80,
    neunzig: 90,
    hundert: 100,
    zweihundert: 200,
    dreihundert: 300,
    vierhundert: 400,
    fünfhundert: 500,
    sechshundert: 600,
    siebenhundert: 700,
    achthundert: 800,
    neunhundert: 900,
  },
  es: {
    un: 1,
    uno: 1,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    once: 11,
    doce: 12,
    trece: 13,
    catorce: 14,
    quince: 15,
    dieciséis: 16,
    diecisiete: 17,
    dieciocho: 18,
    diecinueve: 19,
    veinte: 20,
    veinticinco: 25,
    treinta: 30,
    cuarenta: 40,
    cincuenta: 50,
    sesenta: 60,
    setenta: 70,
    ochenta: 80,
    noventa: 90,
    cien: 100,
    ciento: 100,
    doscientos: 200,
    trescientos: 300,
    cuatrocientos: 400,
    quinientos: 500,
    seiscientos: 600,
    setecientos: 700,
    ochocientos: 800,
    novecientos: 900,
  },
  it: {
    un: 1,
    uno: 1,
    due: 2,
    tre: 3,
    quattro: 4,
    cinque: 5,
    sei: 6,
    sette: 7,
    otto: 8,
    nove: 9,
    dieci: 10,
    undici: 11,
    dodici: 12,
    tredici: 13,
    quattordici: 14,
    quindici: 15,
    sedici: 16,
    diciassette: 17,
    diciotto: 18,
    diciannove: 19,
    venti: 20,
    venticinque: 25,
    trenta: 30,
    quaranta: 40,
    cinquanta: 50,
    sessanta: 60,
    settanta: 70,
    ottanta: 80,
    novanta: 90,
    cento: 100,
    duecento: 200,
    trecento: 300,
    quattrocento: 400,
    cinquecento: 500,
    seicento: 600,
    settecento: 700,
    ottocento: 800,
    novecento: 900,
  },
  pt: {
    um: 1,
    uma: 1,
    dois: 2,
    duas: 2,
    três: 3,
    quatro: 4,
    cinco: 5,
    seis: 6,
    sete: 7,
    oito: 8,
    nove: 9,
    dez: 10,
    onze: 11,
    doze: 12,
    treze: 13,
    catorze: 14,
    quatorze: 14,
    quinze: 15,
    dezesseis: 16,
    dezasseis: 16,
    dezessete: 17,
    dezassete: 17,
    dezoito: 18,
    dezenove: 19,
    dezanove: 19,
    vinte: 20,
    trinta: 30,
    quarenta: 40,
    cinquenta: 50,
    sessenta: 60,
    setenta: 70,
    oitenta: 80,
    noventa: 90,
    cem: 100,
    cento: 100,
    duzentos: 200,
    trezentos: 300,
    quatrocentos: 400,
    quinhentos: 500,
    seiscentos: 600,
    setecentos: 700,
    oitocentos: 800,
    novecentos: 900,
  },
};

/** Scale words after a number word. "billion" is read apart: 1e12 in French and German. */
const SCALES: Readonly<Record<string, number>> = {
  million: 1e6,
  millions: 1e6,
  millionen: 1e6,
  millones: 1e6,
  milioni: 1e6,
  milhões: 1e6,
  billion: 1e9,
  billions: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  milliarde: 1e9,
  milliarden: 1e9,
  miliardo: 1e9,
  miliardi: 1e9,
  bilhão: 1e9,
  bilhões: 1e9,
};

const CURRENCIES: Readonly<Record<string, CurrencyCode>> = {
  dollars: 'USD',
  dollar: 'USD',
  'us-dollar': 'USD',
  dólares: 'USD',
  dollari: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  pounds: 'GBP',
};

const QUALIFIER_BEFORE: ReadonlyArray<readonly [RegExp, ValueQualifier]> = [
  [/(?:up to|bis zu|jusqu['’]à|hasta|fino a|até|as much as)\s$/i, 'up_to'],
  [/(?:more than|over|plus de|mehr als|über|más de|oltre|più di|mais de)\s$/i, 'more_than'],
  [/(?:at least|au moins|mindestens|al menos|almeno|pelo menos)\s$/i, 'at_least'],
  [
    /(?:about|around|roughly|nearly|almost|some|environ|près de|quelque|autour de|presque|rund|etwa|knapp|ungefähr|unos|unas|alrededor de|aproximadamente|casi|cerca de|em torno de|por volta de|circa|intorno a|quase|quasi)\s$/i,
    'approximately',
  ],
];

const NUMBER_VALUES = lazy(
  (): ReadonlyMap<string, number> => new Map(Object.values(NUMBER_WORDS).flatMap((t) => Object.entries(t))),
);
const scaleAlternation = Object.keys(SCALES)
  .sort((x, y) => y.length - x.length)
  .join('|');

/**
 * The scale words are looked for first (they are rarer than number words), then the word before each is read: a
 * literal alternation, no per-position lookbehind, so a filing full of "million" stays cheap.
 */
// A hyphen may join the scale word to its currency in a compound ("Drei-Milliarden-Dollar-Vereinbarung",
// "three-billion-dollar deal"), never to another word ("milliards-clés").
const SCALE_RE = new RegExp(
  `(?:${scaleAlternation})(?![a-zà-ÿ]|-(?!(?:US-)?(?:dollars?|Dollar|euros?|Euro)(?![a-z])))`,
  'gi',
);
/** A vague count before a number word ("mehreren zehn Milliarden" = tens of billions): no amount. */
const VAGUE_COUNT_BEFORE_RE = /(?:^|\s)(?:mehrere[nr]?|einige[nr]?|etliche[nr]?|several)\s$/i;
/** The number word (and "mil") right before a scale word; a hyphenated compound whole ("dix-sept", "twenty-five"). */
const WORD_BEFORE_RE =
  /(?:^|[^a-zà-ÿ\d-])((?:[a-zà-ÿ]{1,12}-)?[a-zà-ÿ]{1,12})[ \u00a0-](?:(mil)[ \u00a0])?$/i;

/** The words a number phrase may take before its last word ("two hundred and fifty"). */
const PHRASE_REACH = 48;
/** Words that multiply what is before them: "three hundred", "trois cents", "drei hundert". */
const HUNDRED_WORDS = new Set(['hundred', 'cent', 'cents', 'hundert']);
/** Joining words inside a number ("three hundred and fifty", "vingt et un", "treinta y cinco", "trinta e cinco"). */
const JOINERS = new Set(['and', 'et', 'y', 'e', 'und']);
const PHRASE_WORD_RE = /([a-zà-ÿ]{1,14}(?:-[a-zà-ÿ]{1,14})?)[ \u00a0]+$/i;

/**
 * The number phrase that ends with `lastWord` (at `end`), read back word by word: its value and where it starts, or
 * null when no number word stands before the last one. A joining word counts only between a round number and a
 * smaller one ("three hundred and fifty", never "five and ten"); without one, each word must be smaller than the
 * one before ("two hundred fifty").
 */
function numberPhraseBefore(
  text: string,
  from: number,
  end: number,
  lastWord: string,
): { value: number; start: number } | null {
  const words = [lastWord];
  let start = end;
  let at = end;
  for (;;) {
    const m = PHRASE_WORD_RE.exec(text.slice(from, at));
    if (!m) break;
    const word = m[1]!;
    const wordAt = at - m[0].length;
    if (!JOINERS.has(word.toLowerCase()) && numberValue(word) === undefined) break;
    words.unshift(word);
    at = wordAt;
    if (!JOINERS.has(word.toLowerCase())) start = wordAt;
  }
  while (words.length > 1 && JOINERS.has(words[0]!.toLowerCase())) words.shift();
  if (words.length < 2) return null;
  let value = 0;
  let previous = Number.POSITIVE_INFINITY;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.toLowerCase();
    if (JOINERS.has(word)) {
      const next = numberValue(words[i + 1] ?? '');
      // A joiner stands after a round number and before a smaller one.
      if (next === undefined || previous % 10 !== 0 || previous < 20 || next >= magnitude(previous))
        return null;
      continue;
    }
    const v = numberValue(word)!;
    if (HUNDRED_WORDS.has(word)) {
      value = (value === 0 ? 1 : value) * v;
      previous = value;
      continue;
    }
    if (v >= previous) return null;
    value += v;
    previous = v;
  }
  return { value, start };
}

/** The place of a round number's first digit: 10 for 20-90, 100 for 100-900. */
function magnitude(n: number): number {
  return n >= 100 ? 100 : 10;
}

/** A number word's value; a compound is the sum of its parts ("vingt-deux" 22), or nothing if a part is unknown. */
function numberValue(word: string): number | undefined {
  const parts = word.toLowerCase().split('-');
  let sum = 0;
  for (const part of parts) {
    const n = NUMBER_VALUES().get(part);
    if (n === undefined) return undefined;
    sum += n;
  }
  return sum;
}
/** The currency word right after a scale word: "Dollar", " de dólares", " d'euros", " di dollari". */
const CURRENCY_AFTER_RE = new RegExp(
  `^[ \\u00a0-](?:de[ \\u00a0]|d['’]|di[ \\u00a0])?(?:US[ \\u00a0-]?)?(${Object.keys(CURRENCIES).join('|')})(?![a-zà-ÿ])`,
  'i',
);

/**
 * Amounts in words between `from` and `to`, in USD, at or above `minUsd`. An amount needs a currency word after it
 * ("zwei Milliarden Dollar"), or a stated currency shortly before (`inheritFrom`: the end of the last amount with
 * a currency, and that currency).
 */
export function wordAmounts(
  text: string,
  language: () => Language | undefined,
  from: number,
  to: number,
  minUsd: number,
  inheritFrom: (at: number) => CurrencyCode | null = () => null,
): MoneyAmount[] {
  const out: MoneyAmount[] = [];
  SCALE_RE.lastIndex = from;
  for (let m = SCALE_RE.exec(text); m !== null && m.index < to; m = SCALE_RE.exec(text)) {
    // Most scale words follow a figure ("$5 million"): only one after a space and a letter can follow a word.
    const at = m.index;
    const c = text.charCodeAt(at - 2);
    const gap = text.charCodeAt(at - 1);
    if (gap !== 32 && gap !== 0xa0 && gap !== 45) continue;
    // A compound is hyphenated through ("three-billion-dollar"); "a billion-dollar deal" is only a size.
    if (text.charCodeAt(at + m[0].length) === 45 && gap !== 45) continue;
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0)) continue;
    const before = WORD_BEFORE_RE.exec(text.slice(Math.max(from, at - 20), at));
    if (!before) continue;
    const last = numberValue(before[1]!);
    // "un contrato de mil millones de dólares", "de mil milhões": "mil" alone is a thousand millions.
    const milAlone = last === undefined && before[2] !== undefined;
    if (last === undefined && !milAlone) continue;
    const lastStart = milAlone
      ? at - before[2]!.length - 1
      : at - before[0].length + before[0].indexOf(before[1]!);
    // "three hundred billion", "two hundred and fifty million", "trois cents milliards": the words before count too.
    const phrase = milAlone
      ? null
      : numberPhraseBefore(text, Math.max(from, lastStart - PHRASE_REACH), lastStart, before[1]!);
    const n = phrase?.value ?? last ?? 1;
    const start = phrase?.start ?? lastStart;
    // "mehrere zehn Milliarden Dollar", "einige zehn Milliarden": tens of billions, no figure.
    if (VAGUE_COUNT_BEFORE_RE.test(textBefore(text, start, 12))) continue;
    const scaleKey = m[0].toLowerCase();
    let scale = SCALES[scaleKey]!;
    // "mil millones", "mil milhões": a thousand millions.
    if (before[2]) scale *= 1e3;
    const lang = language();
    if (scaleKey.startsWith('billion') && (lang === 'fr' || lang === 'de')) scale = 1e12;
    const cur = CURRENCY_AFTER_RE.exec(text.slice(at + m[0].length, at + m[0].length + 24));
    const currency = cur ? CURRENCIES[cur[1]!.toLowerCase()] : inheritFrom(at);
    if (!currency) continue;
    const amount = n * scale;
    const usd = Math.round(amount * RATES_TO_USD[currency]);
    if (usd < minUsd) continue;
    const end = at + m[0].length + (cur ? cur[0].length : 0);
    const qualifier = QUALIFIER_BEFORE.find(([re]) => re.test(textBefore(text, start, 14)))?.[1] ?? null;
    out.push({ usd, amount, currency, qualifier, text: text.slice(start, end), start, end });
  }
  return out;
}
