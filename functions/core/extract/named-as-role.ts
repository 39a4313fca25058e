// A party named with its role in the deal (issue 8, roles): "Galaxy secures CoreWeave as anchor tenant", "gewinnt
// Meta als Kunden", "signe avec CoreWeave comme locataire", "con Fluidstack como inquilino": the one named as the
// tenant or the customer buys, whatever the verb before it says of the subject ("secures" reads as a buyer's verb
// in "Microsoft secures GPU capacity"); the one named as the landlord, the host or the supplier sells.

/** "as" (or "will be", "sera", "wird"), then an article or a possessive and an adjective or two, in six languages. */
const AS_ROLE = String.raw`^(?:['’]s?)?,?\s(?:as|comme|en tant que|als|como|come|in qualità di|qual(?:e)?|(?:will|would) (?:also )?(?:be|serve as|act as)|serves as|becomes|sera|serait|devient|wird|werden|será|sería|sarà|sarebbe|diventa|vai ser|ser[áa])\s(?:(?:an?|its|the|their|his|her|son|sa|ses|leur|un|une|le|la|l['’]|ihr(?:en|e|er)?|seine[nr]?|einen?|ersten?|su|sus|una|el|il|lo|i|o|a|seu|sua|um|uma)\s?)?(?:(?:first|anchor|main|major|new|largest|biggest|sole|premier|première|principal|nouveau|nouvelle|gros|grand|erster|ersten|neuen?|gro[ßs]en?|Ankermieter|primer|primera|nuevo|nueva|gran|primo|prima|nuovo|nuova|grande|primeiro|primeira|novo|nova|[âa]ncora)[\s-])?`;

/** The words that name the one who rents or buys: tenant, customer, client, lessee (six languages). */
export const BUYER_ROLE_WORDS =
  '(?:tenants?|customers?|clients?|lessees?|offtakers?|locataires?|preneurs?|clientes?|Mieter(?:in)?|Ankermieter|Kund(?:e|en|in)|Abnehmer|inquilin[oa]s?|arrendatari[oa]s?|locatari[oa]|locat[áa]ri[oa]s?|committente)';

/** The words that name the one who lets or sells: landlord, host, supplier, provider (six languages). */
export const PROVIDER_ROLE_WORDS =
  '(?:landlords?|hosts?|suppliers?|providers?|vendors?|bailleurs?|h[ée]bergeurs?|fournisseurs?|prestataires?|Vermieter|Anbieter|Lieferant(?:en)?|Zulieferer|arrendador(?:es)?|proveedor(?:es)?|suministrador|locator[ei]|fornitor[ei]|locador(?:es)?|fornecedor(?:es)?|provedor(?:es)?)';

/** Named as the one who rents or buys. */
export const AS_BUYER_AFTER_RE = new RegExp(
  `${AS_ROLE}(?:anchor[\\s-])?${BUYER_ROLE_WORDS}(?![\\p{L}])`,
  'iu',
);

/** Named as the one who lets or sells. */
export const AS_PROVIDER_AFTER_RE = new RegExp(`${AS_ROLE}${PROVIDER_ROLE_WORDS}(?![\\p{L}])`, 'iu');
