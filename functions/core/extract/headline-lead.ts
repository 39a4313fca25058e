// Amounts told only in a headline: "Milliardenauftrag: 4 Mrd. Dollar für Rechenleistung", then the dek "Der
// KI-Entwickler Anthropic mietet GPU-Kapazität beim Anbieter Crusoe." Pages often put the figure in the headline and
// the parties in the line below; the headline's amount is the deal the dek names when the headline names no company
// and the dek states no amount of its own.
import type { CompanyEntry } from '../companies';
import { negativeCue } from './cues';
import { type Party, partiesIn } from './parties';
import { type Span, sentenceAt } from './sentences';

/** A headline: the document's first line, short, with no sentence end of its own. */
const HEADLINE_MAX = 160;

export function headlineLead(
  text: string,
  headline: Span,
  registrant: CompanyEntry | null,
): { parties: Party[]; dek: Span } | null {
  if (registrant || headline.end - headline.start > HEADLINE_MAX) return null;
  if (text.slice(0, headline.start).trim() !== '') return null;
  // The headline ends at a line break, not at a period (a first prose sentence is no headline).
  const gap = /^[ \t]*\n\s*/.exec(text.slice(headline.end, headline.end + 16));
  if (!gap || /[.!?]\s*$/.test(text.slice(headline.start, headline.end))) return null;
  const at = headline.end + gap[0].length;
  if (at >= text.length) return null;
  const dek = sentenceAt(text, at);
  // "$40 billion deal" over "A consortium with Nvidia and Microsoft buys Aligned": the dek says what the amount is.
  if (negativeCue(text.slice(dek.start, dek.end))) return null;
  return { parties: partiesIn(text, dek, null).filter((p) => !p.downstream && !p.weak), dek };
}
