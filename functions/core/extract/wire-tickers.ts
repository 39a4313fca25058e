// A wire's instrument code after a company's name: Reuters copy, machine-translated into French or German as often
// as not, writes "un accord de 17 milliards de dollars avec Microsoft MSFT.O et un accord de 3 milliards avec Meta
// META.O", "IREN IREN.O a déclaré", "mit Dell DELL.N". The code restates the name before it; left in, it stands
// between a list element's company and the "et"/"und" that joins the next element, and that element borrows the
// first element's company as its pair. Dropped before anything else reads the text.

/** A literal check first: a capital, a dot and an exchange suffix are rare outside wire copy. */
const LITERAL_RE = /[A-Z]\.(?:O|N|OQ|PA|DE|L|TO|AS|MI|MC|SW|HK|T|AX|F|BR|VI|ST|CO|HE|OL|LS|KS)\b/;
/**
 * A code after a word: two to six capitals or digits, the dot, the exchange's suffix ("MSFT.O", "DELL.N",
 * "AIR.PA", "SAP.DE", "0700.HK"), then a space, a punctuation mark or the end. Two characters at least before the
 * dot, so "U.S." and initials stay.
 */
const WIRE_TICKER_RE =
  /(?<=\p{L}[\p{L}\d.)]?) (?:[A-Z][A-Z\d]{1,5}|\d{4})\.(?:O|N|OQ|PA|DE|L|TO|AS|MI|MC|SW|HK|T|AX|F|BR|VI|ST|CO|HE|OL|LS|KS)(?=[\s,.;:)]|$)/gu;

export function withoutWireTickers(text: string): string {
  if (!LITERAL_RE.test(text)) return text;
  return text.replace(WIRE_TICKER_RE, '');
}
