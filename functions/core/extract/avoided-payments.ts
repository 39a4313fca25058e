// Payments a company will no longer make (issue 8, non-deal amounts): "Owning the sites will eliminate more than
// $10 billion of future lease payments", "éliminera plus de 10 milliards de dollars de loyers futurs", "spart
// künftige Mietzahlungen von über 10 Milliarden Dollar", "eliminará más de 10.000 millones en alquileres futuros",
// "eliminerà oltre 10 miliardi di dollari di canoni futuri", "elimina mais de 10 mil milhões em rendas futuras".
// The amount is what a purchase saves on a contract it ends, no contract's value: it is dropped.
import type { Span } from './sentences';

/** Cheap first: the stems of the verbs that remove or save payments, six languages. */
const REMOVE_RE =
  /(?<!\p{L})(?:eliminat|eliminer|élimin|elimin|avoid|évit|evit|sav(?:e|es|ed|ing|ings)(?!\p{L})|économis|risparmi|einspar|erspar|spart(?!\p{L})|sparen(?!\p{L})|entf[äa]ll|wegf[äa]ll|ahorr|econom|poupa|poupan)/iu;

/** The payments removed: future rent or lease payments, hosting fees, in six languages. */
const FUTURE_PAYMENTS_RE =
  /\b(?:(?:future|remaining) (?:lease |rent(?:al)? |hosting |colocation )?(?:payments|obligations|rent|fees)|lease (?:payments|obligations|costs)|rent(?:al)? payments|loyers?(?: futurs)?|redevances(?: futures)?|(?:k[üu]nftige[nr]? )?(?:Mietzahlungen|Mieten|Mietkosten|Leasingzahlungen|Hostinggeb[üu]hren)|(?:pagos de )?(?:arrendamiento|alquiler(?:es)?)(?: futuros)?|canoni(?: futuri| di locazione)?|affitti(?: futuri)?|(?:rendas|alugu[ée]is|pagamentos de arrendamento)(?: futur[oa]s)?)\b/iu;

/** How far around the amount its clause is read. */
const REACH = 90;

/** Is the amount (a span of `text`) in `sentence` payments a company avoids? */
export function isAvoidedPayment(text: string, sentence: Span, amount: Span): boolean {
  const { start, end } = amount;
  const before = text.slice(Math.max(sentence.start, start - REACH), start);
  if (!REMOVE_RE.test(before)) return false;
  const after = text.slice(end, Math.min(sentence.end, end + REACH));
  // The verb in the amount's own clause, and the payments right after the amount or between the verb and it.
  const verbAt = before.search(/[^,;]*$/);
  const clause = before.slice(verbAt);
  if (!REMOVE_RE.test(clause)) return false;
  return FUTURE_PAYMENTS_RE.test(clause) || FUTURE_PAYMENTS_RE.test(after.slice(0, 40));
}
