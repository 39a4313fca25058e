// A company named as the one a deal was not made with (issue 8, pairs): "a $14.2 billion contract not with Nebius,
// but with CoreWeave", "non pas avec Nebius, mais avec CoreWeave", "nicht mit Nebius, sondern mit CoreWeave", "no con
// Nebius, sino con CoreWeave", "non con Nebius, ma con CoreWeave", "não com a Nebius, mas com a CoreWeave"; "chose
// CoreWeave instead of Nebius", "au lieu de Nebius", "statt bei Nebius", "en lugar de Nebius", "invece di Nebius",
// "em vez da Nebius". The alternative turned down is no party.
import { textBefore } from './text-window';

const REJECTED_BEFORE_RE =
  /(?:\b(?:not|never) (?:with|from)|\bnon pas (?:avec|aupr[èe]s d['’e])|\bpas avec|\bnicht (?:mit|bei|von)|\bno con|\bnon con|\bn[ãa]o com|\binstead of|\brather than(?: with)?|\bau lieu d['’e]|\b(?:an)?statt(?: mit| bei| von)?|\ben (?:lugar|vez) de|\binvece (?:di|che con)|\banzich[ée](?: con)?|\bem (?:vez|lugar) d[eao]s?|\bao inv[ée]s d[eao]s?)\s?(?:(?:the|la|le|l['’]|der|dem|den|el|il|lo|a|o)\s?)?$/i;

/** Is the company named at `start` the alternative a deal was not made with? */
export function namedAsRejected(text: string, start: number): boolean {
  return REJECTED_BEFORE_RE.test(textBefore(text, start, 32));
}
