// Contract terms as written: end dates ("through December 2031", "jusqu'à fin 2031") and lengths
// ("six-year", "sur six ans", "over five years"). Regexes here are flat alternations with bounded
// repetition only (no nested quantifiers), so they stay linear on adversarial input.
import { anchoredMatches, anchoredScan } from './anchored-scan';
import { lazy } from './lazy';

const MONTHS: ReadonlyMap<string, number> = new Map([
  ...[
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].map((m, i) => [m, i + 1] as const),
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'].map(
    (m) =>
      [
        m,
        ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
          m.slice(0, 3),
        ) + 1,
      ] as const,
  ),
  // fr
  ...[
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ].map((m, i) => [m, i + 1] as const),
  ['fevrier', 2],
  ['aout', 8],
  ['decembre', 12],
  // de
  ...[
    'januar',
    'februar',
    'märz',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'dezember',
  ].map((m, i) => [m, i + 1] as const),
  // es
  ...[
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ].map((m, i) => [m, i + 1] as const),
  // it
  ...[
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ].map((m, i) => [m, i + 1] as const),
  // pt
  ...[
    'janeiro',
    'fevereiro',
    'março',
    'abril',
    'maio',
    'junho',
    'julho',
    'agosto',
    'setembro',
    'outubro',
    'novembro',
    'dezembro',
  ].map((m, i) => [m, i + 1] as const),
]);

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...[
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
  ].map((w, i) => [w, i + 1] as const),
  ['twenty-five', 25],
  ['thirty', 30],
  // fr
  ...[
    'un',
    'deux',
    'trois',
    'quatre',
    'cinq',
    'six',
    'sept',
    'huit',
    'neuf',
    'dix',
    'onze',
    'douze',
    'treize',
    'quatorze',
    'quinze',
  ].map((w, i) => [w, i + 1] as const),
  ['une', 1],
  ['vingt', 20],
  // de
  ...['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'].map(
    (w, i) => [w, i + 1] as const,
  ),
  ['fünfzehn', 15],
  ['zwanzig', 20],
  // es / pt / it
  ...['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'].map(
    (w, i) => [w, i + 1] as const,
  ),
  ['quince', 15],
  ['dois', 2],
  ['três', 3],
  ['quatro', 4],
  ['sete', 7],
  ['oito', 8],
  ['nove', 9],
  ['dez', 10],
  ['quinze', 15],
  ...['uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci'].map(
    (w, i) => [w, i + 1] as const,
  ),
  ['quindici', 15],
  // "in dodici anni", "a doce años", "de doze anos": eleven and twelve in es / pt / it.
  ['once', 11],
  ['doce', 12],
  ['doze', 12],
  ['undici', 11],
  ['dodici', 12],
]);

export interface EndDate {
  /** ISO date: the last day of the stated month or year. */
  date: string;
  text: string;
  start: number;
  end: number;
}

export interface TermLength {
  years: number;
  text: string;
  start: number;
  end: number;
}

const MAX_INPUT = 1 << 20;

// A lead word that introduces an end ("through", "jusqu'à fin", "bis Ende"), then optionally a day and month,
// then a year. Each part is a flat alternation; the only repetitions are bounded ({0,2}, {1,12}).
const END_RE = (): RegExp =>
  new RegExp(
    [
      '(?<![\\p{L}])',
      '(through|thru|until|till|ending(?: in)?|expir(?:es|ing)(?: in)?|runs to|to the end of',
      "|jusqu['’]à la fin de|jusqu['’]à fin|jusqu['’]à|jusqu['’]en|jusqu['’]au|prenant fin en",
      '|bis Ende|bis zum|bis|hasta finales de|hasta fines de|hasta el|hasta|fino alla fine del|fino al|fino a|até ao final de|até o final de|até ao|até)',
      ' {1,2}',
      '(?:(?:the )?end of |fin |(?:fin|finales|fines) de |Ende )?',
      '(?:(\\d{1,2})(?:er)? {0,2})?',
      '(?:(\\p{L}{3,10})\\.?,? {1,2}(?:(\\d{1,2}), {0,2})?(?:de |del )?)?',
      "(?:fiscal |l['’]année |l['’]exercice )?",
      '((?:19|20)\\d\\d)(?!\\d)',
    ].join(''),
    'giu',
  );

