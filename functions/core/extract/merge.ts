// One mention per contract of a company pair: the best amount, the roles the clearest sentences give, the strongest hedge.

import { companyById, findCompanyMentions } from '../companies';
import { parseMoney, roundsToBillions } from '../money';
import type { Mention, MentionStatus } from '../types';
import { withDisputedRoles } from './confidence';
import { kindOf } from './cues';
import { splitContracts } from './distinct-contracts';
import { isIncrement, withIncrement } from './expansion';
import { outletComment, partyConfirmsDeal } from './own-statement';
import { sentenceAt } from './sentences';

export type { Candidate } from './candidate';

import type { Candidate } from './candidate';
import { textBefore } from './text-window';

export const STATUS_RANK: Record<MentionStatus, number> = {
  signed: 0,
  expanded: 1,
  reported: 2,
  in_talks: 3,
  terminated: 4,
};

export function better(x: Candidate, y: Candidate): Candidate {
  const score = (c: Candidate): number =>
    (c.mention.valueUsd !== null ? 4 : 0) +
    (c.total ? 8 : 0) +
    (c.mention.cumulative ? 1 : 0) -
    (c.hypothetical ? 2 : 0);
  const sx = score(x);
  const sy = score(y);
  if (sx !== sy) return sx > sy ? x : y;
  return x.order <= y.order ? x : y;
}

/**
 * One mention per contract of a company pair (usually one; an earlier contract told with words of its own is
 * another, see distinct-contracts.ts): the running total beats an increment, a value beats none, earlier wins.
 */
export function mergeByPair(candidates: Candidate[]): Mention[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    // "Poolside rents a GPU cluster from CoreWeave; CoreWeave is the anchor tenant of Poolside's campus": an AI
    // lab's lease of its own campus is a contract of the pair told the other way round, with roles of its own.
    const letByLab =
      c.mention.kind === 'datacenter_lease' && (companyById(c.mention.provider.id)?.tier ?? 2) < 1;
    const key = [c.mention.buyer.id, c.mention.provider.id, letByLab ? 'lease' : ''].sort().join('|');
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const out: Mention[] = [];
  for (const pairList of groups.values())
    for (const list of splitContracts(pairList)) out.push(mergeContract(list, pairList));
  return out.sort((x, y) => x.evidenceStart - y.evidenceStart);
}

/**
 * A sentence with an amount of its own that is not the mention's (a total "según estimaciones de Bloomberg", an
 * analyst's sum) hedges its own figure, not the contract's: a status comes from the clause carrying the amount.
 */
function tellsOtherAmount(c: Candidate, m: Mention): boolean {
  return c.mention.valueUsd !== null && m.valueUsd !== null && c.mention.valueUsd !== m.valueUsd;
}

/**
 * "Meta already signed a cloud contract with Google worth more than $10 billion", "a déjà signé", "ya firmó", "hat
 * bereits … unterzeichnet", "ha già firmato", "já assinou": an earlier contract told as done, beside talks about a
 * new one; the talks' hedge, told without a figure, is the new deal's, not this one's.
 */
const ALREADY_SIGNED_RE =
  /\b(?:already|previously)\s(?:\S+\s)?(?:signed|inked|agreed)|d[ée]j[àa]\s(?:sign[ée]|conclu)|\bya\s(?:firm[óo]|hab[íi]a firmado|cerr[óo])|\b(?:bereits|schon)\s(?:\S+\s){0,8}?(?:unterzeichnet|geschlossen|abgeschlossen)|\bgi[àa]\s(?:firmato|siglato)|\bj[áa]\s(?:assinou|tinha assinado|fechou)/iu;

