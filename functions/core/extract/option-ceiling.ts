// An option's ceiling: "could reach $17.7 billion if all renewal options are exercised", "Con due proroghe
// quinquennali il contratto potrebbe valere circa 7 miliardi", "podría llegar a 17.700 millones con las
// renovaciones". What the contract might be worth with renewals or extensions is neither its value nor an
// expansion; the amount is dropped (the contract keeps the value told for its base term).

/** Renewals and extension options, six languages. Literals and bounded gaps only. */
const RENEWAL_RE =
  /\brenewals?\b|\brenewal options?\b|\bextension options?\b|\boptions? to (?:extend|renew)\b|\b(?:optional|\w+-year) extensions?\b|\bif (?:all |both |the )?(?:options|extensions|renewals) (?:are |were )?exercised|renouvellements?|reconductions?|prolongations?|options? d['’](?:extension|prolongation)|Verl[äa]ngerung(?:en|soptionen?)?|renovaci(?:[óo]n|ones)|pr[óo]rrogas?|opciones de (?:extensi[óo]n|renovaci[óo]n)|rinnov(?:o|i|abile)|prorog(?:a|he)|opzioni di (?:estensione|rinnovo)|renova[çc](?:[ãa]o|[õo]es)|prorroga[çc](?:[ãa]o|[õo]es)|op[çc](?:[ãa]o|[õo]es) de (?:extens[ãa]o|renova[çc][ãa]o)/i;

/** A verb of possibility before the amount: "could reach", "pourrait atteindre", "könnte … steigen", "potrebbe". */
const MIGHT_RE =
  /\b(?:could|might|may|would)\b|\bpotential(?:ly)?\b|pourrai(?:t|ent)\b|\bk[öo]nnte(?:n)?\b|\bpodr[íi]a(?:n)?\b|\bpotrebbe(?:ro)?\b|\bpoderia(?:m)?\b/i;

/**
 * The present of "can" in six languages ("and can reach", "e pode chegar a", "y puede llegar a", "et peut
 * atteindre", "e può arrivare a", "kann … steigen"): a level told as possible, like "could".
 */
export const CAN_RE = /\b(?:can|kann|pode|podem|puede|pueden|peut|peuvent|possono)\b|\bpu[òo](?!\p{L})/iu;

/** How far before the amount the verb of possibility is read (its own clause, roughly). */
const MIGHT_REACH = 90;

/**
 * Is the amount at [start, end) of `sentence` (offsets relative to it) a ceiling the contract could reach with
 * renewals or extension options? Cheap first: most sentences name no renewal.
 */
export function isOptionCeiling(sentence: string, start: number, end: number): boolean {
  if (!RENEWAL_RE.test(sentence)) return false;
  const before = sentence.slice(Math.max(0, start - MIGHT_REACH), start);
  if (MIGHT_RE.test(before) || CAN_RE.test(before)) return true;
  // "$17.7 billion if all renewal options are exercised": the condition right after the amount (never past
  // another figure: "7 milliards … et pourrait monter à 17,7 milliards si …" conditions the second one).
  const after = sentence.slice(end, end + IF_REACH);
  const digit = after.search(/\d/);
  return IF_AFTER_RE.test(digit >= 0 ? after.slice(0, digit) : after);
}

/** How far after the amount its condition is read. */
const IF_REACH = 40;
/** "if", "si", "wenn", "se", "sofern": a condition. */
const IF_AFTER_RE = /\b(?:if|si|wenn|falls|sofern|se)\b/i;

/**
 * An increment told as an option the buyer holds: "con la posibilidad de que Microsoft amplíe los servicios en hasta
 * 2.000 millones adicionales", "with an option to buy up to $2 billion of additional services", "avec la possibilité
 * d'acheter 2 milliards supplémentaires", "mit der Option auf weitere 2 Milliarden". Neither the contract's value nor
 * an expansion: the amount is dropped (the contract keeps its base value). An option exercised is an expansion.
 */
const OPTION_WORD_RE =
  /\boptions?\b|\bOption(?:en)?\b|possibilit[ée]|posibilidad|possibilit[àa]|possibilidade|M[öo]glichkeit|opci[óo]n|opzion[ei]|op[çc][ãa]o|\b(?:could|might|would)\b|(?<!\b(?:in|of|since|early|late|mid|until|through|by|from|last|this|next)[ -])\bmay\b(?! \d)|pourr(?:a|ait|aient)\b|podr[íi]a|potrebbe|poderia|k[öo]nnte/iu;
const EXERCISED_RE =
  /exercis|\bexerc[ée]|exerceu|exerceram|ejerci[óo]|ejercieron|esercitat|aus(?:ge)?[üu]bt|\blev[ée]e?\b|gezogen/i;

/** How far before an increment the option word is read (its own clause, roughly). */
const OPTION_REACH = 90;

export function isOptionalIncrement(text: string, sentenceStart: number, start: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - OPTION_REACH), start);
  const option = OPTION_WORD_RE.exec(before);
  return option !== null && !EXERCISED_RE.test(before);
}
