// "OpenAI signe un contrat de 30 milliards de dollars avec Oracle" (a headline) over "OpenAI a signé un contrat de
// 30 milliards de dollars par an avec Oracle" (the lead): a headline, a dek or a recap often drops the rate word the
// body states. The same figure told elsewhere in the document as a yearly (or monthly) rate is that rate told again,
// not what the contract is worth: it keeps its sentence alive as a deal sentence, without a value.

/**
 * Drops the money of every amount whose dollar figure the document also states as a rate (`rateUsd`: the dollar
 * figures read as rates by the prefilter). Exact figures only: a rate and a contract's total are different numbers.
 */
export function dropRestatedRates(
  triggers: { money: { usd: number } | null }[],
  rateUsd: ReadonlySet<number>,
): void {
  if (rateUsd.size === 0) return;
  for (const t of triggers) if (t.money && rateUsd.has(t.money.usd)) t.money = null;
}
