// A deal its parties announced, whose amount alone a source gives (issue 8, status): "OpenAI s'est engagé à acheter
// 750 MW à Cerebras, ont annoncé les deux entreprises. Le montant dépasse 10 milliards, a indiqué une source proche
// du dossier." The contract is signed (the companies said so); only the figure is hearsay, and a figure's source
// does not turn the deal back into a report. Read only when the amount's sentence borrowed its parties from the
// sentences before it (the evidence reaches back), and those sentences are the companies' own announcement.

import type { MentionStatus } from '../types';
import { statusOf } from './cues';
import { citesMedia } from './own-statement';
import type { Span } from './sentences';

/** A literal check first: most evidence has no announcement word. */
const ANNOUNCE_WORD_RE =
  /announc|annon|communiqu|statement|mitteil|teilte|bekannt|anunci|annunci|comunica|said|d[ée]clar|indiqu|erkl[äa]rt|dijeron|informaron|afirm|dichiar|disseram/i;

/** The companies' own announcement, in six languages. */
export const ANNOUNCED_RE =
  /\b(?:(?:the (?:two )?companies|both companies|\w+ and \w+) (?:announced|said)|announced (?:on )?\w+day|in a (?:joint )?(?:statement|press release)|(?:a|ont) annonc[ée]|dans un communiqu[ée]|teilten? (?:\S+ ){0,4}mit|gaben? (?:\S+ ){0,4}bekannt|anunciaron|anunci[óo]|en un comunicado|(?:ha|hanno) annunciato|in una nota|anunciaram|anunciou|em comunicado|ont (?:d[ée]clar[ée]|indiqu[ée]) les deux (?:entreprises|soci[ée]t[ée]s|groupes)|erkl[äa]rten die beiden (?:Unternehmen|Konzerne|Firmen)|(?:dijeron|informaron|afirmaron) (?:las|ambas) (?:dos )?(?:empresas|compa[ñn][íi]as)|hanno (?:dichiarato|affermato) (?:le due|entrambe le) (?:societ[àa]|aziende)|(?:disseram|afirmaram) (?:as|ambas as) (?:duas )?(?:empresas|companhias))(?![\p{L}])/iu;

/**
 * The status of an amount whose evidence starts before its own sentence (`span`): when the whole reads as reported
 * only because the amount's sentence credits a source, and the sentences before it are the parties' own
 * announcement of a done deal, their status. A newspaper credited with the figure keeps it reported (the house
 * convention: "selon le Financial Times, le contrat pourrait valoir" is the paper's figure).
 */
export function announcedDealStatus(
  text: string,
  evidence: Span,
  span: Span,
  status: MentionStatus,
): MentionStatus {
  if (status !== 'reported' || evidence.start >= span.start) return status;
  // A newspaper named for the figure ("selon le Financial Times") makes the figure the paper's: reported.
  if (citesMedia(text.slice(span.start, span.end))) return status;
  const told = text.slice(evidence.start, span.start);
  if (!ANNOUNCE_WORD_RE.test(told) || !ANNOUNCED_RE.test(told)) return status;
  const own = statusOf(told);
  return own === 'signed' || own === 'expanded' ? own : status;
}
