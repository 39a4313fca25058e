// The contract length that belongs to one amount of a sentence holding several: "it follows Microsoft's $9.7
// billion deal with IREN, as well as OpenAI's agreements with AWS (a seven-year, $38 billion deal) and Oracle ($300
// billion)" states one term, AWS's, and lends it to neither the IREN nor the Oracle contract.
import { parseTermsYears } from '../dates';
import { memoizeByStrings } from './memo';

interface At {
  readonly start: number;
  readonly end: number;
}

/** A sentence's stated terms, read once however many of its amounts ask (the scan asks once per amount). */
const termsOf = memoizeByStrings((sentence: string, _unused: string) => parseTermsYears(sentence));

/** How far a term stands from an amount (0 when they touch or overlap). */
function gap(term: At, amount: At): number {
  if (term.end <= amount.start) return amount.start - term.end;
  if (amount.end <= term.start) return term.start - amount.end;
  return 0;
}

/**
 * The term in years of `amount` among `amounts` (all in `sentence`'s coordinates): each stated term goes to the
 * amount nearest it, and `amount` takes the first one given to it, else none (null). Undefined when the sentence
 * has a single amount or states no term: then the whole sentence's term is the deal's, as before.
 */
export function termOfAmount(
  sentence: string,
  amounts: readonly At[],
  amount: At,
): number | null | undefined {
  if (amounts.length < 2) return undefined;
  const terms = termsOf(sentence, '');
  if (terms.length === 0) return undefined;
  for (const term of terms) {
    let nearest = amounts[0]!;
    for (const a of amounts) if (gap(term, a) < gap(term, nearest)) nearest = a;
    if (nearest.start === amount.start) return term.years;
  }
  return null;
}
