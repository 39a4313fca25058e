import { formatUsd } from './alert-text';
import { contractId, isExpansion, normaliseSite } from './deal-merge';
import type { Deal, DealMention, JoinRule, SourcedMention } from './types';

// Deal identity: which contract of a pair a mention is about. A pair of companies can have several contracts
// (Microsoft and Nscale: Narvik, the UK, Texas); one contract can grow (OpenAI and CoreWeave: $11.9B, then
// $4B, then $6.5B more). The rule, in order of strength:
//
//   a repeat: a deal that already has this source telling this contract (same value or none) takes nothing;
//   conflicts (never the same contract): another contract told by the same source; two different sites; talks
//   reported more than a week after the contract was signed or reported (a new negotiation), or the reverse; a
//   mention after a termination;
//   1. same value (±2 %) as a value the deal was reported at;                    same_value
//   2. same site;                                                                same_site
//   3. an expansion ("expands", "additional", an increment) of the pair's most recent contract begun by then;
//      or the original contract of a deal known so far only by its expansions;   expansion / base_of_expansion
//   4. announced within 14 days of the deal with no conflicting term;           same_start
//   5. a mention with no value joins the open contract nearest in time;        no_value
//   otherwise it opens a new deal. When several deals match at the same strength, the most recent one wins and
//   the note says so.

const DAY_MS = 24 * 3600 * 1000;
const SAME_VALUE = 0.02;
const START_WINDOW_DAYS = 14;
/** Talks and a signature this far apart are two negotiations, not news lagging behind a filing. */
const TALKS_GRACE_DAYS = 7;

export type Placement =
  | { kind: 'duplicate'; dealId: string }
  | { kind: 'join'; dealId: string; joined: DealMention['joined'] }
  | { kind: 'open'; id: string; joined: DealMention['joined'] };

interface Candidate {
  deal: Deal;
  rule: JoinRule;
  note: string;
}

const STRENGTH: Record<JoinRule, number> = {
  same_value: 4,
  same_site: 4,
  expansion: 3,
  base_of_expansion: 3,
  same_start: 2,
  no_value: 1,
  opened: 0,
  split: 0,
  merged: 0,
  migrated: 0,
};

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
/** ISO dates sort as strings. */
const dates = (d: Deal) => d.mentions.map((m) => m.at).sort();
const firstAt = (d: Deal) => dates(d)[0] ?? '';
const lastAt = (d: Deal) => dates(d).at(-1) ?? '';

function sitesOf(d: Deal): Set<string> {
  return new Set(d.mentions.map((m) => normaliseSite(m.site)).filter((s): s is string => s !== null));
}

/**
 * The same source telling the same contract again (a redelivered filing or item): the same value, or no value
 * on either side, and no other site. A source that tells two contracts of one pair ("$14 billion for Texas;
 * in September, $6.2 billion for Narvik") gives two mentions that are not each other's repeats.
 */
function sameTelling(x: DealMention, m: DealMention): boolean {
  if (x.source.id !== m.source.id) return false;
  const sx = normaliseSite(x.site);
  const sm = normaliseSite(m.site);
  if (sx && sm && sx !== sm) return false;
  if (x.valueUsd === null || m.valueUsd === null) return true;
  return Math.abs(x.valueUsd - m.valueUsd) <= Math.max(x.valueUsd, m.valueUsd) * SAME_VALUE;
}

/** Why this mention cannot be about this deal, or null. */
function conflict(m: DealMention, d: Deal): string | null {
  // The extractor told this contract apart from the one its own source gave this deal.
  if (d.mentions.some((x) => x.source.id === m.source.id)) return 'another contract told by the same source';
  const site = normaliseSite(m.site);
  const sites = sitesOf(d);
  if (site && sites.size > 0 && !sites.has(site)) return `a different site (${[...sites].join(', ')})`;
  for (const x of d.mentions) {
    const gap = (Date.parse(m.at) - Date.parse(x.at)) / DAY_MS;
    if (m.status === 'in_talks' && x.status !== 'in_talks' && gap > TALKS_GRACE_DAYS)
      return 'talks reported after this contract was concluded';
    if (x.status === 'in_talks' && m.status !== 'in_talks' && -gap > TALKS_GRACE_DAYS)
      return 'concluded before these talks were reported';
    if (x.status === 'terminated' && m.status !== 'terminated' && gap > 0) return 'after its termination';
  }
  // An expansion may run to a new end date; two bases with end dates in different years are two contracts.
  const ends = d.mentions
    .filter((x) => !isExpansion(x) && x.endDate)
    .map((x) => (x.endDate ?? '').slice(0, 4));
  if (m.endDate && !isExpansion(m) && ends.length > 0 && !ends.includes(m.endDate.slice(0, 4)))
    return `a different term (to ${ends.join(', ')})`;
  return null;
}

function termsAgree(m: DealMention, d: Deal): boolean {
  if (m.termYears !== null && d.termYears !== null && m.termYears !== d.termYears) return false;
  return true;
}