/** A news agency credited: "according to Reuters", "selon l'AFP", "laut dpa", "según Europa Press". */
const WIRE_CREDIT_RE =
  /\b(?:according to|selon|laut|seg[úu]n|secondo|segundo|de acordo com)\s(?:the\s|l['’]|la\s|a\s)?(?:Reuters|AP|Associated Press|AFP|dpa|EFE|ANSA|Lusa|Europa Press)\b/iu;

/**
 * "OpenAI confirmed on Wednesday its agreement … . The contract is worth more than $10 billion, according to the Wall
 * Street Journal": a sentence of the evidence, told before the figure's, in which a party of the pair confirms the
 * deal (own-statement.ts partyConfirmsDeal, which scan.ts also asks of the sentences after a reported figure).
 */
function confirmedInEvidence(m: Mention): boolean {
  const names = (head: string): boolean =>
    findCompanyMentions(head).some((c) => c.company.id === m.buyer.id || c.company.id === m.provider.id);
  const { evidence } = m;
  for (let at = 0; at < evidence.length; ) {
    const span = sentenceAt(evidence, at);
    if (partyConfirmsDeal(evidence.slice(span.start, span.end), names)) return true;
    at = Math.max(span.end, at) + 1;
  }
  return false;
}

/** One contract's candidates merged into its mention. */
function mergeContract(list: readonly Candidate[], pairList: readonly Candidate[]): Mention {
  let best = list[0]!;
  for (const c of list.slice(1)) best = better(best, c);
  const bodyBest = best.fromTitle
    ? list.filter((c) => !c.fromTitle && c.mention.valueUsd === best.mention.valueUsd)[0]
    : undefined;
  const chosen = preciseOverRounded(firmBesideRoundedCeiling(bodyBest ?? best, list), list);
  const m = withIncrement(chosen, list);
  // The roles are what the clearest sentences say, summed over every sentence about this pair (all its
  // contracts): one sentence whose only cue is ambiguous ("nouveau contrat pour CoreWeave") does not outvote the others.
  let forChosen = 0;
  let against = 0;
  for (const c of pairList) {
    if (c.mention.buyer.id === m.buyer.id) forChosen += c.roleMargin;
    else against += c.roleMargin;
  }
  if (against > forChosen) {
    const buyer = m.provider;
    m.provider = m.buyer;
    m.buyer = buyer;
    const provider = companyById(m.provider.id);
    m.kind = kindOf(m.evidence, provider?.tier ?? 2, companyById(m.buyer.id)?.tier, provider?.sellsCapacity);
  }
  // "Microsoft has signed a $9.7 billion deal with IREN. … Microsoft will prepay 20% of the contract value, according
  // to Reuters": a deal told signed with its amount twice or more is a fact; a news agency credited for a detail
  // without an amount does not make it hearsay (a scoop's outlet, "según ha revelado The Information", still does).
  const toldSigned =
    list.filter((c) => c.mention.status === 'signed' && c.mention.valueUsd !== null && !c.hypothetical)
      .length >= 2;
  for (const c of list) {
    // A hedge anywhere ("reportedly", "in talks") qualifies the whole story; "expanded" comes from the chosen amount.
    if (
      c.mention.status !== 'expanded' &&
      STATUS_RANK[c.mention.status] > STATUS_RANK[m.status] &&
      !tellsOtherAmount(c, m) &&
      !(c.mention.valueUsd === null && ALREADY_SIGNED_RE.test(m.evidence)) &&
      !(
        c.mention.valueUsd === null &&
        c.mention.status === 'reported' &&
        (toldSigned ? WIRE_CREDIT_RE.test(c.mention.evidence) : outletComment(c.mention.evidence))
      )
    )
      m.status = c.mention.status;
    m.endDate ??= c.mention.endDate;
    m.termYears ??= c.mention.termYears;
    m.confidence = Math.max(m.confidence, c.mention.confidence);
  }
  // "OpenAI confirmed on Wednesday its agreement … . The contract is worth more than $10 billion, according to the
  // Wall Street Journal": a deal a party confirms is signed; the source credited for its figure hedges the figure.
  if (m.status === 'reported' && list.some((c) => confirmedInEvidence(c.mention))) m.status = 'signed';
  if (m.status === 'signed' && toldGrowing(list, m.valueUsd)) m.status = 'expanded';
  // A sentence whose own words gave the other roles: the roles kept are a vote, not a statement.
  if (pairList.some((c) => c.roleMargin > 0 && c.mention.buyer.id !== m.buyer.id))
    m.confidence = withDisputedRoles(m.confidence);
  return m;
}

/** A level told as possible, in six languages ("could expand to", "steigen könnte", "pourrait atteindre"). */
const MIGHT_REACH_RE =
  /\b(?:could|might|pourrai(?:t|ent)|k[öo]nnte(?:n)?|podr[íi]a(?:n)?|potrebbe(?:ro)?|poderia(?:m)?)\b/iu;

/** `bound` tells `ceiling` again: the same amount, or that amount rounded to a whole billion. */
const repeats = (bound: number, ceiling: number): boolean =>
  bound === ceiling || (ceiling < bound && roundsToBillions(bound, ceiling));

/**
 * "Microsoft has signed a deal worth up to $20bn with Nebius" over "the contract was worth $17.4bn …, but it could
 * expand to $19.4bn": the lead's bound tells again (or rounds) the ceiling a later sentence gives as possible beside
 * the firm value. The contract's value is that firm value, told in the ceiling's own sentence.
 */
function firmBesideRoundedCeiling(chosen: Candidate, list: readonly Candidate[]): Candidate {
  const bound = chosen.mention.valueUsd;
  // A running total ("bringing the total value to $15.9 billion") is reached, not possible.
  if (bound === null || chosen.total) return chosen;
  const ceiling = list.find(
    (c) =>
      !c.total &&
      c.mention.valueUsd !== null &&
      repeats(bound, c.mention.valueUsd) &&
      (c.hypothetical || MIGHT_REACH_RE.test(c.mention.evidence)),
  );
  if (!ceiling) return firmInsideBound(bound, list) ?? chosen;
  const limit = ceiling.mention.valueUsd!;
  const firm = list.find(
    (c) =>
      c.mention.evidenceStart === ceiling.mention.evidenceStart &&
      c.mention.valueUsd !== null &&
      c.mention.valueUsd < limit &&
      !c.hypothetical,
  );
  return firm ?? chosen;
}

/** An option in a contract's sentence, six languages. */
const OPTION_RE = /\b(?:options?|opci[óo]n|opciones|opzion[ei]|op[çc][ãa]o|op[çc][õo]es|Option(?:en)?)\b/iu;

/**
 * "Valued at up to $19.4 billion" over "a deal worth $19.4 billion, which includes an initial $17.4 billion and the
 * option to expand by up to $2 billion": the bound, told again beside the firm part and the option, is the ceiling;
 * the contract's value is the firm part.
 */
function firmInsideBound(bound: number, list: readonly Candidate[]): Candidate | undefined {
  return list.find((c) => {
    const firm = c.mention.valueUsd;
    return (
      firm !== null &&
      firm < bound &&
      !c.hypothetical &&
      !c.total &&
      OPTION_RE.test(c.mention.evidence) &&
      // The bound told again, or the option's amount that adds up to it ("the total contract value is $7.1 billion,
      // with an option to buy an additional $1.5 billion" under "worth up to $8.6 billion").
      parseMoney(c.mention.evidence).some(
        (m) => m.usd === bound || Math.abs(firm + m.usd - bound) < SUM_SLACK_USD,
      )
    );
  });
}

/** How far a firm part and an option may round away from the bound they add up to. */
const SUM_SLACK_USD = 50_000_000;

/**
 * "Meta Signs $14B Deal With AI Cloud Firm CoreWeave" over "a cloud computing contract worth as much as $14.2B": a
 * headline rounds the figure the body tells exactly. The exact telling of the same amount is the contract's value.
 */
function preciseOverRounded(chosen: Candidate, list: readonly Candidate[]): Candidate {
  const rounded = chosen.mention.valueUsd;
  if (rounded === null || rounded % 1e9 !== 0 || chosen.total) return chosen;
  return (
    list.find((c) => {
      const v = c.mention.valueUsd;
      return (
        v !== null &&
        !c.total &&
        // A headline's round figure takes the body's exact one even from a hedged sentence ("Ein 9,7-Milliarden-
        // Dollar-Pakt … soll den Engpass lindern" under "10-Milliarden-Deal mit Microsoft").
        (!c.hypothetical || chosen.fromTitle || chosen.mention.evidenceStart === 0) &&
        roundsToBillions(rounded, v) &&
        Math.round(v / 1e9) === rounded / 1e9
      );
    }) ?? chosen
  );
}

/**
 * A contract told without any amount, or with one amount throughout ("Microsoft OpenAI Partnership: $250B Azure Deal"
 * over "binds OpenAI to an incremental $250 billion"), whose headline says a deal ("CoreWeave mietet die vollen 800 Megawatt",
 * "Anthropic to use up to one million Google TPUs") and whose body says it grows ("weitet die Anmietung … aus",
 * "has exercised its final option", "will expand its use of"): no amount decides, so the body's words do. A headline
 * shortens; it never says whether the contract is new.
 */
function toldGrowing(list: readonly Candidate[], valueUsd: number | null): boolean {
  return (
    list.every((c) => c.mention.valueUsd === null || c.mention.valueUsd === valueUsd) &&
    list.some(
      (c) =>
        c.mention.status === 'expanded' &&
        !c.earlierLead &&
        ((c.ownSentence && (valueUsd === null || toldAsIncrement(c.mention))) ||
          // "Este nuevo compromiso de $4 mil millones amplía un contrato existente entre ambas partes": the amount
          // told again as what grows an existing contract, its pair pointed back at.
          (valueUsd !== null && c.mention.valueUsd === valueUsd && EXISTING_RE.test(c.mention.evidence))),
    )
  );
}

/** An existing contract, in six languages. */
const EXISTING_RE = /\b(?:existing|existant|bestehend|existente|esistente)/i;

/** The mention's amount, in its evidence, is told as an increment ("an incremental $250 billion", "$250B more"). */
function toldAsIncrement(m: Mention): boolean {
  const at = m.valueText === null ? -1 : m.evidence.indexOf(m.valueText);
  if (at < 0 || m.valueText === null) return false;
  // "turns to CoreWeave for another $14.2 billion": another deal as often as more of the same one.
  if (/\banother\s(?:US)?$/i.test(textBefore(m.evidence, at, 12))) return false;
  return isIncrement(m.evidence, {
    usd: m.valueUsd ?? 0,
    amount: m.valueUsd ?? 0,
    currency: 'USD',
    qualifier: m.qualifier,
    text: m.valueText,
    start: at,
    end: at + m.valueText.length,
  });
}
