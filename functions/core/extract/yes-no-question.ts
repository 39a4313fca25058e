// A yes-or-no question asks whether there is a deal and tells none: "Is OpenAI a customer of NextDC today?", "Will
// Microsoft sign with Nebius?", "Microsoft va-t-il signer … ?", "¿Firmará Microsoft …?", "Wird Microsoft … schließen?",
// "Microsoft firmerà con Nebius?". A question that asks why, how or when a deal was made takes the deal as told ("Why
// did Meta sign a $14 billion deal with CoreWeave?") and is read as any other sentence.

/** The sentence ends on its question mark (a closing quote or bracket may follow). */
const QUESTION_END_RE = /\?\s{0,3}["»”’)]?\s{0,3}$/u;
/** A question word, in the six languages: the question is about a deal it takes as made. */
const WH_WORD_RE =
  /(?<![\p{L}])(?:why|how|what|when|which|who|where|pourquoi|comment|quand|combien|quel(?:le)?s?|qui|warum|wieso|weshalb|wie|wann|welche[rsmn]?|wer|qu[ée]|c[óo]mo|cu[áa]ndo|cu[áa]nt[oa]s?|cu[áa]l(?:es)?|qui[ée]n|d[óo]nde|perch[ée]|come|quando|quant[oiae]|qual[ei]?|chi|dove|quem|onde)(?![\p{L}])/iu;

export function asksWhetherOnly(sentence: string): boolean {
  return QUESTION_END_RE.test(sentence) && !WH_WORD_RE.test(sentence);
}
