// A wire's instrument code after a company's name: Reuters copy, machine-translated into French or German as often
// as not, writes "un accord de 17 milliards de dollars avec Microsoft MSFT.O et un accord de 3 milliards avec Meta
// META.O", "IREN IREN.O a déclaré", "mit Dell DELL.N". The code restates the name before it; left in, it stands
// between a list element's company and the "et"/"und" that joins the next element, and that element borrows the
// first element's company as its pair. Dropped before anything else reads the text.

/**
 * A code after a word: two to six capitals or digits, the dot, the exchange's suffix ("MSFT.O", "DELL.N",
 * "AIR.PA", "SAP.DE", "0700.HK"), then a space, a punctuation mark or the end. Two characters at least before the
 * dot, so "U.S." and initials stay. Without the "u" flag or a look-behind, V8 scans a long filing for the space
 * and the capital quickly (with them, 4.6 MB took 0.4 s); what stands before the space is checked per match.
 */
const WIRE_TICKER_RE =
  /(?: |\n[ \t]*\n?[ \t]*)(?:[A-Z][A-Z\d]{1,5}|\d{4})\.(?:O|N|OQ|PA|DE|L|TO|AS|MI|MC|SW|HK|T|AX|F|BR|VI|ST|CO|HE|OL|LS|KS)(?=[\s,.;:)]|$)/g;

/**
 * A page that sets each code apart as a link block puts it on a line of its own, the sentence going on after it
 * ("… filiale d'Alphabet\n\nGOOGL.O , pour lui fournir …"): dropped with its line break, so the sentence stays one,
 * only when what follows goes on with the sentence (a comma, or a word in lower case).
 */
const GOES_ON_RE = /^ ?[,;]|^ \p{Ll}/u;

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

/** The text without its wire codes, and where they were (empty when there were none). */
export function withoutWireTickers(text: string): { text: string; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  let gone = 0;
  const out = text.replace(WIRE_TICKER_RE, (code: string, offset: number) => {
    if (!followsName(text, offset)) return code;
    if (code.includes('\n') && !GOES_ON_RE.test(text.slice(offset + code.length, offset + code.length + 3)))
      return code;
    dropped.push({ at: offset - gone, length: code.length });
    gone += code.length;
    return '';
  });
  return { text: out, dropped };
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