/** The strongest reason for this mention to be about this deal, or null. */
function reason(m: DealMention, d: Deal): Candidate | null {
  const v = m.valueUsd;
  if (v !== null && m.cumulative) {
    const near = d.mentions.find(
      (x) => x.cumulative && x.valueUsd !== null && Math.abs(x.valueUsd - v) <= v * SAME_VALUE,
    );
    const total = d.valueUsd !== null && Math.abs(d.valueUsd - v) <= v * SAME_VALUE;
    if (near || total)
      return { deal: d, rule: 'same_value', note: `same value as the deal (${formatUsd(v)})` };
  }
  // "adds $6.5B, bringing the total to $22.4B": the total it states is the deal's value.
  const total = m.runningTotalUsd ?? null;
  if (total !== null && d.valueUsd !== null && Math.abs(d.valueUsd - total) <= total * SAME_VALUE)
    return {
      deal: d,
      rule: 'same_value',
      note: `its stated total is the deal's value (${formatUsd(total)})`,
    };
  if (v !== null && !m.cumulative) {
    const again = d.mentions.some(
      (x) =>
        !x.cumulative && x.valueUsd !== null && Math.abs(x.valueUsd - v) <= Math.max(x.valueUsd, v) * 0.01,
    );
    if (again) return { deal: d, rule: 'same_value', note: `the same ${formatUsd(v)} expansion again` };
  }
  const site = normaliseSite(m.site);
  if (site && sitesOf(d).has(site)) return { deal: d, rule: 'same_site', note: `same site (${m.site})` };
  if (isExpansion(m)) {
    return { deal: d, rule: 'expansion', note: 'an expansion of the pair’s contract begun most recently' };
  }
  const base = d.mentions.every((x) => isExpansion(x)) && firstAt(d) >= m.at;
  if (base && m.valueUsd !== null) {
    return {
      deal: d,
      rule: 'base_of_expansion',
      note: 'the original contract of the expansions on this deal',
    };
  }
  // Announced together: only when neither side names a site (a site would have decided above).
  const unsited = !site && sitesOf(d).size === 0;
  if (unsited && termsAgree(m, d) && d.mentions.some((x) => days(x.at, m.at) <= START_WINDOW_DAYS)) {
    return { deal: d, rule: 'same_start', note: `announced within ${START_WINDOW_DAYS} days, same term` };
  }
  // With no value, nothing tells two contracts apart: the nearest one in time takes it, unless it names a
  // site that the deal does not show.
  if (v === null && (!site || sitesOf(d).has(site))) {
    return { deal: d, rule: 'no_value', note: 'no value stated: attached to the nearest open contract' };
  }
  return null;
}

/** Of several deals matching at one strength: for an expansion, the latest begun by then; else the nearest. */
function pick(m: DealMention, found: Candidate[]): Candidate {
  const at = Date.parse(m.at);
  const order = (a: Candidate, b: Candidate): number => {
    if (a.rule === 'expansion' && b.rule === 'expansion') {
      const sa = Date.parse(firstAt(a.deal));
      const sb = Date.parse(firstAt(b.deal));
      if (sa <= at !== sb <= at) return sa <= at ? -1 : 1;
      if (sa !== sb) return sa <= at ? sb - sa : sa - sb;
    }
    const na = Math.min(...a.deal.mentions.map((x) => days(x.at, m.at)));
    const nb = Math.min(...b.deal.mentions.map((x) => days(x.at, m.at)));
    if (na !== nb) return na - nb;
    const la = lastAt(a.deal);
    const lb = lastAt(b.deal);
    if (la !== lb) return la > lb ? -1 : 1;
    return a.deal.id < b.deal.id ? -1 : 1;
  };
  return [...found].sort(order)[0] as Candidate;
}

/**
 * Where a mention goes among the deals of its pair (hidden ones included, so a deal hidden as wrong keeps
 * absorbing its repeats; merged-away ones excluded). Pure.
 */
export function placeMention(pairDeals: Deal[], mention: SourcedMention, dm: DealMention): Placement {
  const seen = pairDeals.find((d) => d.mentions.some((x) => sameTelling(x, dm)));
  if (seen) return { kind: 'duplicate', dealId: seen.id };
  const open = pairDeals.filter((d) => d.mergedInto === null && d.mentions.length > 0);
  const found = open
    .filter((d) => conflict(dm, d) === null)
    .map((d) => reason(dm, d))
    .filter((c): c is Candidate => c !== null);
  const top = Math.max(0, ...found.map((c) => STRENGTH[c.rule]));
  const best = found.filter((c) => STRENGTH[c.rule] === top);
  if (best.length > 0) {
    const chosen = pick(dm, best);
    const note =
      best.length > 1
        ? `${chosen.note}; ${best.length} contracts matched, took the most recent`
        : chosen.note;
    return { kind: 'join', dealId: chosen.deal.id, joined: { rule: chosen.rule, note } };
  }
  const conflicts = open.map((d) => `${d.id}: ${conflict(dm, d) ?? 'different value'}`);
  return {
    kind: 'open',
    id: contractId(
      mention.buyer.id,
      mention.provider.id,
      dm.at,
      pairDeals.map((d) => d.id),
    ),
    joined: {
      rule: 'opened',
      note: conflicts.length
        ? `a new contract of the pair (${conflicts.join('; ')})`
        : 'first contract of the pair',
    },
  };
}
