// A contract won (issue 8, roles): vendors win, land, secure and clinch contracts and orders; customers award them.
// "CoreWeave has secured a cloud computing contract worth as much as $14.2 billion with Meta", "Nebius décroche
// un contrat de 3 milliards avec Meta", "sichert sich einen Milliardenauftrag von Meta", "se adjudica un contrato
// con", "si aggiudica una commessa da", "conquista um contrato com": the subject is the seller, whatever the
// company table says of it. What is secured decides: "Microsoft secured GPU capacity from Nebius" names the buyer
// as subject, and its "from" the seller (so a won-from reading needs a contract noun, not capacity, as object).

/** Winning verbs in six languages, after the subject and an optional auxiliary. */
const WIN_VERB = String.raw`(?:has\s|have\s|had\s|just\s|now\s|also\s|a\s|ha\s|hat\s|se\s|si\s|è\s|é\s)?(?:secured|secures|landed|lands|won|wins|clinched|clinches|bagged|bags|snagged|snags|nabbed|nabs|scored|scores|d[ée]croch[ée]?|d[ée]croche|remport[ée]?|remporte|obtient|obtenu|sichert\ssich|sicherte\ssich|erh[äa]lt|erhielt|gewinnt|gewann|ergattert|holt\ssich|adjudica|adjudic[óo]|consigue|consigui[óo]|logra|logr[óo]|gana|gan[óo]|aggiudica(?:t[oa])?|ottiene|ottenuto|conquista(?:to|do|u)?|vince|strappa|obt[ée]m|obteve|ganha|ganhou|rafl[ée]|rafle|empoch[ée]|empoche|arrach[ée]|arrache|snapped\sup|snaps\sup|grabbed|grabs|netted|nets|se\shace\scon|se\shizo\scon|se\slleva|se\sllev[óo]|arrebata|arrebat[óo]|assicura|assicurato|abocanha|abocanhou|arremata|arrematou|schnappt\ssich|schnappte\ssich|angelt\ssich)`;

/** The thing won: a contract or an order (a deal or capacity may be the buyer's as well). */
const CONTRACT_OBJECT = String.raw`(?:contracts?|orders?|awards?|contrats?|commandes?|march[ée]s?|\p{L}*(?:auftrag|auftr[äa]ge|vertrag|vertr[äa]ge)|contratos?|pedidos?|encargos?|contratt[oi]|commess[ae]|ordin[ei]|appalt[oi]|encomendas?)`;

/** The subject of a winning verb whose object is `object`, within its clause. */
const wonAfter = (object: string): RegExp =>
  new RegExp(
    String.raw`^(?:['’]s?)?(?:,[^,;]{0,60},)?\s${WIN_VERB}\s(?:[^.;]|\.(?=\d)){0,60}?(?<![\p{L}-])${object}(?![\p{L}])`,
    'iu',
  );

/**
 * The party is the subject of a winning verb whose object is a contract or an order, within its clause: "Nscale
 * landed a $14 billion contract with Microsoft", "IREN sichert sich einen Auftrag über 9,7 Milliarden von".
 */
export const WON_CONTRACT_AFTER_RE = wonAfter(CONTRACT_OBJECT);

/**
 * "Cipher Mining secured a $5.5 billion, 15-year lease with Amazon Web Services", "a décroché un bail": a lease won
 * (read for a landlord only: a neocloud tenant secures leases from landlords too).
 */
export const WON_LEASE_AFTER_RE = wonAfter(
  String.raw`(?:leases?|baux|bail|\p{L}*mietvertr\p{L}*|arrendamientos?|locazion[ei]|arrendamentos?)`,
);

/**
 * Capacity, compute or chips as what was secured: "secured GPU capacity worth $19.4 billion from Nebius", "retained
 * the option to secure the additional 150MW from Applied Digital" (megawatts are capacity in every language).
 */
const CAPACITY_OBJECT_RE =
  /\b(?:capacity|compute|computing|GPUs?|chips|access)\b|capacit|kapazit|rechenleist|rechenkraft|potencia de c[óo]mputo|potenza di calcolo|poder computacional|puissance de calcul|\d\s?[MG]W\b|\b(?:m[ée]ga|giga)(?:watts?|vatios?)\b/i;
const CONTRACT_OBJECT_RE = new RegExp(`(?<![\\p{L}-])${CONTRACT_OBJECT}(?![\\p{L}])`, 'iu');

/**
 * A "won … from" reading (`clause`: from the winning verb to the name) names the customer only when a contract or
 * an order was won; capacity secured from a company names its seller.
 */
export function winsAContract(clause: string): boolean {
  return CONTRACT_OBJECT_RE.test(clause) || !CAPACITY_OBJECT_RE.test(clause);
}

/**
 * What follows the company a verb won from ("… auprès d'Applied Digital l'option de louer 150 MW dans le cadre du
 * bail"): capacity named before any contract noun is what was won, and the company sells it; a contract named
 * before the company (`clause`: "conquistou um contrato de US$ 1,5 bi da Microsoft para alugar GPUs") was won.
 */
export function capacityNamedFirst(clause: string, after: string): boolean {
  if (CONTRACT_OBJECT_RE.test(clause)) return false;
  const capacity = CAPACITY_OBJECT_RE.exec(after);
  if (capacity === null) return false;
  const contract = CONTRACT_OBJECT_RE.exec(after);
  return contract === null || capacity.index < contract.index;
}

/**
 * "Nebius secures $3 billion deal with Meta", "secured a five-year agreement with": either side secures a deal, so
 * the verb names no buyer (the company table decides); "secures GPU capacity from Nebius" does name one.
 */
const SECURED_DEAL_RE =
  /^(?:\s(?:an?\s|its\s|the\s)?(?:[^.;]|\.(?=\d)){0,50}?)\b(?:deals?|agreements?|pacts?|partnerships?|tie-ups?|accords?)\b(?:[^.;]){0,40}?\s(?:with|avec|mit|con|com)\s/i;
/**
 * "Nebius secures Meta deal", "secured a multiyear OpenAI contract": a deal named by the other party's name before
 * its noun is a deal secured with that party, as "a deal with Meta" is; an amount may come first ("secures $9.7B
 * Microsoft deal").
 */
const SECURED_NAMED_DEAL_RE =
  /^\s(?:an?\s|the\s)?(?:[\w$€£.,~-]+\s){0,2}?[A-Z][\w.&-]*(?:['’]s?)?\s(?:[\w-]+\s){0,2}?(?:deals?|agreements?|contracts?|pacts?)\b/;

/** Is `rest` (what follows "secure(s)") a deal secured with someone, and no capacity secured? */
export function securesADeal(rest: string): boolean {
  // The cue may stop inside the word ("secure|d"): the rest of it goes first.
  const tail = rest.replace(/^\p{L}+/u, '');
  const m = SECURED_DEAL_RE.exec(tail) ?? SECURED_NAMED_DEAL_RE.exec(tail);
  return m !== null && !CAPACITY_OBJECT_RE.test(m[0]);
}
