// Two companies pledging money together (issue 8, investments): "Crusoe and AMD commit $3 billion to AI cloud
// capacity", "Crusoe et AMD engagent 3 milliards", "Crusoe y AMD comprometen 3.000 millones", "Crusoe e AMD
// impegnano 3 miliardi", "Crusoe und AMD investieren 3 Milliarden": the two are the subject together, the money
// goes to a third thing; neither sells to the other. "Microsoft and OpenAI sign a $10 billion deal" is their
// contract (a verb of agreeing, not of putting money in). The amount is dropped.
import { findCompanyMentions } from '../companies';
import { AND_RE } from './joint-partners';
import type { Span } from './sentences';
import { textBefore } from './text-window';

/** The verbs of putting money in, in six languages; up to two words (an auxiliary, "jointly") before them. */
const PLEDGE_AFTER_RE =
  /^\s(?:\S+\s){0,2}?(?:commit|pledge|invest|put|spend|earmark|engag|mett|inje[ck]t|steck|comprome|invier|destin|aport|impegn|stanzi|aplic)\p{L}*\s(?:\S+\s){0,3}?$/iu;
/** The same verb right before the amount, read first: the company scan runs for few amounts. */
const PLEDGE_BEFORE_AMOUNT_RE =
  /(?:commit|pledge|invest|put|spend|earmark|engag|mett|inje[ck]t|steck|comprome|invier|destin|aport|impegn|stanzi|aplic)\p{L}*\s(?:\S+\s){0,3}?$/iu;

/** Is the amount at `start` in `sentence` pledged by two companies named together as the sentence's subject? */
export function isJointPledge(text: string, sentence: Span, start: number): boolean {
  if (!PLEDGE_BEFORE_AMOUNT_RE.test(textBefore(text, start, 60))) return false;
  const named = findCompanyMentions(text, sentence.start, start);
  const [a, b] = named;
  return (
    named.length === 2 &&
    a!.start - sentence.start < 12 &&
    AND_RE.test(text.slice(a!.end, b!.start)) &&
    PLEDGE_AFTER_RE.test(text.slice(b!.end, start))
  );
}
