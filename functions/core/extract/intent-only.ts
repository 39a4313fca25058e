// A deal the next sentence tells as only an intent (issue 8, letters of intent): "Crusoe and Mistral AI announced a
// partnership for 1 GW of AI capacity. The arrangement, set out in a letter of intent, foresees …", "Die
// Vereinbarung, festgehalten in einer Absichtserklärung, …", "El acuerdo, recogido en una carta de intención, …". A
// letter of intent in the deal's own sentence already drops it (cues.ts); told right after, it does the same.
import { LETTER_OF_INTENT_RE } from './cues';
import { type Span, sentenceAt } from './sentences';

/** The next sentence opens on the deal it points back to. */
const DEAL_ANAPHOR_RE =
  /^\W{0,3}(?:the|this|that|la|le|l['’]|cette|ce|cet|die|diese|der|das|dieser|el|este|esta|il|lo|questo|questa|o|a|esse|essa)\s?(?:[\p{L}-]+\s){0,2}?(?:arrangement|agreement|deal|partnership|pact|accord|entente|partenariat|Vereinbarung|Partnerschaft|Abkommen|Deal|acuerdo|alianza|accordo|intesa|partnership|acordo|parceria)\b/iu;
/** How much of the next sentence is read for the letter of intent. */
const REACH = 120;

const intentOnly = (text: string, s: Span): boolean => {
  const head = text.slice(s.start, Math.min(s.end, s.start + REACH));
  return LETTER_OF_INTENT_RE.test(head) && DEAL_ANAPHOR_RE.test(head);
};

/** How many sentences after a deal's are read: a headline's deal is told again in a dek and a lead first. */
const SENTENCES_AFTER = 3;
/** How far past a sentence's end blank lines are skipped. */
const BLANK_REACH = 200;

/** Does one of the sentences right after a deal's tell the deal as only a letter of intent? */
export function toldAsIntentAfter(text: string, following: Span | null): boolean {
  let s = following;
  for (let k = 0; k < SENTENCES_AFTER && s; k++) {
    if (intentOnly(text, s)) return true;
    // Past blank lines: a headline, its dek and the lead are paragraphs of their own.
    const at = text.slice(s.end, s.end + BLANK_REACH).search(/\S/);
    const next = at >= 0 ? sentenceAt(text, s.end + at) : null;
    s = next && next.start > s.start ? next : null;
  }
  return false;
}
