// A sentence that names no company and only repeats a figure an earlier sentence told with its pair ("OpenAI and
// AWS announced a $38 billion partnership. … days after OpenAI renegotiated its partnership with Microsoft. … A $38
// billion deal to power the next era of AI"): a subheading or a recap restating that deal. Its amount belongs to the
// pair the figure was first told with, never to the companies of whichever sentence happens to stand just before it.
import type { Span } from './sentences';
import { previousSentence } from './sentences';
import type { Trigger } from './triggers';

/** How many sentences back a restated figure is looked for: a page's lead and its subheadings are close together. */
const REACH_SENTENCES = 8;

/** The dollar figures of the triggers inside `span` (`triggers` sorted by start). */
function figuresIn(triggers: readonly Trigger[], span: Span): number[] {
  const out: number[] = [];
  for (const t of triggers) {
    if (t.start >= span.end) break;
    if (t.start >= span.start && t.money) out.push(t.money.usd);
  }
  return out;
}

/**
 * The nearest earlier sentence (within reach) that states every figure of `money` and names a pair, when the nearest
 * sentence in between that names a company names one outside that pair (the one the ordinary borrowing would wrongly
 * read). Null when the figures are new, or when the sentences in between only tell the same pair again ("Hut 8
 * affitta … a Fluidstack: 7 miliardi" / "Hut 8 ha firmato … con Fluidstack …" / "Il valore del contratto è di circa 7
 * miliardi"). `companiesOf` gives the ids of the companies a sentence names as parties.
 */
export function restatedFrom(
  text: string,
  span: Span,
  triggers: readonly Trigger[],
  money: readonly Trigger[],
  companiesOf: (s: Span) => ReadonlySet<string>,
): Span | null {
  if (money.length === 0) return null;
  const wanted = money.map((t) => t.money?.usd ?? 0);
  const between: Span[] = [];
  let prev = previousSentence(text, span.start);
  for (let k = 0; k < REACH_SENTENCES && prev; k++) {
    const figures = figuresIn(triggers, prev);
    if (wanted.every((usd) => figures.includes(usd))) {
      if (between.length === 0) return null;
      const pair = companiesOf(prev);
      if (pair.size < 2) return null;
      // The companies the ordinary borrowing gathers, nearest sentence first, until two are named. A sentence with
      // a figure of its own ("Hut 8 vermietet 245 Megawatt … an Fluidstack") tells the deal itself and is read.
      const gathered = new Set<string>();
      for (const s of between) {
        const ids = companiesOf(s);
        if (ids.size === 0) continue;
        if (triggers.some((t) => t.start >= s.start && t.start < s.end)) return null;
        for (const id of ids) gathered.add(id);
        if (gathered.size >= 2) break;
      }
      return [...gathered].some((id) => !pair.has(id)) ? prev : null;
    }
    between.push(prev);
    prev = previousSentence(text, prev.start);
  }
  return null;
}
