import {
  contractTerms,
  type Deal,
  type DealCorrection,
  type DealEvent,
  type DealEventType,
  type DealMention,
  type DealStatus,
  type MentionStatus,
  type SourcedMention,
} from './types';

// A deal is one real-world contract. It keeps the mentions it was told by, and its fields are a fold of those
// mentions in the order of their dates (not of their arrival), then the operator's corrections on top. So the
// same mentions give the same deal whatever order filings and news items arrive in, and a late mention never
// undoes a correction.

const MAX_MENTIONS = 50;
const MAX_HISTORY = 100;
const DAY_MS = 24 * 3600 * 1000;
/** A running total ("bringing the total to $22.4B") includes the increments reported up to this long after it. */
const TOTAL_INCLUDES_DAYS = 30;

const STATUS_RANK: Record<DealStatus, number> = { in_talks: 0, reported: 1, signed: 2, terminated: 3 };

export function statusRank(status: DealStatus): number {
  return STATUS_RANK[status];
}

export function pairKey(buyerId: string, providerId: string): string {
  return `${buyerId}--${providerId}`;
}

/** `microsoft--nscale--2025-09`: the pair and the month the contract was first mentioned. */
export function contractId(
  buyerId: string,
  providerId: string,
  at: string,
  taken: Iterable<string> = [],
): string {
  const base = `${pairKey(buyerId, providerId)}--${at.slice(0, 7)}`;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function dealStatusOf(status: MentionStatus): DealStatus {
  return status === 'expanded' ? 'signed' : status;
}

/** An expansion of an earlier contract: said so ("expands", "additional"), or an increment rather than a total. */
export function isExpansion(m: Pick<DealMention, 'status' | 'cumulative' | 'valueUsd'>): boolean {
  return m.status === 'expanded' || (!m.cumulative && m.valueUsd !== null);
}

export function normaliseSite(site: string | null | undefined): string | null {
  const s = site?.trim().toLowerCase();
  return s ? s : null;
}

export function toDealMention(m: SourcedMention, now: Date, joined: DealMention['joined']): DealMention {
  return {
    buyer: m.buyer,
    provider: m.provider,
    source: m.source,
    at: m.source.publishedAt ?? now.toISOString(),
    ...contractTerms(m),
    site: m.site ?? null,
    evidence: m.evidence,
    confidence: m.confidence,
    joined,
  };
}

/** Date order; the source id breaks ties, so equal dates fold the same way every time. */
export function byDate(a: DealMention, b: DealMention): number {
  return a.at < b.at
    ? -1
    : a.at > b.at
      ? 1
      : a.source.id < b.source.id
        ? -1
        : a.source.id > b.source.id
          ? 1
          : 0;
}

/** Two increments within 1% are the same expansion reported twice. */
function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(a, b) * 0.01;
}

/** The total a mention states for the whole contract: its value when cumulative, else its running total. */
function totalOf(m: DealMention): number | null {
  if (m.valueUsd !== null && m.cumulative) return m.valueUsd;
  return m.runningTotalUsd ?? null;
}

/**
 * The contract's value from a set of mentions, whatever their order: a base value (the contract as signed)
 * plus every distinct increment; a running total (a cumulative value, or the total an expansion states beside
 * its increment) plus the increments reported well after it. The highest reading wins (a total of $22.4B and a
 * base of $11.9B + $4B + $6.5B agree).
 */
export function contractValue(mentions: DealMention[]): number | null {
  const increments: DealMention[] = [];
  for (const m of [...mentions].sort(byDate)) {
    const v = m.valueUsd;
    if (v === null || m.cumulative) continue;
    if (!increments.some((i) => sameAmount(i.valueUsd ?? 0, v))) increments.push(m);
  }
  const sum = (list: DealMention[]) => list.reduce((s, m) => s + (m.valueUsd ?? 0), 0);
  let best: number | null = increments.length ? sum(increments) : null;
  for (const m of mentions) {
    const total = totalOf(m);
    if (total === null) continue;
    const after = Date.parse(m.at) + TOTAL_INCLUDES_DAYS * DAY_MS;
    const added =
      m.status === 'expanded' || !m.cumulative
        ? increments.filter((i) => Date.parse(i.at) > after)
        : increments;
    const reading = total + sum(added);
    if (best === null || reading > best) best = reading;
  }
  return best;
}

