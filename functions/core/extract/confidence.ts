// How much a mention can be trusted, from the quality of its evidence (not from the deal's status: a deal in
// talks, stated clearly, is a right mention). Alerts go out only at or above a subscriber's threshold (0.8 by
// default), so the score is built so that what reaches 0.8 needs explicit evidence: a stated value, both parties
// in the amount's own sentence, roles given by a clause or by the company table, a contract word.
import type { RoleBasis } from './roles';

export interface Evidence {
  /** A money amount is stated (not only "multibillion" or a GW figure). */
  hasValue: boolean;
  /** Both parties are named in the amount's own sentence (not gathered from the sentences before). */
  sameSentence: boolean;
  /** One party stands in for the article's subject (a roundup's row, "the group"): named elsewhere. */
  standIn: boolean;
  roleBasis: RoleBasis;
  /** A contract noun or verb (agreement, contrat, Vertrag, acuerdo, contratto, contrato) in the evidence. */
  contractWord: boolean;
  /** Characters between the amount and the farther of its two parties. */
  partyDistance: number;
  /** Only the headline says it. */
  titleOnly: boolean;
  /** A party is a brand named as a product ("Nvidia GB300 systems"). */
  weakParty: boolean;
  /** The amount is an option or a possibility ("could reach up to"). */
  hypothetical: boolean;
}

const ROLE_POINTS: Record<RoleBasis, number> = { clause: 0.1, 'usual-roles': 0.06, tier: 0.02, none: 0 };
/** Beyond this, the parties are likely bound across a clause they do not share with the amount. */
const NEAR_CHARS = 150;

export function confidenceOf(e: Evidence): number {
  let c = 0.45;
  if (e.hasValue) c += 0.15;
  if (e.sameSentence && !e.standIn) c += 0.1;
  c += ROLE_POINTS[e.roleBasis];
  if (e.contractWord) c += 0.1;
  if (e.partyDistance <= NEAR_CHARS) c += 0.05;
  if (e.titleOnly) c -= 0.1;
  if (e.weakParty) c -= 0.1;
  if (e.hypothetical) c -= 0.1;
  if (e.standIn) c -= 0.03;
  return Math.max(0.05, Math.min(0.99, Math.round(c * 100) / 100));
}

export const CONTRACT_WORD_RE =
  /agreement|contract|order form|\bdeal\b|\blease|accord|contrat|\bbail\b|vertrag|vereinbarung|abkommen|acuerdo|contrato|arrendamiento|contratto|accordo|locazione|acordo|arrendamento|parceria/i;
