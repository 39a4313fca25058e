// A deal told in a relative clause of a sentence about something else: "Oracle, which signed a $300 billion contract
// with OpenAI, saw its bonds sell off", "Oracle, qui a signé un contrat de 300 milliards de dollars avec OpenAI, a vu
// ses titres de dette se dégrader". The main clause's cue (a bond sale, a credit line) drops the sentence's own
// figures; the clause between the commas tells a signed contract whole, and every amount is in it.
import { negativeCue } from './cues';
import { CONTRAST_AFTER_RE } from './triggers';

/** A comma, then a relative pronoun opening an aside (six languages). */
const RELATIVE_START_RE =
  /,\s(?:which|that|who|qui|que|qu['’]|die|der|das|welche[rs]?|che|il quale|la quale|el cual|la cual|o qual|a qual)\s/giu;
/** The aside tells a signing as done. */
const SIGNED_RE =
  /\b(?:signed|inked|struck|sealed|a sign[ée]|avait sign[ée]|a conclu|firm[óo]|ha firmado|hab[íi]a firmado|ha firmato|aveva firmato|assinou|tinha assinado|unterzeichnet|abgeschlossen|geschlossen)(?![\p{L}])/iu;

/** Where the aside opened at `from` closes: the next comma (not a decimal one) or semicolon, or -1. */
function asideEnd(sentence: string, from: number): number {
  for (let i = from; i < sentence.length; i++) {
    const c = sentence[i]!;
    if (c === ';') return i;
    if (c === ',' && !(/\d/.test(sentence[i - 1] ?? '') && /\d/.test(sentence[i + 1] ?? ''))) return i;
  }
  return -1;
}

/**
 * Is the sentence's negative cue outside an aside that tells a signed deal holding every amount (offsets in the
 * sentence)? Then the aside's deal stands.
 */
export function dealInRelativeAside(sentence: string, amounts: readonly number[]): boolean {
  if (amounts.length === 0) return false;
  RELATIVE_START_RE.lastIndex = 0;
  for (const m of sentence.matchAll(RELATIVE_START_RE)) {
    const start = m.index;
    const end = asideEnd(sentence, start + m[0].length);
    if (end < 0) continue;
    const aside = sentence.slice(start, end);
    if (!SIGNED_RE.test(aside) || !amounts.every((a) => a > start && a < end)) continue;
    if (
      negativeCue(aside, '') === null &&
      negativeCue(sentence.slice(0, start) + sentence.slice(end), '') !== null
    )
      return true;
  }
  return false;
}

/** An aside right after a name that tells its signing: ", que el mes pasado firmó un acuerdo de 250.000 millones". */
const SIGNED_ASIDE_AFTER_RE = new RegExp(
  String.raw`^,\s(?:which|that|who|qui|que|qu['’]|die|der|das|che|il quale|la quale|el cual|la cual|o qual|a qual)\s[^,;.]{0,80}?` +
    SIGNED_RE.source,
  'iu',
);

/** Does the name ending at `end` open an aside telling its own signing? Then it is that deal's party. */
export function opensSignedAside(text: string, end: number): boolean {
  return SIGNED_ASIDE_AFTER_RE.test(text.slice(end, end + 140));
}

/** A bracketed aside: "(Microsoft holds a 27% stake in OpenAI)". */
const BRACKETED_RE = /\([^()]{1,200}\)/g;

/**
 * "OpenAI committed to buy $250 billion of Azure services (Microsoft holds a 27% stake in OpenAI)": the negative cue
 * stands only in a bracketed aside that holds none of the amounts (offsets in the sentence); it says something else
 * about the companies, not what the amount is.
 */
export function cueOnlyInBrackets(sentence: string, amounts: readonly number[]): boolean {
  if (amounts.length === 0 || !sentence.includes('(')) return false;
  const blanked = sentence.replace(BRACKETED_RE, (aside: string, at: number) =>
    amounts.some((a) => a > at && a < at + aside.length) ? aside : ' '.repeat(aside.length),
  );
  return blanked !== sentence && negativeCue(blanked, '') === null;
}

/**
 * "Meta signed a $14.2 billion deal with CoreWeave as investors fear a wave of debt": the negative cue stands only in
 * a clause set against the deal ("as investors fear", "while", "enquanto o mercado teme") that holds none of the
 * amounts (offsets in the sentence), up to that clause's comma or the sentence's end.
 */
export function cueOnlyInContrastClause(sentence: string, amounts: readonly number[]): boolean {
  if (amounts.length === 0) return false;
  const m = CONTRAST_AFTER_RE.exec(sentence);
  if (!m) return false;
  const end = asideEnd(sentence, m.index + m[0].length);
  const stop = end < 0 ? sentence.length : end;
  if (amounts.some((a) => a > m.index && a < stop)) return false;
  const blanked = sentence.slice(0, m.index) + ' '.repeat(stop - m.index) + sentence.slice(stop);
  return negativeCue(blanked, '') === null;
}
