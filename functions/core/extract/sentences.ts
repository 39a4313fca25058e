// Sentence bounds around a position, found by scanning outward a bounded distance (no full split of the
// document: the extractor only looks at the few places the prefilter points to).

import { findCompanyMentions } from '../companies';
import { opensTimedItem } from './item-scopes';
import { isLabelRow } from './label-rows';
import { isTitleCaseLine } from './title-case-line';

/** A sentence longer than this is cut: tables rendered as text can run on without punctuation. */
const MAX_SIDE = 700;

/** Company suffixes: after one, a name that opens a clause with its verb starts a new sentence. */
const COMPANY_SUFFIXES = new Set(['inc', 'corp', 'ltd', 'llc', 'plc']);
/**
 * "… nella società Cipher Mining Inc. Cipher ha annunciato che Google …": after a company's suffix, a capitalised name
 * and a verb open a sentence of their own (a stake told before it is no part of the guarantee told after).
 */
const NAME_THEN_VERB_AFTER_RE =
  /^\s{1,3}\p{Lu}[\p{L}\d&-]*(?:\s\p{Lu}[\p{L}\d&-]*){0,2}\s(?:said|says|announced|added|has|had|is|was|will|a|ha|hat|hatte|ist|war|wird|dijo|anunció|afirmó|ha|è|disse|anunciou|afirmou|est|sera)\s/u;
function suffixEndsSentence(text: string, at: number, word: string): boolean {
  return COMPANY_SUFFIXES.has(word) && NAME_THEN_VERB_AFTER_RE.test(text.slice(at + 1, at + 60));
}

const ABBREVIATIONS = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'plc',
  'no',
  'nos',
  'dec',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'approx',
  'mr',
  'ms',
  'mrs',
  'dr',
  'st',
  'vs',
  'etc',
  'mrd',
  'md',
  'mds',
  'mio',
  'mln',
  'bn',
  'ca',
  'av',
  'env',
  'resp',
  'fig',
  'sec',
  'p',
  'pp',
  'jr',
  'sr',
  'cf',
  'al',
  'bzw',
  'nr',
  'ex',
  // "EE. UU." (Spanish for the United States), "aprox.", "ecc.", "inkl.": no sentence ends on them.
  'ee',
  'uu',
  'aprox',
  'ecc',
  'inkl',
]);

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export interface Span {
  start: number;
  end: number;
}

