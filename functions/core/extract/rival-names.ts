// Companies named as a party's rivals (issue 8, wrong pair): "Oracle devient un fournisseur clé, en concurrence avec
// Amazon, Microsoft et Alphabet", "im Wettbewerb mit den Cloud-Marktführern Amazon, Microsoft und Alphabet",
// "rivals such as AWS and Azure", "frente a competidores como Google", "in concorrenza con Microsoft", "concorrentes
// como a AWS": a ranking or a rivalry names them, and the next sentence's amount ("Der Vertrag soll 300 Milliarden
// Dollar wert sein") would otherwise pair two rivals. None of them is a party of the deal told beside them.

/**
 * A literal check first: most names have none of these words before them. One rival named by its title ("son
 * concurrent CoreWeave", "its rival CoreWeave") is the sentence's own subject, not a ranking: only plurals and
 * examples ("rivals such as", "concurrent comme") set names aside.
 */
const RIVAL_WORD_RE = /compet|rival|concurr|wettbewerb|konkurr|concorr/i;

/**
 * The cue, up to three words of description ("den Cloud-Marktführern", "the cloud leaders"), then the names of an
 * enumeration before this one ("Amazon, Microsoft und "), ending where the name starts.
 */
const RIVAL_BEFORE_RE = new RegExp(
  String.raw`(?:\bin competition with|\bcompet(?:es|ing) (?:with|against)|\b(?:rivals|competitors)(?: such as| like| including)?|\b(?:rival|competitor)(?: such as| like| including)|\ben concurrence (?:avec|de)|\bconcurrents(?: comme| tels? que| dont)?|\bconcurrent(?: comme| tel que)|\brivaux(?: comme| tels que)?|\bim Wettbewerb (?:mit|zu)|\bKonkurren(?:ten|z)(?: wie| um| von)?|\bRivalen(?: wie)?|\ben competencia con|\bcompetidores(?: como)?|\brivales(?: como)?|\bin concorrenza con|\bconcorrenti(?: come| quali)?|\brivali(?: come)?|\bem concorr[êe]ncia com|\bconcorrentes(?: como)?|\brivais(?: como)?)` +
    String.raw`(?:\s[\p{L}-]+){0,3}?` +
    String.raw`(?:\s(?:\p{Lu}[\p{L}\d&.-]*\s?){1,3}(?:\([^)]{1,20}\))?(?:,|\s(?:and|und|et|y|e|or|ou|oder|o)))*\s$`,
  'u',
);

/** Is the company named at `start` one of a party's rivals? */
export function namedAsRival(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 90), start);
  return RIVAL_WORD_RE.test(before) && RIVAL_BEFORE_RE.test(before);
}
