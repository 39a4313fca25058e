// An option's ceiling: "could reach $17.7 billion if all renewal options are exercised", "Con due proroghe
// quinquennali il contratto potrebbe valere circa 7 miliardi", "podría llegar a 17.700 millones con las
// renovaciones". What the contract might be worth with renewals or extensions is neither its value nor an
// expansion; the amount is dropped (the contract keeps the value told for its base term).

/** Renewals and extension options, six languages. Literals and bounded gaps only. */
const RENEWAL_RE =
  /\brenewals?\b|\brenewal options?\b|\bextension options?\b|\boptions? to (?:extend|renew)\b|\b(?:optional|\w+-year) extensions?\b|\bif (?:all |both |the )?(?:options|extensions|renewals) (?:are |were )?exercised|renouvellements?|reconductions?|prolongations?|options? d['’](?:extension|prolongation)|Verl[äa]ngerung(?:en|soptionen?)?|renovaci(?:[óo]n|ones)|pr[óo]rrogas?|opciones de (?:extensi[óo]n|renovaci[óo]n)|rinnov(?:o|i|abile)|prorog(?:a|he)|opzioni di (?:estensione|rinnovo)|renova[çc](?:[ãa]o|[õo]es)|prorroga[çc](?:[ãa]o|[õo]es)|op[çc](?:[ãa]o|[õo]es) de (?:extens[ãa]o|renova[çc][ãa]o)/i;

/**
 * Extensions named in the plural or as exercised, in the languages the list above leaves out: "si se ejercen las
 * extensiones del contrato", "con le proroghe", "com as extensões", "mit den Verlängerungsoptionen".
 */
const EXTENSIONS_PLURAL_RE =
  /\bextensiones\b|\bpr[óo]rrogas\b|\bse ejerce(?:n|r[áa]n)?\b|\bproroghe\b|\bestensioni\b|\bextens[õo]es\b|\bprorroga[çc][õo]es\b|\bVerl[äa]ngerung(?:soption)?en\b/i;

/** A verb of possibility before the amount: "could reach", "pourrait atteindre", "könnte … steigen", "potrebbe". */
const MIGHT_RE =
  /\b(?:could|might|may|would)\b|\bpotential(?:ly)?\b|\bpotencial\b|\bpotenziale\b|pourrai(?:t|ent)\b|\bk[öo]nnte(?:n)?\b|\bpodr[íi]a(?:n)?\b|\bpotrebbe(?:ro)?\b|\bpoderia(?:m)?\b/i;

/** How far before the amount the verb of possibility is read (its own clause, roughly). */
const MIGHT_REACH = 90;

/**
 * Is the amount at [start, end) of `sentence` (offsets relative to it) a ceiling the contract could reach with
 * renewals or extension options? Cheap first: most sentences name no renewal.
 */
export function isOptionCeiling(sentence: string, start: number, end: number): boolean {
  if (!RENEWAL_RE.test(sentence) && !EXTENSIONS_PLURAL_RE.test(sentence)) return false;
  const before = sentence.slice(Math.max(0, start - MIGHT_REACH), start);
  if (MIGHT_RE.test(before)) return true;
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
