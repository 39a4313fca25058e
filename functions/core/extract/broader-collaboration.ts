// The companies of a broader relationship a deal belongs to: "L'accord fait partie d'une collaboration plus large
// entre Hut 8 et Anthropic, qui pourrait atteindre 2,3 GW", "part of a broader partnership between Hut 8 and
// Anthropic", "Teil einer umfassenderen Partnerschaft zwischen Hut 8 und Anthropic", "parte de una colaboración más
// amplia entre", "parte di una collaborazione più ampia tra", "parte de uma parceria mais ampla entre". The
// relationship is a frame (often with the end user of a lease signed by someone else); the contract is the deal
// told beside it, never one between the two companies the frame names.
import { lazy } from '../lazy';
import type { Party } from './parties';
import { textBefore } from './text-window';

/** A literal check first: most sentences name no broader relationship. */
const BROADER_WORD_RE =
  /broader|wider|plus (?:large|vaste|globale?)|umfassender|breiter|weiter gefasst|m[áa]s ampli|pi[ùu] ampi|mais ampl/i;

/** The relationship's noun with its "broader" and the word joining the companies, right before the first name. */
const BROADER_LEAD_RE = lazy(
  () =>
    /(?:\b(?:broader|wider)\s(?:[\p{L}-]+\s)?(?:partnership|collaboration|relationship|alliance|cooperation|framework)\s(?:between|with)|\b(?:partenariat|collaboration|alliance|relation|coop[ée]ration)\s(?:[\p{L}-]+\s)?plus\s(?:large|vaste|globale?)\s(?:entre|avec)|\b(?:umfassender|breiter|weiter gefasst)\w*\s(?:[\p{L}-]+\s)?(?:Partnerschaft|Zusammenarbeit|Kooperation|Allianz)\s(?:zwischen|mit)|\b(?:asociaci[óo]n|colaboraci[óo]n|alianza|relaci[óo]n|cooperaci[óo]n)\s(?:[\p{L}-]+\s)?m[áa]s\sampli[oa]\s(?:entre|con)|\b(?:partnership|collaborazione|alleanza|rapporto|cooperazione)\s(?:[\p{L}-]+\s)?pi[ùu]\sampi[oa]\s(?:tra|fra|con)|\b(?:parceria|colabora[çc][ãa]o|alian[çc]a|rela[çc][ãa]o|coopera[çc][ãa]o)\s(?:[\p{L}-]+\s)?mais\sampl[oa]\s(?:entre|com))\s(?:(?:the|le|la|l['’]|die|der|dem|el|il|lo|a|o)\s?)?$/iu,
);

/** What joins the two names of the frame: "and" in the six languages (an article may follow). */
const JOIN_RE = /^\s?(?:,\s?)?\s(?:and|und|et|y|e)\s(?:(?:the|le|la|l['’]|die|der|el|il|a|o)\s?)?$/i;

/** Does the text right before a name open a broader relationship's frame? */
const opensFrame = (before: string): boolean =>
  BROADER_WORD_RE.test(before) && BROADER_LEAD_RE().test(before);

/** The parties named as the two sides of a broader relationship (the first name, and one joined to it by "and"). */
export function broaderCollaborationParties(text: string, parties: readonly Party[]): Set<Party> {
  const named = parties.filter((p) => !p.pronoun && p.end > p.start).sort((a, b) => a.start - b.start);
  const at = named.findIndex((p) => opensFrame(textBefore(text, p.start, 90)));
  const first = named[at];
  if (!first) return new Set();
  // "between Hut 8, the AI model developer Anthropic, and Fluidstack": a list the last "and" closes, each name
  // perhaps with its trade; without the closing "and" only the first name opens the frame.
  const members = [first];
  for (let k = at + 1; k < named.length; k++) {
    const gap = text.slice(named[k - 1]!.end, named[k]!.start);
    if (JOIN_RE.test(gap)) return new Set([...members, named[k]!]);
    if (!LIST_GAP_RE.test(gap)) break;
    members.push(named[k]!);
  }
  return new Set([first]);
}

/** A comma between two names of a list, the next perhaps with its trade ("Hut 8, el desarrollador de modelos de IA, Anthropic"). */
const LIST_GAP_RE =
  /^,\s(?:(?:the|le|la|l['’]|die|der|das|el|il|lo|a|o)\s?)?(?:[\p{L}-]+\s){0,5}?(?:[\p{L}-]+,\s)?$/u;