/** A German month right after a day's ordinal dot ("22. September", "1. März", "3. Jan."). */
const GERMAN_MONTH_AFTER_RE =
  /^\s(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\b/;

/** Scale abbreviations written after a figure ("$5.8bn.", "9,7 Mrd.", "1,5 Md."). */
const SCALE_ABBREVIATIONS = new Set(['bn', 'mrd', 'md', 'mds', 'mio', 'mln']);
/** After a scale's period: the currency it scales ("Mrd. USD", "Mio. Euro", "Md. de dollars"), no new sentence. */
const CURRENCY_AFTER_SCALE_RE =
  /^\s{0,2}(?:usd|eur|gbp|chf|us-?dollar|dollars?|euros?|\$|€|£|de\s|d['’]|di\s|d[óo]lares|dollari|pfund|franken)/i;

/** "$9,7 Mrd. IREN-Deal", "9,7 Mrd. Vereinbarung": a German noun of contract the figure sizes, no new sentence. */
const CONTRACT_AFTER_SCALE_RE =
  /^\s{1,3}[\p{L}\d-]{0,24}(?:Deal|Vertrag|Vereinbarung|Abkommen|Auftrag|Kontrakt|Zusage|Partnerschaft)(?![\p{L}])/u;

/**
 * "… from Dell for $5.8bn. These five businesses will invest …": a scale abbreviation glued to a figure, then a
 * capitalised word that is no currency, ends the sentence (else the next sentence's words would be read as this
 * amount's: its investment, its sum).
 */
function scaleEndsSentence(text: string, wordStart: number, dot: number, word: string): boolean {
  if (!SCALE_ABBREVIATIONS.has(word)) return false;
  let d = wordStart;
  if (d > 0 && text.charCodeAt(d - 1) === 32) d--;
  if (!(d > 0 && isDigit(text.charCodeAt(d - 1)))) return false;
  const after = text.slice(dot + 1, dot + 14);
  return (
    !CURRENCY_AFTER_SCALE_RE.test(after) &&
    /^\s{1,3}\p{Lu}/u.test(after) &&
    !CONTRACT_AFTER_SCALE_RE.test(text.slice(dot + 1, dot + 40))
  );
}

/**
 * Where the sentence of `s` holding `at` starts: past the last ". " before it that ends a sentence (a scale's period,
 * "22,4 Mrd. Dollar", ends none), else 0.
 */
export function sentenceStartIn(s: string, at: number): number {
  let dot = s.lastIndexOf('. ', at - 1);
  while (dot >= 0 && !endsSentence(s, dot)) dot = s.lastIndexOf('. ', dot - 1);
  return dot + 1;
}

/** Is the text a table's row, its cells set apart by pipes or by a column's gap ("Sept. 2025 | OpenAI | … | $6.5bn")? */
export const isTableRowText = (s: string): boolean => / \| |\S {3,}\S|\t/.test(s);

/** Is the period / ! / ? at `i` the end of a sentence? */
export function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (
    i + 1 < text.length &&
    !(
      next === 32 ||
      next === 10 ||
      next === 13 ||
      next === 9 ||
      next === 0xa0 ||
      next === 34 ||
      next === 0x201d ||
      next === 41
    )
  )
    return false;
  if (c !== 46) return true;
  // The token before the period: an abbreviation ("Inc.", "Dec.") or an initial ("U.S.", "N.J.") does not end one.
  let k = i;
  while (k > 0 && i - k < 12 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  const word = text.slice(k, i).toLowerCase();
  // A wire's ticker ("avec Microsoft MSFT.O. Le titre …") is no initial: two capitals before its dot.
  const ticker =
    word.length === 1 &&
    text.charCodeAt(k - 1) === 46 &&
    isUpper(text.charCodeAt(k - 2)) &&
    isUpper(text.charCodeAt(k - 3));
  // "… to $22.4B. This follows …": a unit letter after a figure ("B", "M", "K") is no initial.
  const unit = word.length === 1 && isDigit(text.charCodeAt(k - 1));
  if (word.length === 1 && !ticker && !unit && (isUpper(text.charCodeAt(k)) || text.charCodeAt(k - 1) === 46))
    return false;
  if (ABBREVIATIONS.has(word) && !scaleEndsSentence(text, k, i, word) && !suffixEndsSentence(text, i, word)) {
    // "… with Acme Inc. The deal …": an abbreviation followed by a capitalised word still may end one; we
    // prefer the longer sentence (the parties stay together).
    return false;
  }
  // "am 22. September", "bis zum 1. März": a German day's ordinal before its month ends no sentence.
  if (word === '' && isDigit(text.charCodeAt(i - 1)) && GERMAN_MONTH_AFTER_RE.test(text.slice(i + 1, i + 14)))
    return false;
  // Next visible character: lower case or a digit continues the sentence.
  let j = i + 1;
  while (j < text.length && j - i < 4 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0)) j++;
  const n = text.charCodeAt(j);
  if (isLower(n)) return false;
  // A digit continues the sentence, unless it opens a live blog's next time-stamped item ("… dollari. 18:12 Secondo").
  if (n >= 48 && n <= 57) return opensTimedItem(text.slice(j, j + 40));
  return true;
}

/** How far a line is scanned for a table's column gap. */
const ROW_SCAN = 240;

/**
 * Bullet characters that open a list item: • ◦ ▪ ▫ ‣ ⁃ ● ○ ■ □ ► ✓ – — - * ·, and the pipe that opens a row of a table
 * written in text ("| Oracle | $300B | 5 years |").
 */
const BULLETS = new Set([
  0x2022, 0x25e6, 0x25aa, 0x25ab, 0x2023, 0x2043, 0x25cf, 0x25cb, 0x25a0, 0x25a1, 0x25ba, 0x2713, 0x2013,
  0x2014, 45, 42, 0xb7, 124,
]);

/**
 * Does a list item start at `j` (a bullet followed by a space, or "(a) ", "a) ", "1. ", "(iv) ")? Items of a
 * list are read apart: an amount belongs to the parties of its own item, not to its neighbour's.
 */
export function isListMarker(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  const spaceAt = (k: number): boolean => {
    const n = text.charCodeAt(k);
    return n === 32 || n === 0xa0 || n === 9;
  };
  if (BULLETS.has(c)) return spaceAt(j + 1);
  let k = j;
  if (c === 40) k++;
  const first = k;
  while (k < text.length && k - first < 4) {
    const d = text.charCodeAt(k);
    if (!((d >= 48 && d <= 57) || (d >= 97 && d <= 122))) break;
    k++;
  }
  if (k === first) return false;
  // A word is not a marker: one letter, a roman numeral or digits only.
  const token = text.slice(first, k);
  if (!/^(?:\d{1,3}|[a-z]|[ivx]{1,4})$/.test(token)) return false;
  const close = text.charCodeAt(k);
  if (close === 41 || (close === 46 && c !== 40 && /^\d/.test(token))) return spaceAt(k + 1);
  return false;
}

/**
 * Does the line from `from` hold a column gap (three spaces between words, or a pipe between cells): a table row
 * rendered as text?
 */
function hasColumnGap(text: string, from: number, step: 1 | -1): boolean {
  let run = 0;
  let seenWord = false;
  for (let k = from, n = 0; k >= 0 && k < text.length && n < ROW_SCAN; k += step, n++) {
    const c = text.charCodeAt(k);
    if (c === 10) return false;
    if (c === 124 && seenWord) return true;
    if (c === 32 || c === 0xa0 || c === 9) {
      run += c === 9 ? 3 : 1;
      if (run >= 3 && seenWord) {
        // Only a gap with a word on its far side, not the line's trailing spaces.
        let m = k + step;
        while (m >= 0 && m < text.length && (text.charCodeAt(m) === 32 || text.charCodeAt(m) === 9))
          m += step;
        const far = text.charCodeAt(m);
        if (m >= 0 && m < text.length && far !== 10 && far !== 13) return true;
      }
    } else {
      run = 0;
      seenWord = true;
    }
  }
  return false;
}

/** A headline is short: a first line longer than this is prose. */
const HEADLINE_MAX = 200;

/**
 * The text's first line, short, without a final period, comma or colon and ending on a company's name, before a line
 * that opens on a capital: a page's headline over its lead ("Amazon commits $38 billion to procure Nvidia AI chips through partnership with
 * OpenAI" / "Amazon's cloud unit has signed …"), not the lead's first words.
 */
function endsHeadline(text: string, i: number, next: number): boolean {
  if (i > HEADLINE_MAX || text.lastIndexOf('\n', i - 1) >= 0) return false;
  let k = i - 1;
  while (k > 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 13)) k--;
  if (/[.,;:(\-–—]/.test(text[k] ?? '.') || WRAPPED_END_RE.test(text.slice(Math.max(0, k - 12), k + 1)))
    return false;
  if (!/\p{Lu}/u.test(text[next] ?? '')) return false;
  // A headline ends on the company its news is about ("… through partnership with OpenAI"); a line wrapped
  // mid-sentence ends anywhere ("… pour 150 MW sur le campus" / "Polaris Forge, …").
  return findCompanyMentions(text, 0, k + 1).some((m) => m.end === k + 1);
}

/** A line above longer than this is prose, perhaps wrapped, not a heading. */
const HEADING_LINE_MAX = 120;
/** Spaces a heading's line may trail after its last word. */
const HEADING_TRAILING_SPACE = 64;

/**
 * `at` opens its line under a heading: a short line without final punctuation, not wrapped mid-sentence
 * ("Lambda signs Amazon deal" / "Lambda said …"). Words read before a name there belong to the heading, not to the
 * name's own phrase (the heading's last word "deal" is no label of the lead's first company).
 */
export function opensLineUnderHeading(text: string, at: number): boolean {
  // Read back over the line's indent only, and at most a heading's length above it: asked for every name, this
  // must not scan a long line back to its start.
  let nl = at - 1;
  while (nl >= 0 && text[nl] !== '\n' && /\s/.test(text[nl]!)) nl--;
  if (nl < 0 || text[nl] !== '\n') return false;
  const from = Math.max(0, nl - HEADING_LINE_MAX - HEADING_TRAILING_SPACE);
  const window = text.slice(from, nl);
  const prev = window.lastIndexOf('\n');
  if (prev < 0 && from > 0) return false;
  const above = window.slice(prev + 1).trimEnd();
  return (
    above.length > 0 &&
    above.length <= HEADING_LINE_MAX &&
    !/[.,;:!?(\-–—]$/.test(above) &&
    !WRAPPED_END_RE.test(above.slice(-12))
  );
}

/** A line that ends on a function word was wrapped mid-sentence ("… a $9.7 billion contract with" / "IREN …"). */
const WRAPPED_END_RE =
  /(?:^|\s)(?:with|to|of|and|or|the|a|an|for|by|from|in|on|at|as|its|their|de|du|des|la|le|les|l['’]|et|avec|pour|par|à|au|aux|mit|und|von|der|die|das|den|dem|für|bei|an|con|y|el|los|las|del|al|para|di|e|il|lo|gli|della|com|o|os|da|do|na|no|pela|pelo)$/i;

/**
 * A blank line, a newline after a short line (a heading), a newline before a list item, or a newline next to a
 * table row (columns set apart by runs of spaces) ends a block.
 */
function isBlockBreak(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 10) return false;
  let j = i + 1;
  while (
    j < text.length &&
    j - i < 8 &&
    (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 13 || text.charCodeAt(j) === 9)
  )
    j++;
  if (text.charCodeAt(j) === 10) return true;
  let k = i - 1;
  while (k >= 0 && i - k < 70 && text.charCodeAt(k) !== 10) k--;
  if (i - k < 70) return true;
  if (endsHeadline(text, i, j)) return true;
  if (isListMarker(text, j) || isCapsHeadingAt(text, j) || isDatelineAt(text, j)) return true;
  if (isTitleCaseLine(text, i)) return true;
  return hasColumnGap(text, i - 1, -1) || hasColumnGap(text, j, 1);
}

/**
 * A press release's dateline opening a line ("MIAMI, FL, December 17, 2025 –", "PARIS, 17 décembre 2025 –",
 * "MÜNCHEN, 17. Dezember 2025 –", "DALLAS, Aug. 29, 2025 (GLOBE NEWSWIRE)"): the body starts there, so a subhead
 * or a bullet above it that ends without a period (a list of counterparties and tickers) is no part of its first
 * sentence. A city in capitals, a comma, then a year within a few words.
 */
const DATELINE_RE = /^[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{2,30},[^\n]{0,40}?\b(?:19|20)\d\d\b/u;

/**
 * A wire's dateline, which carries no year: the agency in brackets then a dash ("PARIS (Reuters) -", "FRANKFURT
 * (dpa-AFX) -", "Zürich (awp) -", "PARIS, 3 novembre (Reuters) -"), or a city in capitals and a long dash ("NEW YORK
 * —"). A wire page's headline rarely ends with a period: without this, the headline and the lead read as one
 * sentence, and one's amount binds to the other's clauses.
 */
const WIRE_DATELINE_RE =
  /^[A-ZÀ-Þ][\p{L}.'’ -]{1,30}(?:, [^\n()]{1,25})? ?\([A-Za-z][A-Za-z .-]{1,15}\) ?[—–-] |^[A-ZÀ-Þ][A-ZÀ-Þ.'’ ]{2,30} ?[—–] /u;

function isDatelineAt(text: string, j: number): boolean {
  if (!isUpper(text.charCodeAt(j))) return false;
  const head = text.slice(j, j + 80);
  return (isUpper(text.charCodeAt(j + 1)) && DATELINE_RE.test(head)) || WIRE_DATELINE_RE.test(head);
}

/** A short line in capitals after a long one ("SIGNATURE", "EXHIBIT INDEX", "ITEM 9.01"): a filing's heading,
 * which starts a block of its own rather than ending the sentence before it. */
function isCapsHeadingAt(text: string, j: number): boolean {
  let letters = 0;
  for (let e = j; e < text.length && e - j < 40; e++) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13) return letters >= 3;
    if (isLower(c)) return false;
    if (isUpper(c)) letters++;
  }
  return false;
}

/**
 * Start of the list item or table row holding `pos` (its bullet, or the row's first cell), or -1 when `pos` is
 * in neither. Only the current line is looked at: an item or a row is one line of text once HTML is rendered.
 */
export function listItemAt(text: string, pos: number): number {
  let k = pos;
  while (k > 0 && pos - k < MAX_SIDE && text.charCodeAt(k - 1) !== 10) k--;
  while (k < pos && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0))
    k++;
  return isListMarker(text, k) || hasColumnGap(text, k, 1) || isLabelRow(text, k) || afterLoneBullet(text, k)
    ? k
    : -1;
}

/**
 * Does the line starting at `k` follow a line holding only a bullet? Pages rendered from HTML often put each
 * item's bullet on a line of its own ("-" / "Broadcom – US$ 10 bilhões" / "-" / "Oracle – US$ 10 bilhões"): the
 * line after it is the item, read apart from its siblings like one whose bullet shares its line.
 */
function afterLoneBullet(text: string, k: number): boolean {
  let j = k - 1;
  while (
    j >= 0 &&
    j > k - 8 &&
    (text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13 || text.charCodeAt(j) === 32)
  )
    j--;
  if (j < 0 || !BULLETS.has(text.charCodeAt(j))) return false;
  let b = j - 1;
  while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
  return b < 0 || text.charCodeAt(b) === 10;
}

export function sentenceAt(text: string, pos: number): Span {
  let start = pos;
  const minStart = Math.max(0, pos - MAX_SIDE);
  while (start > minStart) {
    const c = text.charCodeAt(start - 1);
    if (c === 10 && isBlockBreak(text, start - 1)) break;
    if ((c === 46 || c === 33 || c === 63) && endsSentence(text, start - 1)) break;
    start--;
  }
  let end = pos;
  const maxEnd = Math.min(text.length, pos + MAX_SIDE);
  while (end < maxEnd) {
    const c = text.charCodeAt(end);
    if (c === 10 && isBlockBreak(text, end)) break;
    if ((c === 46 || c === 33 || c === 63) && endsSentence(text, end)) {
      end++;
      break;
    }
    end++;
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The sentence before the one starting at `start` (null at the start of the text or after a long gap). */
export function previousSentence(text: string, start: number): Span | null {
  let k = start - 1;
  while (k > 0 && start - k < 6 && /\s/.test(text[k]!)) k--;
  if (k <= 0) return null;
  // Two blank lines or more: a new block, but keep going (a heading before a paragraph is still context).
  const s = sentenceAt(text, k);
  return s.end > s.start ? s : null;
}

/** A literal check before GUARANTEED_BY_RE: most sentences guarantee nothing. */
const GUARANTEE_LITERAL_RE = /guarant|garant|backstop|ab(?:zu|ge)?sicher|verb[üu]rg/i;
/**
 * A guarantee told as a participle after the deal it backs, without a comma: "un accord de 3 milliards garanti à
 * hauteur de 1,4 milliard par Google", "a $3 billion lease guaranteed up to $1.4 billion by Google", "garantito
 * fino a 1,4 miliardi da Google", "garantizado hasta 1.400 millones por Google", "garantido em 1,4 mil milhões pela
 * Google", "bis zu 1,4 Milliarden abgesichert durch Google". The participle opens a clause of its own: the
 * guarantor is no party of the amount before it (the lease's), and the guarantee's amount is its own.
 */
const GUARANTEED_BY_RE =
  /\s(?=(?:guaranteed|backstopped|garanti(?:e|s|es)?|garantit[oaie]|garantizad[oa]s?|garantid[oa]s?|abgesichert|verb[üu]rgt)\s(?:(?:(?:US)?[$€£]?\d[\d.,]*|[^\s,;.]+)\s){0,8}?(?:by|par|da|dalla|dal|por|pel[oa]|durch|von)\s)/giu;

/** Clause boundaries inside a sentence: commas, semicolons and dashes not inside a company name. */
export function clauseBreaks(text: string, span: Span, protectedSpans: readonly Span[]): number[] {
  const out: number[] = [];
  const guaranteeAt = guaranteeBreaks(text, span);
  const purchaseAt = coordinatedPurchaseBreaks(text, span);
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    const isBreak =
      c === 59 ||
      (c === 44 && !(text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57)) ||
      ((c === 0x2013 || c === 0x2014) && text.charCodeAt(i - 1) === 32);
    if (!isBreak && !guaranteeAt.has(i) && !purchaseAt.has(i)) continue;
    if (protectedSpans.some((p) => i >= p.start && i < p.end)) continue;
    // "a $5.5 billion, 15-year lease with Amazon Web Services": a comma between two adjectives of one noun.
    if (c === 44 && TERM_ADJECTIVE_AFTER_COMMA_RE.test(text.slice(i, i + 16))) continue;
    out.push(i);
  }
  return out;
}

const TERM_ADJECTIVE_AFTER_COMMA_RE = /^,\s(?:\d+|[a-z]+)-year\b/;

/** Where a guarantee participle opens its own clause (the space before it), when the sentence has one. */
function guaranteeBreaks(text: string, span: Span): ReadonlySet<number> {
  return breaksBefore(text, span, GUARANTEE_LITERAL_RE, GUARANTEED_BY_RE);
}

/**
 * Where `opener` (a global pattern matching the space before a clause's first word) opens a clause in the sentence,
 * when the sentence holds `literal`. After a comma the clause is already open.
 */
function breaksBefore(text: string, span: Span, literal: RegExp, opener: RegExp): ReadonlySet<number> {
  const slice = text.slice(span.start, span.end);
  if (!literal.test(slice)) return EMPTY;
  const at = new Set<number>();
  opener.lastIndex = 0;
  for (let m = opener.exec(slice); m !== null; m = opener.exec(slice)) {
    if (slice[m.index - 1] !== ',') at.add(span.start + m.index);
  }
  return at;
}
const EMPTY: ReadonlySet<number> = new Set();

/**
 * A purchase coordinated after a contract, without a comma: "IREN firma con Microsoft un contrato de 9.700 millones y
 * compra GPU a Dell", "signs a $9.7 billion deal with Microsoft and buys GPUs from Dell". The purchase opens a clause
 * of its own: its seller is no party of the amount before it.
 */
const COORDINATED_PURCHASE_RE =
  /\s(?=(?:y|and|et|und|e)\s(?:(?:also|aussi|además|anche|também|auch)\s)?(?:compra|comprará|compró|comprou|buys|bought|will buy|purchases|purchased|achète|achètera|a acheté|kauft|kaufte|acquista|acquisterà|ha acquistato|adquiere|adquirirá|adquirió|orders|ordered|commande)\s)/giu;
const COORDINATED_PURCHASE_LITERAL_RE =
  /\b(?:compr|buys|bought|will buy|purchas|ach[eè]t|kauf|acquist|adquiri|adquier|order|commande)/i;

function coordinatedPurchaseBreaks(text: string, span: Span): ReadonlySet<number> {
  return breaksBefore(text, span, COORDINATED_PURCHASE_LITERAL_RE, COORDINATED_PURCHASE_RE);
}

/** Rows looked back over to find a table's header. */
const MAX_HEADER_ROWS = 40;

/**
 * The header of the table holding the row at `rowStart` (its first row, and the caption line above it), or null
 * when the line is not a table row. A row's numbers mean what its header says ("Share of revenue", "Revenue").
 */
export function tableHeaderAt(
  text: string,
  rowStart: number,
  cache: Map<number, Span | null> = new Map(),
): Span | null {
  const known = cache.get(rowStart);
  if (known !== undefined) return known;
  if (!hasColumnGap(text, rowStart, 1)) return null;
  let first = rowStart;
  for (let n = 0; n < MAX_HEADER_ROWS && first > 0; n++) {
    const prevEnd = first - 1;
    let k = prevEnd;
    while (k > 0 && prevEnd - k < MAX_SIDE && text.charCodeAt(k - 1) !== 10) k--;
    // Rows are read in order: the row above already knows its table's header.
    const above = cache.get(k);
    if (above !== undefined) {
      cache.set(rowStart, above);
      return above;
    }
    if (k >= prevEnd || !hasColumnGap(text, k, 1)) break;
    first = k;
  }
  // The caption: the nearest non-blank line above the first row.
  let start = first;
  let k = first - 1;
  while (k > 0 && first - k < 8 && /\s/.test(text[k - 1]!)) k--;
  if (k > 0 && k < first - 1) {
    let c = k;
    while (c > 0 && k - c < 200 && text.charCodeAt(c - 1) !== 10) c--;
    start = c;
  }
  let end = first;
  while (end < text.length && end - first < MAX_SIDE && text.charCodeAt(end) !== 10) end++;
  const header = { start, end };
  cache.set(rowStart, header);
  return header;
}

/** The longest line read as a section's heading. */
const HEADING_MAX_CHARS = 60;

/** The longest line read as a subheading between two paragraphs. */
const SUBHEADING_MAX_CHARS = 90;

/**
 * A subheading between two paragraphs: one line without a closing stop, after a paragraph that ended with one and
 * before a line of its own ("… posizione dominante in OpenAI.\nImpegno da 30 miliardi per la capacità di calcolo
 * Azure\nIl cuore dell'accordo …"). It titles the paragraph under it, not the one above.
 */
export function isSubheading(text: string, span: Span): boolean {
  if (!isBareLine(text, span, SUBHEADING_MAX_CHARS)) return false;
  const above = /[.!?]["”»’)]?[ \t\r]*\n[ \t\r]*$/.test(text.slice(Math.max(0, span.start - 8), span.start));
  return above && /^[ \t\r]*\n[ \t\r]*\p{Lu}/u.test(text.slice(span.end, span.end + 12));
}

/**
 * A section's heading: a short line of its own, with no sentence end, set apart from the paragraph below by a
 * blank line ("Nebius", "IREN", "Le contrat Lambda" over their paragraphs in a tally of one buyer's contracts).
 * The sentences above it belong to another section.
 */
export function isSectionHeading(text: string, span: Span): boolean {
  return (
    isBareLine(text, span, HEADING_MAX_CHARS) &&
    /^[ \t\r]*\n[ \t\r]*\n/.test(text.slice(span.end, span.end + 12))
  );
}

/** A heading's shape: one line of at most `max` characters that ends without a stop. */
function isBareLine(text: string, span: Span, max: number): boolean {
  if (span.end - span.start > max || span.end <= span.start) return false;
  if (/[.!?:;,]$/.test(text.slice(span.end - 1, span.end))) return false;
  return !text.slice(span.start, span.end).includes('\n');
}
