// A market-wide rush of money told as the frame of a deal: "La frénésie d'investissements dans l'IA ne faiblit pas :
// OpenAI s'allie cette fois à AWS", "The AI investment frenzy goes on: …", "Der KI-Investitionsrausch hält an: …",
// "la fiebre inversora", "la corsa agli investimenti", "a corrida de investimentos". The investment word there
// names a mood of the market, not money put into a company; read as an investment cue it dropped the contract's
// value told next (or the whole sentence, which then lent no pair to the amount after it). The word is masked,
// keeping every offset, before anything reads the text; the evidence is read back from the unmasked text.
import { textBefore } from './text-window';

/** The investment words whose boom phrase is looked for around them (one cheap scan: they share "inve"). */
const INVESTMENT_WORD_RE = /inve(?:st|rs)[\p{L}]*/giu;

/** A boom noun right after the investment word: "investment frenzy", "Investitions-Boom". */
const BOOM_AFTER_RE =
  /^(?:s?\s(?:boom|frenzy|spree|craze|mania|bonanza|wave|rush|fever|binge|splurge|supercycle|euphoria)\b|-(?:rausch|boom|welle|fieber|euphorie|hype|flut)\b)/iu;

/** A German compound that ends on the boom noun: "Investitionsrausch", "KI-Investitionsboom". */
const BOOM_COMPOUND_RE = /^investitions(?:rausch|boom|welle|fieber|euphorie|hype|flut)$/iu;

/** A boom noun right before it: "frénésie d'investissements", "boom in AI investment", "fiebre inversora". */
const BOOM_BEFORE_RE =
  /(?:\b(?:boom|frenzy|spree|wave|rush|flood|surge|deluge|flurry)\s(?:of|in)\s(?:(?:the\s)?(?:AI|tech|data[- ]cent(?:er|re))\s)?|\b(?:fr[ée]n[ée]sie|fi[èe]vre|vague|course|ru[ée]e|folie|boom|d[ée]ferlante|emballement|flamb[ée]e)\s(?:d['’]|des\s|aux\s)|\b(?:fiebre|frenes[íi]|ola|oleada|carrera|boom|euforia|avalancha)\s(?:de\s(?:las\s)?|a\s(?:las\s)?)?|\b(?:corsa|frenesia|febbre|ondata|boom|euforia|pioggia)\s(?:agli\s|degli\s|di\s|d['’])|\b(?:corrida|frenesi|febre|onda|boom|euforia|enxurrada)\s(?:de\s|dos\s|aos\s|por\s)|\b(?:Rausch|Boom|Welle|Fieber)\s(?:der|an|von)\s(?:KI-)?)$/iu;

/** How far before the word a boom noun is looked for. */
const BEFORE_REACH = 40;

/** The text with each investment word of a boom phrase masked (same length), or the text itself when none. */
export function withoutInvestmentBoom(text: string): string {
  let out: string | null = null;
  for (const m of text.matchAll(INVESTMENT_WORD_RE)) {
    const at = m.index;
    const end = at + m[0].length;
    const before = textBefore(text, at, BEFORE_REACH);
    if (
      !BOOM_COMPOUND_RE.test(m[0]) &&
      !BOOM_BEFORE_RE.test(before) &&
      !BOOM_AFTER_RE.test(text.slice(end, end + 16))
    )
      continue;
    out = (out ?? text).slice(0, at) + 'x'.repeat(m[0].length) + (out ?? text).slice(end);
  }
  return out ?? text;
}
