// A press release's deck: the headline and the subheads under it, each on its own line, in Title Case and without a
// final period ("Transaction Secures ~$830 Million in Contracted Revenue Over Initial 10-Year Term" / "Google
// Expands Backstop of Fluidstack's Obligations by Additional $333 Million"). Each line tells its own fact: read as
// one run-on sentence, one line's amount binds to another line's companies (the partnership's total revenue taken
// for the guarantee's value). A prose line wrapped mid-sentence has lower-case words and ends no such way.

/** Words of four letters or more read on the line, at most. */
const MAX_WORDS = 30;
/** Share of the line's long words that start with a capital, at least. */
const TITLE_SHARE = 0.7;
/** Long words on the line, at least: a short line already ends its block. */
const MIN_LONG_WORDS = 4;

/** Lower-case function words of German, French, Spanish, Italian and Portuguese prose. */
const PROSE_FUNCTION_WORD_RE =
  /\s(?:der|die|das|und|mit|für|den|dem|des|eine?n?|les|une|pour|avec|dans|sur|del|los|las|para|con|una|della|degli|delle|nella|sono|dos|com|uma|pelo|pela)\s/;

/** How far back a deck line's start is looked for: a longer line is prose. */
const MAX_LINE = 200;

/** Is the line that ends at `end` (a newline) a Title Case deck line without a final period, comma or colon? */
export function isTitleCaseLine(text: string, end: number): boolean {
  let lineStart = end - 1;
  while (lineStart >= 0 && end - lineStart <= MAX_LINE && text.charCodeAt(lineStart) !== 10) lineStart--;
  if (end - lineStart > MAX_LINE) return false;
  lineStart++;
  let k = end - 1;
  while (k > lineStart && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 13)) k--;
  if (/[.,;:!?"”)]/.test(text[k] ?? '.')) return false;
  const line = text.slice(lineStart, k + 1);
  // German capitalises every noun: a wrapped German (or Romance) prose line reads as Title Case by its capitals, but
  // keeps its lower-case articles and prepositions, which an English deck line does not hold.
  if (PROSE_FUNCTION_WORD_RE.test(line)) return false;
  let long = 0;
  let capital = 0;
  for (const word of line.split(/\s+/, MAX_WORDS)) {
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (letters.length < 4) continue;
    long++;
    if (/^\p{Lu}/u.test(letters)) capital++;
  }
  return long >= MIN_LONG_WORDS && capital >= long * TITLE_SHARE;
}