// END_RE opens with a lookbehind and some 30 lead words, tried at every position of the text; it closes on a
// year, which is rare. Every match ends with its year (the anchor: "19"/"20" and two digits, no digit after;
// such anchors never overlap, so the global scan finds each one), which starts after at most 81 UTF-16 units of
// lead word (18), spaces (2), "the end of " (11), day (6), month (10 letters, astral ones two units each, a dot,
// a comma, spaces, a second day and "del ": 33) and "l'exercice " (11). So only the 82 positions before each
// year are tried (anchored-scan.ts); the matches are those of the plain global loop, in the same order.
/**
 * The end scan, also for the test that it finds what the plain END_RE loop finds. Built at the first date read: its
 * Unicode-aware pattern takes milliseconds to construct, and most invocations of the functions that bundle it
 * (a news poll with no new item) read none.
 */
export const END_SCAN = lazy(() => anchoredScan(END_RE(), /(?:19|20)\d\d(?!\d)/g, 82));

const SCHEDULE_BEFORE_RE =
  /\b(?:phases?|phased|deploy(?:s|ed|ing)?|deliver(?:s|ed|ing|ies)?|install(?:s|ed|ing)?|ramp(?:s|ed|ing)?(?: up)?|roll(?:s|ed|ing)? out|online|en phases|d[ée]ploy[ée]e?s?|livr[ée]e?s?)\s(?:\S{1,20}\s){0,1}$/i;

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The first stated contract end in `text` ("through December 2031" gives 2031-12-31), or null. */
export function parseEndDate(text: string): EndDate | null {
  const all = parseEndDates(text);
  return all[0] ?? null;
}

