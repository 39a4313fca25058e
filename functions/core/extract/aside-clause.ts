// A company named inside an aside about another (issue 8, pairs): "CoreWeave, dont Microsoft est le premier client,
// vient de conclure un contrat … avec Meta", "CoreWeave, deren größter Kunde Microsoft ist, hat …", "Meta, déjà
// cliente de Google Cloud, a signé …": a relative or appositive clause set off by commas says who the subject is;
// the company it names is no party of the main clause's contract. An aside that tells a contract or an amount
// ("CoreWeave, whose contract with Meta is worth $14.2 billion, …") is left to the other steps.
import { textBefore } from './text-window';

/** The aside's opening, right after its comma: a relative pronoun or a customer's title, six languages. */
const ASIDE_OPEN_RE =
  /,\s(?:whose|which (?:counts|has|also counts)|who (?:counts|has)|(?:already |itself )?an? (?:customer|client) of|dont|qui (?:compte|a pour|est d[ée]j[àa])|(?:d[ée]j[àa] |elle-m[êe]me |lui-m[êe]me )?client(?:e)? d[e'’]|deren|dessen|(?:bereits |selbst )?Kunde (?:von|bei)|cuy[oa]s?|que (?:cuenta con|tiene como)|(?:ya )?cliente de|(?:il|la|i|le) cui|che (?:conta|ha come)|(?:gi[àa] )?cliente di|cuj[oa]s?|que (?:conta com|tem como)|(?:j[áa] )?cliente d[aeo])\s(?:[^,.;]{0,60})$/iu;

/** What an aside may not hold for its company to be set aside: a contract, or money. */
const CONTRACT_OR_MONEY_RE =
  /\d|\b(?:contracts?|deals?|agreements?|leases?|orders?|contrats?|accords?|baux|bail|Vertr[äa]g\w*|Auftr[äa]g\w*|acuerdos?|contrat[oi]s?|contratt[oi]|accord[oi]|arrendamentos?|acordos?)\b/iu;

/** The aside's close: its comma, before the sentence ends. */
const ASIDE_CLOSE_RE = /^[^,.;]{0,60},/u;

export function namedInAside(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start, 80);
  if (!before.includes(',')) return false;
  const open = ASIDE_OPEN_RE.exec(before);
  if (!open) return false;
  const close = ASIDE_CLOSE_RE.exec(text.slice(end, end + 70));
  if (!close) return false;
  return !CONTRACT_OR_MONEY_RE.test(open[0] + text.slice(start, end + close[0].length));
}
