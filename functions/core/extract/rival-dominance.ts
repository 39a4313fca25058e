// The company whose dominance a deal is said to challenge (issue 8, wrong pair): "un acuerdo por 1 millón de TPUs,
// desafiando el dominio de Nvidia", "a challenge to Nvidia's dominance", "défiant la domination de Nvidia",
// "sfidando il dominio di Nvidia", "desafiando o domínio da Nvidia", "gegen die Vorherrschaft von Nvidia". The rival
// is the market the deal is measured against, no party of it.

/** A literal check first: most names have none of these words near them. */
const DOMINANCE_WORD_RE = /dom[ií]n|hegemon|monopol|supremac|vorherrschaft|primato|reinado/i;

/** Right before the name: the noun of dominance and its preposition. */
const DOMINANCE_OF_BEFORE_RE =
  /\b(?:dominance|domination|dominio|dom[íi]nio|dominanz|hegemon[íi]a|h[ée]g[ée]monie|egemonia|monopol[iy]o?|monop[óo]lio|supremac[yi]a?|suprématie|supremazia|vorherrschaft|primato|reinado|predominio)\s(?:of|de|del|di|della|dell['’]|da|do|von|des|du)\s?(?:the\s|la\s|el\s|l['’]|der\s)?$/iu;
/** Right after the name: its possessive and the noun ("Nvidia's dominance", "Nvidias Dominanz"). */
const DOMINANCE_AFTER_RE =
  /^(?:['’]s|s)?\s(?:(?:market|AI|chip)\s)?(?:dominance|grip|monopoly|supremacy|Dominanz|Vorherrschaft|Monopol)\b/iu;

/** Is the company named at [start, end) the rival whose dominance the text says a deal challenges? */
export function namedAsDominantRival(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 30);
  if (!DOMINANCE_WORD_RE.test(before) && !DOMINANCE_WORD_RE.test(after)) return false;
  return DOMINANCE_OF_BEFORE_RE.test(before) || DOMINANCE_AFTER_RE.test(after);
}
