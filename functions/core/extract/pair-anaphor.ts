// A contract "between the two firms" names its pair by pointing back: "The deal collapse follows an existing
// $10 billion, 12-year capacity agreement between the two firms and comes amid CoreWeave's rise, driven by close
// ties with Nvidia." The companies the sentence names after those words are told about for other reasons (a rise,
// close ties); the pair is the one the sentences before name. Same in five more languages: "entre les deux
// groupes", "zwischen den beiden Unternehmen", "entre las dos empresas", "tra le due società", "entre as duas
// empresas". An apposition that names the two right after ("between the two firms, CoreWeave and Core
// Scientific") keeps them.
import type { Party } from './parties';
import type { Span } from './sentences';

/** A literal check first: most sentences point back at no pair. */
const TWO_WORD_RE = /\b(?:two|both|deux|beiden|dos|ambas|due|entrambe|duas|dois)\b/i;

/** The contract's pair told as "the two companies" after the word that joins a contract to its sides. */
const PAIR_ANAPHOR_RE =
  /\b(?:between (?:the two|both) (?:companies|firms|groups|partners|sides)|entre (?:les|ces) deux (?:groupes|entreprises|soci[ée]t[ée]s|partenaires|firmes)|zwischen (?:den )?beiden (?:Unternehmen|Konzernen|Firmen|Partnern|Seiten)|entre (?:las|ambas|estas) (?:dos )?(?:empresas|compa[ñn][íi]as|firmas|partes)|tra (?:le|queste) due (?:societ[àa]|aziende|imprese|parti)|entre (?:as|ambas as|estas) (?:duas )?(?:empresas|companhias|partes))(?![\p{L}])/iu;

/** Right after the anaphor, an apposition that names the two ("…, CoreWeave and Core Scientific"). */
const APPOSITION_RE = /^\s?[,(:–—-]\s?$/;

/** The parties `span`'s sentence names after a contract's "between the two firms" (none when an apposition names them). */
export function partiesAfterPairAnaphor(text: string, span: Span, parties: readonly Party[]): Set<Party> {
  const named = parties.filter((p) => !p.pronoun && p.end > p.start && p.start >= span.start);
  if (named.length === 0) return new Set();
  const before = text.slice(span.start, Math.max(...named.map((p) => p.start)));
  if (!TWO_WORD_RE.test(before)) return new Set();
  const m = PAIR_ANAPHOR_RE.exec(before);
  if (!m) return new Set();
  const at = span.start + m.index + m[0].length;
  const after = named.filter((p) => p.start >= at);
  if (after.some((p) => APPOSITION_RE.test(text.slice(at, p.start)))) return new Set();
  return new Set(after);
}
