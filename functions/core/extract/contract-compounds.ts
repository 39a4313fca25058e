// A contract noun glued to an intensifying prefix: "megacontrato", "maxicontratto", "megacontrat", "superacuerdo".
// The press writes them for the largest deals; read as one unknown word, the contract went unseen (the hyphenated
// "maxi-contratto", "Mega-Deal" were read). Each is split before anything reads the text, keeping every offset: the
// prefix's last letter becomes the space ("meg contrato"; the lexicon's contract called big without a figure reads
// that form too); the evidence is read back from the text as written.

const COMPOUND_RE =
  /\b(mega|maxi|super|giga)(contrat(?:os?|s)?|contratt[oi]|acuerdos?|accord[oi]|acordos?|pactos?|commess[ae])\b/giu;

/** The text with each prefixed contract noun split from its prefix (same length). */
export function withContractCompoundsSplit(text: string): string {
  return text.replace(COMPOUND_RE, (_all, prefix: string, noun: string) => `${prefix.slice(0, -1)} ${noun}`);
}
