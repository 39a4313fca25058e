// A candidate mention: one amount bound to two parties in one sentence, before merging per pair (merge.ts).
import type { MoneyAmount } from '../money';
import type { Mention } from '../types';
import type { Party } from './parties';

export interface Candidate {
  /** The amount is an option or a possibility ("could take the total to up to $19.4 billion"). */
  hypothetical: boolean;
  a: Party;
  b: Party;
  mention: Mention;
  /** Running total of an expansion ("bringing the total to"). */
  total: boolean;
  order: number;
  fromTitle: boolean;
  /** How clearly the words gave the roles (0 when the tiers decided). */
  roleMargin: number;
  /** A running total's increment stated in the same sentence ("adds $6.5B, bringing the total to $22.4B"). */
  increment?: MoneyAmount | null;
  /** The amount's own clause tells an earlier contract of the pair ("in September", "already"): see distinct-contracts.ts. */
  earlier?: boolean;
  /** The amount's own sentence names both parties (none borrowed from a sentence before). */
  ownSentence?: boolean;
  /** Told as the earlier contracts' value in a running total's lead-in ("Including the two initial leases, which …"). */
  earlierLead?: boolean;
  /** A promise to buy the seller's unsold capacity beside a firm contract: a backstop of its own (firm-and-option-sum.ts). */
  unsold?: boolean;
  /** A maker's goods a company deploys for itself, told without a contract (deployed-goods.ts). */
  deployed?: boolean;
}

/** The pair, whichever way round its roles fell: the steps that weigh one pair's amounts against each other. */
export const pairKey = (c: Candidate): string => [c.mention.buyer.id, c.mention.provider.id].sort().join('|');

/** The candidates grouped by pair (`pairKey`), each group in the candidates' order. */
export function byPair(candidates: readonly Candidate[]): Map<string, Candidate[]> {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = groups.get(pairKey(c));
    if (list) list.push(c);
    else groups.set(pairKey(c), [c]);
  }
  return groups;
}
