// A company named as a party's standing supplier, not as the party of the amount told in the same sentence:
// "Anthropic already uses Amazon Web Services as its primary cloud and training partner and last month agreed to use
// up to one million Google TPUs in a deal worth tens of billions", "qui s'appuie sur AWS comme principal fournisseur
// de cloud", "nutzt Amazon Web Services als wichtigsten Cloud-Partner", "usa AWS como su principal proveedor de
// nube", "usa AWS come principale fornitore cloud", "usa a AWS como principal parceira de nuvem". The role is told
// as a standing relationship (primary, main, largest, preferred), so the contract beside it is another company's.

/** A literal check first: most names are not followed by "as"/"comme"/"als"/"como"/"come". */
const AS_WORD_RE = /^,?\s(?:as|comme|als|como|come)\s/i;

/** The standing role's adjective: "primary", "principal", "wichtigste", "preferida", "più grande". */
const STANDING_ROLE = String.raw`(?:primary|main|principal|principale|principais|preferred|pr[ée]f[ée]r[ée]e?|largest|biggest|key|chief|wichtigste[nr]?|gr[öo][ßs]te[nr]?|bevorzugte[nr]?|haupt-?\p{L}*|preferid[oa]|preferit[oa]|maior|mayor|pi[uù] grande|plus grand)\b`;

const STANDING_ROLE_AFTER_RE = new RegExp(
  String.raw`^,?\s(?:as|comme|als|como|come)\s(?:(?:its|their|her|his|son|sa|leur|seinen|seine|ihren|ihre|su|sus|suo|sua|seu|o|a|il|el|la|le|der|den|die)\s)?(?:(?:own|single|sole)\s)?${STANDING_ROLE}`,
  'iu',
);

/** The role is a supplier's ("cloud", "partner", "provider"); "como principal cliente" names the deal's buyer. */
const SUPPLIER_ROLE_WORDS =
  '(?:cloud|partner|provider|supplier|fournisseur|partenaire|anbieter|lieferant|proveedor|socio|fornitore|fornecedor|parceir|nube|nuvem|nuage)';
const SUPPLIER_ROLE_RE = new RegExp(`^[^.;]{0,40}?${SUPPLIER_ROLE_WORDS}`, 'iu');

/**
 * The same role in a company's own words, in an apposition: "com a Amazon, nossa principal parceira de treinamento e
 * provedora de nuvem", "with Amazon, our primary training partner", "avec AWS, notre principal fournisseur de cloud",
 * "mit AWS, unserem wichtigsten Cloud-Partner", "con AWS, nuestro principal proveedor", "con AWS, il nostro principale
 * fornitore" (a reporter's "Amazon, its primary cloud provider" may name the deal's own party).
 */
const APPOSED_ROLE_AFTER_RE = new RegExp(
  String.raw`^,\s(?:(?:il|la|el|o|a)\s)?(?:our|notre|unser(?:e[mnr]?)?|nuestr[oa]|nostr[oa]|noss[oa])\s${STANDING_ROLE}`,
  'iu',
);

/**
 * The same role told by a verb of staying: "Amazon remains its main partner", "Amazon reste son partenaire
 * principal", "Amazon bleibt der wichtigste Partner", "Amazon sigue siendo su socio principal", "Amazon rimane il
 * partner principale", "Amazon continua como parceira principal".
 */
const STAYS_ROLE_AFTER_RE =
  /^\s(?:remains|stays|continues as|reste|demeure|bleibt|sigue siendo|contin[úu]a (?:siendo|como)|rimane|resta|continua (?:a essere|como|sendo)|segue (?:como|sendo))\s(?:(?:its|their|his|her|son|sa|leur|der|die|sein|seine|ihr|ihre|su|sus|el|il|suo|la|sua|seu|o|a)\s)?/iu;

const STANDING_ROLE_ENDS_RE = new RegExp(
  `^[^.;,]{0,40}?${SUPPLIER_ROLE_WORDS}\\p{L}*(?:\\s[\\p{L}-]+){0,2}\\s?(?:[.;]|$)`,
  'iu',
);

export function namedAsStandingPartner(text: string, end: number): boolean {
  const after = text.slice(end, end + 80);
  const stays = STAYS_ROLE_AFTER_RE.exec(after);
  // "remains the main supplier of GPU capacity to OpenAI under a $22.4 billion contract": a role with its own
  // counterparty names the deal; only a role that ends its sentence is a standing one (one joined to a clause
  // after it by a comma is stand-in-clause.ts's).
  if (stays) return STANDING_ROLE_ENDS_RE.test(after.slice(stays[0].length));
  const role = AS_WORD_RE.test(after)
    ? STANDING_ROLE_AFTER_RE.exec(after)
    : APPOSED_ROLE_AFTER_RE.exec(after);
  return role !== null && SUPPLIER_ROLE_RE.test(after.slice(role[0].length));
}
