// A wire's instrument code after a company's name: Reuters copy, machine-translated into French or German as often
// as not, writes "un accord de 17 milliards de dollars avec Microsoft MSFT.O et un accord de 3 milliards avec Meta
// META.O", "IREN IREN.O a déclaré", "mit Dell DELL.N". The code restates the name before it; left in, it stands
// between a list element's company and the "et"/"und" that joins the next element, and that element borrows the
// first element's company as its pair. Dropped before anything else reads the text, with a page's footnote markers.

/**
 * A code after a word: two to six capitals or digits, the dot, the exchange's suffix ("MSFT.O", "DELL.N",
 * "AIR.PA", "SAP.DE", "0700.HK"), then a space, a punctuation mark or the end. Two characters at least before the
 * dot, so "U.S." and initials stay. Without the "u" flag or a look-behind, V8 scans a long filing for the space
 * and the capital quickly (with them, 4.6 MB took 0.4 s); what stands before the space is checked per match.
 */
const SYMBOL = '(?:[A-Z][A-Z\\d]{1,5}|\\d{4})';
const SUFFIX = '\\.(?:O|N|OQ|PA|DE|L|TO|AS|MI|MC|SW|HK|T|AX|F|BR|VI|ST|CO|HE|OL|LS|KS)(?=[\\s,.;:)]|$)';
const WIRE_TICKER_RE = new RegExp(` ${SYMBOL}${SUFFIX}`, 'g');

/**
 * A page that sets each code apart as a link block puts it on a line of its own, the sentence going on after it
 * ("… filiale d'Alphabet\n\nGOOGL.O , pour lui fournir …"): dropped with its line break, so the sentence stays one,
 * only when what follows goes on with the sentence (a comma, or a word in lower case). Read apart from the codes
 * after a space: one pattern for both would lose V8's quick scan for the space (a 4 MB filing read 8x slower).
 */
/** The exchange's suffix alone, found fast (a period, then a capital); the symbol before it is checked in code. */
const SUFFIX_RE = new RegExp(SUFFIX, 'g');
const SYMBOL_RE = new RegExp(`^${SYMBOL}$`);
const GOES_ON_RE = /^ ?[,;]|^ \p{Ll}/u;
/** The blank line or two before a code on a line of its own, at most. */
const LINE_GAP = 8;

const LETTER_RE = /\p{L}/u;
const AFTER_NAME_RE = /[\p{L}\d.)]/u;

/** The code follows a name: a letter before its space, or a letter then a digit, a dot or a bracket. */
function followsName(text: string, space: number): boolean {
  const last = text[space - 1];
  if (last === undefined) return false;
  if (LETTER_RE.test(last)) return true;
  const before = text[space - 2];
  return AFTER_NAME_RE.test(last) && before !== undefined && LETTER_RE.test(before);
}

/** Where a code was dropped: its offset in the text without codes, and how many characters went. */
export interface Dropped {
  at: number;
  length: number;
}

/**
 * A web page's footnote markers ("… for GPU capacity.[1] Nebius shares rose.[2]", "capacity[3]."): one after a
 * sentence's full stop glues it to the next sentence, and two deals' sentences read as one. Dropped like the codes,
 * only right after a word or a mark (a bracketed number after a space is the text's own).
 */
const FOOTNOTE_RE = /\[\d{1,3}\]/g;
const BEFORE_FOOTNOTE_RE = /[^\s[]/;

/** The text without its wire codes and footnote markers, and where they were (empty when there were none). */
export function withoutCodes(text: string): { text: string; dropped: Dropped[] } {
  const cuts: [number, number][] = [];
  if (text.includes('['))
    for (const m of text.matchAll(FOOTNOTE_RE))
      if (m.index > 0 && BEFORE_FOOTNOTE_RE.test(text[m.index - 1]!))
        cuts.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(WIRE_TICKER_RE))
    if (followsName(text, m.index)) cuts.push([m.index, m.index + m[0].length]);
  if (text.includes('\n'))
    for (const m of text.matchAll(SUFFIX_RE)) {
      const end = m.index + m[0].length;
      let symbol = m.index;
      while (symbol > 0 && m.index - symbol < 6 && /[A-Z\d]/.test(text[symbol - 1]!)) symbol--;
      let line = symbol;
      while (line > 0 && (text[line - 1] === ' ' || text[line - 1] === '\t')) line--;
      if (text[line - 1] !== '\n' || !SYMBOL_RE.test(text.slice(symbol, m.index))) continue;
      let start = line;
      while (start > 0 && line - start < LINE_GAP && /\s/.test(text[start - 1]!)) start--;
      if (followsName(text, start) && GOES_ON_RE.test(text.slice(end, end + 3))) cuts.push([start, end]);
    }
  if (cuts.length === 0) return { text, dropped: [] };
  cuts.sort((x, y) => x[0] - y[0]);
  const dropped: Dropped[] = [];
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    out += text.slice(at, start);
    dropped.push({ at: out.length, length: end - start });
    at = end;
  }
  return { text: out + text.slice(at), dropped };
}

/** The offset in the original text of the character at `pos` in the text without codes. */
function originalOffset(dropped: readonly Dropped[], pos: number): number {
  let shift = 0;
  for (const d of dropped) {
    if (d.at > pos) break;
    shift += d.length;
  }
  return pos + shift;
}

/**
 * Mentions read on the text without codes, told back in the original's offsets (a mention's evidence is the
 * original's words between them, codes included), as every other step keeps them. A title's mention (its evidence
 * is not the body's) is left as it is.
 */
export function inOriginalOffsets<M extends { evidence: string; evidenceStart: number; evidenceEnd: number }>(
  mentions: M[],
  original: string,
  stripped: string,
  dropped: readonly Dropped[],
): M[] {
  if (dropped.length === 0) return mentions;
  for (const m of mentions) {
    if (m.evidenceEnd <= m.evidenceStart) continue;
    if (stripped.slice(m.evidenceStart, m.evidenceEnd) !== m.evidence) continue;
    const start = originalOffset(dropped, m.evidenceStart);
    const end = originalOffset(dropped, m.evidenceEnd - 1) + 1;
    m.evidenceStart = start;
    m.evidenceEnd = end;
    m.evidence = original.slice(start, end);
  }
  return mentions;
}
