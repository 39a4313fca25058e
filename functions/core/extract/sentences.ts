// Sentence bounds around a position, found by scanning outward a bounded distance (no full split of the
// document: the extractor only looks at the few places the prefilter points to).

/** A sentence longer than this is cut: tables rendered as text can run on without punctuation. */
const MAX_SIDE = 700;

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
]);

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export interface Span {
  start: number;
  end: number;
}

/** Is the period / ! / ? at `i` the end of a sentence? */
function endsSentence(text: string, i: number): boolean {
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
  if (word.length === 1 && (isUpper(text.charCodeAt(k)) || text.charCodeAt(k - 1) === 46)) return false;
  if (ABBREVIATIONS.has(word)) {
    // "… with Acme Inc. The deal …": an abbreviation followed by a capitalised word still may end one; we
    // prefer the longer sentence (the parties stay together).
    return false;
  }
  // Next visible character: lower case or a digit continues the sentence.
  let j = i + 1;
  while (j < text.length && j - i < 4 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0)) j++;
  const n = text.charCodeAt(j);
  if (isLower(n) || (n >= 48 && n <= 57)) return false;
  return true;
}

/** A blank line, or a newline after a short line (a heading, a table row), ends a block. */
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
  return i - k < 70;
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

/** Clause boundaries inside a sentence: commas, semicolons and dashes not inside a company name. */
export function clauseBreaks(text: string, span: Span, protectedSpans: readonly Span[]): number[] {
  const out: number[] = [];
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    const isBreak =
      c === 59 ||
      (c === 44 && !(text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57)) ||
      ((c === 0x2013 || c === 0x2014) && text.charCodeAt(i - 1) === 32);
    if (!isBreak) continue;
    if (protectedSpans.some((p) => i >= p.start && i < p.end)) continue;
    out.push(i);
  }
  return out;
}
