// A contract's own value told with the words a company's valuation uses (issue 8, values): "El contrato de nube está
// valorado en 9.700 millones de dólares", "O contrato de nuvem com a Microsoft está avaliado em", "Il contratto cloud
// con Microsoft è valutato", "The cloud contract is valued at", "Le contrat cloud est évalué à", "Der Cloud-Vertrag
// wird auf … bewertet". The contract, not a company, is what is valued: no investment.

const CONTRACT_VALUED_RE =
  /\b(?:contracts?|agreements?|deals?|leases?|contrats?|accords?|baux|bail|\p{L}*vertrag|\p{L}*vertr[äa]ge|vereinbarung|contratos?|acuerdos?|arrendamientos?|contratt[oi]|accord[oi]|acordos?|arrendamentos?)\b(?:\s(?!(?:and|y|e|et|und)\s)[^\s.;,]+){0,6}?\s(?:is|was|were|are|est|était|a été|ist|war|wird|es|fue|est[áa]|[èe]|era|è stato|foi|fica|ficou)\s(?:(?:now|currently|actuellement|aktuell|actualmente|attualmente|atualmente)\s)?(?:valued|estimated|valoris[ée]|[ée]valu[ée]|bewertet|auf|valorad[ao]|estimad[ao]|valutat[ao]|stimat[ao]|avaliad[ao]|estimad[ao])\b/iu;

/** Does `near` (an amount's clause) value a contract, not a company? */
export function valuesTheContract(near: string): boolean {
  return CONTRACT_VALUED_RE.test(near);
}