/** Every stated end in `text`, in order. */
export function parseEndDates(text: string): EndDate[] {
  const input = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  const out: EndDate[] = [];
  const { sticky, anchors, reach } = END_SCAN();
  for (const m of anchoredMatches(input, sticky, anchors, reach)) {
    const year = Number(m[5]);
    const monthWord = m[3]?.toLowerCase();
    let month = 12;
    let day: number | null = null;
    if (monthWord) {
      const found = MONTHS.get(monthWord);
      // "through fiscal 2031" passes; "until the 2031" does not reach here; a non-month word voids the match.
      if (found === undefined) continue;
      month = found;
      const d = m[4] ?? m[2];
      if (d) day = Number(d);
    } else if (m[2]) {
      continue; // a bare day without a month
    }
    // "deploy in phases through 2026", "delivered through 2026": a schedule, not the contract's end.
    if (SCHEDULE_BEFORE_RE.test(input.slice(Math.max(0, m.index - 40), m.index))) continue;
    const last = lastDayOfMonth(year, month);
    const dd = day !== null && day >= 1 && day <= last ? day : last;
    out.push({
      date: `${year}-${pad(month)}-${pad(dd)}`,
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

// A count and a year unit: "six-year", "15-year", "five years", "sur six ans", "fünf Jahre", "cinco años".
const TERM_RE = new RegExp(
  [
    '(?<![\\p{L}\\d])',
    '(\\d{1,2}|\\p{L}{2,11}(?:-\\p{L}{3,5})?)',
    '(?:-| )',
    '(year|years|yr|ans|années|annees|an|Jahre|Jahren|jährige[nrms]?|jähriger|años|anni|anos|ano)',
    '(?![\\p{L}])',
  ].join(''),
  'gu',
);

// TERM_RE opens on any word or number; its unit word is rare. Every match holds a separator followed by the
// unit (the anchor) at most 33 characters after its start (a count of up to 11 + 5 letters, astral ones two
// units each), so only the positions just before a unit are tried (anchored-scan.ts).
/** The term scan, also for the test that it finds what the plain TERM_RE loop finds. */
export const TERM_SCAN = anchoredScan(
  TERM_RE,
  new RegExp(`(?:-| )${TERM_RE.source.split('(?:-| )')[1]}`, 'gu'),
  40,
);

// "over the last five years" is history; "slated to last five years", "will last five years" is the contract's length.
// "seit acht Jahren", "depuis huit ans", "desde hace ocho años", "hace/há oito anos" are spans up to now.
const PAST_BEFORE =
  /(?:past|(?<!\b(?:to|will|would|should|could|may|might|shall)\s)last|previous|prior|dernières|derniers|précédentes|\b(?:seit|depuis|desde hace|hace|há))\s{1,2}$/i;
// "five years ago", "cinco años después", "cinque anni fa", "fünf Jahre später": a span of the past, no contract length.
// "our eight-year relationship", "a five-year high", "its 10-year anniversary": an age or a record, no contract length.
const AGO_AFTER =
  /^\s{0,2}(?:ago|earlier|old|relationship|history|anniversary|track record|high(?![-\w])|low(?![-\w])|career|veteran|il y a|after|later|dopo|fa\b|prima\b|despu[ée]s|atr[áa]s|depois|sp[äa]ter|zuvor|plus t[ôo]t|apr[èe]s)/i;

// "quinquennale", "quinquennal", "décennal": a length written as one adjective (it, fr, es, pt).
const TERM_ADJECTIVE_RE =
  /(?<![\p{L}])(bienn|trienn|quadrienn|quinquenn|quinquen|sessenn|sexenn|settenn|decenn|décenn|quindicenn)(?:al|ale|ali|aux|ales|io)(?![\p{L}])/iu;
const ADJECTIVE_YEARS: Readonly<Record<string, number>> = {
  bienn: 2,
  trienn: 3,
  quadrienn: 4,
  quinquenn: 5,
  quinquen: 5,
  sessenn: 6,
  sexenn: 6,
  settenn: 7,
  decenn: 10,
  quindicenn: 15,
  décenn: 10,
};

// German writes a contract's length inside one word: "Fünfjahresvertrag", "der Fünfjahresdeal", "ein
// 5-Jahresprojekt", "einen siebenjährigen Vertrag". "Jahres-" counts only before a contract noun (a
// "Fünfjahresplan" is no term); "-jährig" is a length wherever it stands. The cheap literal test runs first.
const GERMAN_COMPOUND_HINT_RE = /jahres|jährig/i;
const GERMAN_COMPOUND_TERM_RE =
  /(?<![\p{L}\d])(\d{1,2}-?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig)(?:jahres(?:vertrag|vertrages|vertrags|deal|vereinbarung|abkommen|auftrag|kontrakt|projekt|mietvertrag|laufzeit|zeitraum|partnerschaft)|jährig(?:e[nrms]?|er)?(?![\p{L}]))/iu;

function germanCompoundTerm(input: string): TermLength | null {
  if (!GERMAN_COMPOUND_HINT_RE.test(input)) return null;
  const m = GERMAN_COMPOUND_TERM_RE.exec(input);
  if (!m) return null;
  const raw = m[1]!.toLowerCase().replace('-', '');
  const years = /^\d/.test(raw) ? Number(raw) : NUMBER_WORDS.get(raw);
  if (years === undefined || years < 1 || years > 40) return null;
  return { years, text: m[0], start: m.index, end: m.index + m[0].length };
}

/** The first stated contract length in years, or null. "multi-year" gives null. */
export function parseTermYears(text: string): TermLength | null {
  const input = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  const first = numberedTerms(input).next();
  if (!first.done) return first.value;
  const compound = germanCompoundTerm(input);
  const adj = adjectiveTerm(input);
  if (compound && adj) return compound.start < adj.start ? compound : adj;
  return compound ?? adj;
}

/**
 * Every stated contract length, in text order ("Microsoft's $9.7 billion deal with IREN and OpenAI's seven-year,
 * $38 billion deal with AWS" holds one, which a caller gives the amount it stands beside).
 */
export function parseTermsYears(text: string): TermLength[] {
  const input = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  const out = [...numberedTerms(input)];
  const adj = adjectiveTerm(input);
  if (adj) out.push(adj);
  const compound = germanCompoundTerm(input);
  // "5-jährigen" is read by both scans: keep it once.
  if (compound && !out.some((t) => t.start < compound.end && compound.start < t.end)) out.push(compound);
  return out.sort((x, y) => x.start - y.start);
}

function* numberedTerms(input: string): Generator<TermLength> {
  for (const m of anchoredMatches(input, TERM_SCAN.sticky, TERM_SCAN.anchors, TERM_SCAN.reach)) {
    const raw = m[1]!.toLowerCase();
    const years = /^\d/.test(raw) ? Number(raw) : NUMBER_WORDS.get(raw);
    if (years === undefined || years < 1 || years > 40) continue;
    const before = input.slice(Math.max(0, m.index - 16), m.index);
    const after = input.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (PAST_BEFORE.test(before) || AGO_AFTER.test(after)) continue;
    // "an" alone is only French for year after a number: "5 an" is rare; accept only "1 an"/"un an".
    if (m[2] === 'an' && years !== 1) continue;
    yield { years, text: m[0], start: m.index, end: m.index + m[0].length };
  }
}

function adjectiveTerm(input: string): TermLength | null {
  const adj = TERM_ADJECTIVE_RE.exec(input);
  if (adj) {
    const years = ADJECTIVE_YEARS[adj[1]!.toLowerCase()];
    if (years) return { years, text: adj[0], start: adj.index, end: adj.index + adj[0].length };
  }
  return null;
}
