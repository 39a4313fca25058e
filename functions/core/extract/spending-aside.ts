// "Meta, which plans to spend as much as $72 billion on capital expenditures this year, has been turning to outside
// suppliers", "Per Meta, che ha indicato investimenti tra 66 e 72 miliardi di dollari, …", "El gigante de Menlo
// Park, que prevé inversiones de capital de 72.000 millones, ya había recurrido a proveedores externos": a relative
// clause after the sentence's opening company tells that company's own budget in passing. The sentence is about
// the company, not about the budget or a deal of that amount: it lends the company to the next sentence ("In August
// the social media company agreed to a cloud deal with Google"), which a plan told in its main clause may not.
import { findCompanyMentions } from '../companies';
import { negativeCue } from './cues';

/**
 * The opening: maybe "For" / "Per" / "Pour" / "Para" / "Für", a name of up to five words, a comma, a relative
 * pronoun, then the clause up to the next comma (a comma or point between digits belongs to the figure).
 */
const OPENING_ASIDE_RE =
  /^(?:(?:For|Per|Pour|Para|Für)\s)?(?:[\p{L}\d.&'’-]+\s){0,4}[\p{L}\d.&'’-]+,\s(?:which|that|who|qui|que|che|die|der|das|welche[rs]?|o qual|a qual|il quale|la quale|el cual|la cual)\s(?:[^,;.]|[,.](?=\d)){8,220},/u;

/** Where the sentence goes on after an opening relative clause that tells a budget, a plan or an investment; else 0. */
export function budgetAsideEnd(sentence: string): number {
  const m = OPENING_ASIDE_RE.exec(sentence);
  if (!m) return 0;
  const clause = m[0].slice(m[0].indexOf(', ') + 2);
  // A budget's clause has a figure and names no other company ("which holds a stake in Nebius" tells a tie).
  return /\d/.test(clause) && negativeCue(clause) !== null && findCompanyMentions(clause).length === 0
    ? m[0].length
    : 0;
}