function bounded<T>(items: T[], max: number): T[] {
  return items.length <= max ? items : [items[0] as T, ...items.slice(items.length - max + 1)];
}

type Shell = Pick<Deal, 'id' | 'firstSeenAt' | 'updatedAt' | 'version' | 'mergedInto' | 'migratedFrom'>;

/** The deal that a set of mentions and corrections make. Pure and order-free in the mentions. */
export function deriveDeal(shell: Shell, mentions: DealMention[], corrections: DealCorrection[]): Deal {
  const ordered = [...mentions].sort(byDate);
  const first = ordered[0];
  if (!first) throw new Error(`deal ${shell.id} has no mention`);
  const events: DealEvent[] = [];
  const seen: DealMention[] = [];
  let deal: Deal | null = null;
  for (const m of ordered) {
    seen.push(m);
    const ev = (type: DealEventType, d: Deal, incrementUsd: number | null = null): DealEvent => ({
      type,
      at: m.at,
      sourceId: m.source.id,
      valueUsd: d.valueUsd,
      status: d.status,
      incrementUsd,
    });
    const increment = !m.cumulative && m.valueUsd !== null ? m.valueUsd : null;
    if (!deal) {
      deal = {
        ...shell,
        buyer: { id: '', name: '' },
        provider: { id: '', name: '' },
        kind: m.kind,
        status: dealStatusOf(m.status),
        valueUsd: contractValue(seen),
        valueText: increment === null ? m.valueText : null,
        qualifier: m.qualifier,
        endDate: m.endDate,
        termYears: m.termYears,
        confirmedByFiling: m.source.kind === 'filing' && (m.status === 'signed' || m.status === 'expanded'),
        sources: [],
        history: [],
        evidence: m.evidence,
        mentions: [],
        corrections,
        hidden: false,
      };
      events.push(ev('created', deal, increment));
      continue;
    }
    const eventsBefore = events.length;
    const status = dealStatusOf(m.status);
    if (m.status === 'terminated' && deal.status !== 'terminated') {
      deal.status = 'terminated';
      events.push(ev('terminated', deal));
    } else if (deal.status !== 'terminated' && statusRank(status) > statusRank(deal.status)) {
      deal.status = status;
      deal.evidence = m.evidence;
      events.push(ev('status_up', deal));
    }
    if (
      m.source.kind === 'filing' &&
      !deal.confirmedByFiling &&
      (m.status === 'signed' || m.status === 'expanded')
    ) {
      deal.confirmedByFiling = true;
      events.push(ev('confirmed_by_filing', deal));
    }
    const value = contractValue(seen);
    if (value !== null && (deal.valueUsd === null || value > deal.valueUsd)) {
      deal.valueUsd = value;
      deal.valueText = increment === null && value === m.valueUsd ? m.valueText : null;
      deal.qualifier = m.qualifier;
      deal.evidence = m.evidence;
      events.push(ev(isExpansion(m) ? 'expanded' : 'value_up', deal, increment));
    }
    if (m.endDate && (!deal.endDate || m.endDate > deal.endDate)) {
      deal.endDate = m.endDate;
      events.push(ev('term_changed', deal));
    }
    if (m.termYears !== null && deal.termYears === null) deal.termYears = m.termYears;
    // A source that changed nothing is still a merge: the history shows every one.
    if (events.length === eventsBefore) events.push(ev('source_added', deal));
  }
  const d = deal as Deal;
  // Parties as a filing names them, else the first mention (names vary between news items).
  const named = ordered.find((m) => m.source.kind === 'filing') ?? first;
  d.buyer = named.buyer;
  d.provider = named.provider;
  for (const c of [...corrections].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    applyCorrection(d, c);
    events.push({
      type: 'corrected',
      at: c.at,
      sourceId: c.change.type === 'split_off' || c.change.type === 'split_from' ? c.change.sourceId : '',
      valueUsd: d.valueUsd,
      status: d.status,
      incrementUsd: null,
      by: c.by,
      why: c.why,
      note: describeCorrection(c),
    });
  }
  // The clearest disclosure stands; an operator's correction vouches for the deal.
  d.confidence = corrections.some((c) => c.change.type === 'set')
    ? 1
    : Math.max(...ordered.map((m) => m.confidence ?? 1));
  d.mentions = ordered;
  d.sources = [...ordered].reverse().map((m) => m.source);
  d.history = bounded(events, MAX_HISTORY);
  return d;
}

