// Who a sentence's guarantee words name as the guarantor (issue 8, multi-party leases): "Cipher signed a $5.5 billion
// lease with Amazon Web Services, also backed by a Google guarantee" tells AWS's lease and Google's guarantee; the
// lease keeps its kind. The guarantor is the company the word's "by" names ("backed by Google", "garanti par Google",
// "por una garantía de Google", "garantito da Google"), else the company named right before the word ("a Google
// guarantee", "Google will backstop"); else nobody (the kind is left as its words say).
import { findCompanyMentions } from '../companies';
import { NO_GUARANTEES_RE } from './cues';
import type { Span } from './sentences';

const GUARANTEE_WORD = 'backstop|guarant|garant|respald|b[üu]rg';
const GUARANTEE_WORD_RE = new RegExp(GUARANTEE_WORD, 'gi');
/** Does the text hold a guarantee's word? */
export const tellsGuarantee = (text: string): boolean => new RegExp(GUARANTEE_WORD, 'i').test(text);
/**
 * After the word, within a few words: its agent ("by Google", "par Google", "von Google", "pelo Google", "respaldado
 * por una garantía de Google"); never past an amount, nor "of" alone ("its backstop of Fluidstack's obligations"
 * names what is backed).
 */
const AGENT_AFTER_RE =
  /^\S*(?:\s[^\s\d$€£]+){0,3}?\s(?:by|from|par|von|por|pel[oa]|da|dal)\s(?:(?:an?|une?|una|um|uma|einer?)\s(?:guarantee|garantie|garant[íi]a|garanzia|B[üu]rgschaft)\s(?:of|from|de|d['’]|di|da|von)\s?)?(?:the\s|la\s|le\s|l['’]|der\s|el\s|il\s|o\s|a\s)?$/i;
/**
 * The noun's own complement: "la garantie de Google", "la garantía de Google", "la garanzia di Google", "a garantia
 * do Google", "eine Bürgschaft von Google". Not English "of" ("its backstop of Fluidstack's obligations" names what is
 * backed), nor a name with a possessive after it (what it owns is what is backed).
 */
const COMPLEMENT_AFTER_RE =
  /^(?:ie|ía|ia|a|schaft)?\s(?:de|d['’]|du|del|della|di|do|da|von)\s?(?:la\s|le\s|l['’]|el\s|o\s|a\s)?$/i;
/** A guarantee denied ("without any guarantee from Google", "sans garantie de"): cues.ts's words, not global. */
const DENIED_RE = new RegExp(NO_GUARANTEES_RE.source, 'i');
/** How far after a guarantee word its agent is looked for. */
const AGENT_REACH = 40;
/** Between a guarantor named before the word and the word: two words at most, no punctuation. */
const ADJACENT_RE = /^(?:['’]s)?\s(?:[^\s,;:.()]+\s){0,2}$/;

/** The id of the company the sentence's first guarantee word names as guarantor, or null. */
export function guarantorNamed(text: string, span: Span): string | null {
  const sentence = text.slice(span.start, span.end);
  GUARANTEE_WORD_RE.lastIndex = 0;
  const word = GUARANTEE_WORD_RE.exec(sentence);
  if (!word) return null;
  const at = span.start + word.index;
  if (DENIED_RE.test(text.slice(Math.max(span.start, at - 24), at + 16))) return null;
  const named = findCompanyMentions(text, span.start, span.end);
  const agent = named.find(
    (m) =>
      m.start > at &&
      m.start - at <= AGENT_REACH &&
      (AGENT_AFTER_RE.test(text.slice(at, m.start)) ||
        (COMPLEMENT_AFTER_RE.test(text.slice(at + word[0].length, m.start)) &&
          !/^['’]s?\s/.test(text.slice(m.end, m.end + 3)))),
  );
  if (agent) return agent.company.id;
  // Right before the word, in its own phrase: "a Google guarantee", "Google will backstop", "Google's backstop".
  const before = named.filter((m) => m.end <= at).at(-1);
  return before && ADJACENT_RE.test(text.slice(before.end, at)) ? before.company.id : null;
}
