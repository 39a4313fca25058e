// A tally written as plain lines, one company and its figure a line, with no bullet or column gap:
// "Nebius: $17.4 billion." / "Nscale: $14 billion." / "IREN: $9.7 billion." ("Nebius : 17,4 milliards",
// "Nebius: 17,4 Mrd. Dollar", "Nebius: 17.400 millones"). Each line is a row of its own: its amount belongs to the
// company that labels it and to the lead's buyer, never to the row above. One line of that shape alone is a
// sentence's opening ("Update: ..."), so a row needs a neighbour of the same shape.

/** A short label (one to four words, capitalised), a colon, then a line holding a figure. */
const LABEL_ROW_RE =
  /^\p{Lu}[\p{L}\p{N}.&'’-]*(?: [\p{L}\p{N}.&'’()-]+){0,3} ?:[ \t\u00a0]+[^\n]{0,160}?\d[^\n]{0,160}$/u;

/** Longer than any row LABEL_ROW_RE accepts: a longer line is cut here and so fails it. */
const MAX_ROW = 400;

/** The line from `from` to its end (without its newline), read no further than MAX_ROW characters. */
function lineFrom(text: string, from: number): string {
  const chunk = text.slice(from, from + MAX_ROW);
  const end = chunk.indexOf('\n');
  return (end < 0 ? chunk : chunk.slice(0, end)).replace(/\r$/, '');
}

/** First visible character of the nearest non-blank line before (step -1) or after (step 1) the line at `at`. */
function neighbourLine(text: string, at: number, step: 1 | -1): number {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  for (let hops = 0; hops < 3; hops++) {
    if (step < 0) {
      if (lineStart === 0) return -1;
      lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    } else {
      const end = text.indexOf('\n', lineStart);
      if (end < 0) return -1;
      lineStart = end + 1;
    }
    let k = lineStart;
    while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < text.length && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) return k;
  }
  return -1;
}

const isRowShape = (text: string, at: number): boolean => at >= 0 && LABEL_ROW_RE.test(lineFrom(text, at));

/** Does the line starting at `k` (its first visible character) open a row of a plain tally? */
export function isLabelRow(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  // A literal check first: an upper-case first letter and a colon within the line's first words.
  if (!(c >= 65 && c <= 90) && !(c >= 0xc0 && c <= 0xde)) return false;
  const colon = text.indexOf(':', k);
  if (colon < 0 || colon - k > 48 || text.lastIndexOf('\n', colon) >= k) return false;
  if (!isRowShape(text, k)) return false;
  if (isRowShape(text, neighbourLine(text, k, -1)) || isRowShape(text, neighbourLine(text, k, 1)))
    return true;
  return isSectionHeading(text, k) && hasOtherSectionHeading(text, k);
}

/**
 * A roundup's sections headed by a company and its figure, each over a paragraph of its own ("Nebius: $17.4 billion"
 * / paragraph / "Nscale: up to $24 billion" / paragraph): a heading is a row too, its amount the labelling company's
 * with the article's buyer, never the paragraph above's. It stands alone between blank lines, short, no sentence.
 */
const MAX_HEADING = 80;
/** How far the other section heading of the same shape is looked for, either way. */
const HEADINGS_REACH = 4_000;

function isSectionHeading(text: string, k: number): boolean {
  const line = lineFrom(text, k);
  if (line.length > MAX_HEADING || /[.;]\s*$/.test(line)) return false;
  const lineStart = text.lastIndexOf('\n', k - 1);
  const lineEnd = k + line.length;
  const blankBefore = lineStart <= 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, lineStart - 8), lineStart));
  const blankAfter =
    lineEnd >= text.length || /^\r?\n[ \t]*(?:\r?\n|$)/.test(text.slice(lineEnd, lineEnd + 8));
  return blankBefore && blankAfter;
}

/** Does the line at `k` (its first visible character) head a section as a row: "Nscale: up to $24 billion"? */
export function isSectionHeadingRow(text: string, k: number): boolean {
  return isRowShape(text, k) && isSectionHeading(text, k);
}

function hasOtherSectionHeading(text: string, k: number): boolean {
  const from = Math.max(0, k - HEADINGS_REACH);
  const to = Math.min(text.length, k + HEADINGS_REACH);
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) {
    const start = at + 1;
    if (start === k || text.charCodeAt(start) === 10) continue;
    const colon = text.indexOf(':', start);
    if (colon < 0 || colon - start > 48 || text.lastIndexOf('\n', colon) >= start) continue;
    if (isRowShape(text, start) && isSectionHeading(text, start)) return true;
  }
  return false;
}