function applyCorrection(d: Deal, c: DealCorrection): void {
  const ch = c.change;
  if (ch.type === 'hide') d.hidden = true;
  else if (ch.type === 'unhide') d.hidden = false;
  else if (ch.type === 'set') {
    const f = ch.fields;
    if (f.buyer) d.buyer = f.buyer;
    if (f.provider) d.provider = f.provider;
    if (f.valueUsd !== undefined) {
      d.valueUsd = f.valueUsd;
      d.valueText = null;
      d.qualifier = null;
    }
    if (f.status) d.status = f.status;
    if (f.kind) d.kind = f.kind;
  }
}

export function describeCorrection(c: DealCorrection): string {
  const ch = c.change;
  switch (ch.type) {
    case 'set':
      return `set ${Object.entries(ch.fields)
        .map(([k, v]) => `${k}=${v && typeof v === 'object' ? (v as { id: string }).id : String(v)}`)
        .join(', ')}`;
    case 'hide':
      return 'hidden';
    case 'unhide':
      return 'shown again';
    case 'split_off':
      return `mention ${ch.sourceId} split off into ${ch.dealId}`;
    case 'split_from':
      return `split off from ${ch.dealId} (mention ${ch.sourceId})`;
    case 'merged_from':
      return `merged ${ch.dealId} into this deal`;
  }
}

/** The deal again after its mentions or corrections changed: next version, fields folded anew. */
export function rebuild(deal: Deal, mentions: DealMention[], corrections: DealCorrection[], now: Date): Deal {
  const kept = bounded([...mentions].sort(byDate), MAX_MENTIONS);
  return deriveDeal({ ...deal, updatedAt: now.toISOString(), version: deal.version + 1 }, kept, corrections);
}

/** A new deal from its first mention. */
export function openDeal(
  id: string,
  m: SourcedMention | DealMention,
  now: Date,
  joined: DealMention['joined'] = { rule: 'opened', note: 'first mention of this contract' },
  extra: Partial<Pick<Deal, 'corrections' | 'migratedFrom'>> = {},
): Deal {
  const at = now.toISOString();
  const mention = 'joined' in m ? { ...m, joined } : toDealMention(m, now, joined);
  return deriveDeal(
    {
      id,
      firstSeenAt: at,
      updatedAt: at,
      version: 1,
      mergedInto: null,
      migratedFrom: extra.migratedFrom ?? null,
    },
    [mention],
    extra.corrections ?? [],
  );
}

/** Adds one mention to its deal; null when the deal already has that source (redelivered work is a no-op). */
export function addMention(
  deal: Deal,
  m: SourcedMention,
  now: Date,
  joined: DealMention['joined'],
): Deal | null {
  if (deal.mentions.some((x) => x.source.id === m.source.id)) return null;
  return rebuild(deal, [...deal.mentions, toDealMention(m, now, joined)], deal.corrections, now);
}

/**
 * Folds one mention into a given deal, or opens one (id: the pair and the mention's month). Which deal a
 * mention belongs to is decided by `placeMention` (deal-identity.ts); this is the merge once that is known.
 */
export function mergeMention(existing: Deal | null, m: SourcedMention, now: Date): Deal | null {
  if (!existing) {
    return openDeal(contractId(m.buyer.id, m.provider.id, m.source.publishedAt ?? now.toISOString()), m, now);
  }
  return addMention(existing, m, now, { rule: 'same_value', note: 'placed on this deal by the caller' });
}
