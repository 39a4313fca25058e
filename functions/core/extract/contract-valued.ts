// A contract's own value told with the words a company's valuation uses (issue 8, values): "El contrato de nube está
// valorado en 9.700 millones de dólares", "O contrato de nuvem com a Microsoft está avaliado em", "Il contratto cloud
// con Microsoft è valutato", "The cloud contract is valued at", "Le contrat cloud est évalué à", "Der Cloud-Vertrag
// wird auf … bewertet". The contract, not a company, is what is valued: no investment.

const CONTRACT_VALUED_RE =
  /\b(?:contracts?|agreements?|deals?|leases?|contrats?|accords?|baux|bail|\p{L}*vertrag|\p{L}*vertr[äa]ge|vereinbarung|contratos?|acuerdos?|arrendamientos?|contratt[oi]|accord[oi]|acordos?|arrendamentos?)\b(?:\s(?!(?:and|y|e|et|und)\s)[^\s.;,]+){0,6}?\s(?:is|was|were|are|est|était|a été|ist|war|wird|es|fue|est[áa]|[èe]|era|è stato|foi|fica|ficou)\s(?:(?:now|currently|actuellement|aktuell|actualmente|attualmente|atualmente)\s)?(?:valued|estimated|valoris[ée]|[ée]valu[ée]|bewertet|auf|valorad[ao]|estimad[ao]|valutat[ao]|stimat[ao]|avaliad[ao]|estimad[ao])\b/iu;

/**
 * A contract told as its buyer's outlay: "The deal represents an investment of up to $19.4 billion for Microsoft",
 * "L'accordo con Nebius rappresenta un investimento stimato fino a 19,4 miliardi", "Ce contrat représente un
 * investissement", "El acuerdo supone una inversión", "O acordo representa um investimento", "Der Vertrag stellt eine
 * Investition … dar". What the contract costs its buyer is its value, no stake in a company. An aside between dashes
 * and a relative pronoun may stand before the verb ("l'accordo con Nebius - una società emersa da Yandex - che
 * rappresenta", "the agreement with Nebius, which represents").
 */
const CONTRACT_AS_OUTLAY_RE =
  /\b(?:contracts?|agreements?|deals?|leases?|contrats?|accords?|bail|\p{L}*vertrag|vereinbarung|contratos?|acuerdos?|contratt[oi]|accord[oi]|intesa|acordos?)\b(?:\s(?!(?:and|y|e|et|und)\s)[^\s.;,]+){0,6}?(?:\s[-–—]\s[^;]{1,80}?\s[-–—]|,\s[^,.;]{1,80}?,|\s\([^().;]{1,80}\))?(?:,?\s(?:which|that|che|qui|que)(?:,\s[^,.;]{1,40}?,)?)?\s(?:represents?|representing|représentant|representando|rappresentando|constitutes?|amounts? to|rappresenta|costituisce|représente|constitue|supone|representa|constituye|equivale a|stellt)\s(?:an?|un|une|una|um|uma|eine)\s(?:(?:estimated|potential|total|stimato|potenziale|complessivo|estim[ée]|potentiel|global|estimad[ao]|potencial|gesch[äa]tzte|potenzielle)\s)?(?:investment|investimento|investissement|inversi[óo]n|Investition)\b/iu;

/**
 * German names a deal's total spend its "Investitionssumme" or "Investitionsvolumen": "eine strategische
 * Partnerschaft. Diese umfasst eine Investitionssumme von 10 Milliarden US-Dollar", "ein Vertrag mit einem
 * Investitionsvolumen von". Case-sensitive: "Diese" is the pronoun of the partnership just told.
 */
const DEAL_INVESTMENT_SUM_DE_RE =
  /(?:\b(?:Partnerschaft|Vereinbarung|\p{L}*[Vv]ertrag|Deal|Abkommen)\b(?:\s[^\s.;,]+){0,6}?|\bDiese[rs]?)\s(?:umfasst|beinhaltet|hat|mit)\s(?:eine[mnr]?\s)?(?:(?:gesamte[mnr]?|geschätzte[mnr]?)\s)?Investitions(?:summe|volumen)\b/u;

/** Does `near` (an amount's clause) value a contract, not a company? */
export function valuesTheContract(near: string): boolean {
  return (
    CONTRACT_VALUED_RE.test(near) || CONTRACT_AS_OUTLAY_RE.test(near) || DEAL_INVESTMENT_SUM_DE_RE.test(near)
  );
}

/** Words between the outlay's noun and the amount ("estimated at up to"). */
const OUTLAY_GAP = 40;

/**
 * Does `before` (the sentence up to an amount) tell a contract as its buyer's outlay right before the amount? An
 * aside may stand between the contract and its verb, so this reads further back than the amount's own clause.
 */
export function outlayToldBefore(before: string): boolean {
  const m = CONTRACT_AS_OUTLAY_RE.exec(before);
  return m !== null && before.length - (m.index + m[0].length) <= OUTLAY_GAP;
}
