import type { Deal, DealEvent, DealEventType, DealStatus, MentionStatus, SourcedMention } from './types';

// A deal is the real-world contract between one buyer and one provider. Mentions of it from filings and news
// merge here; an expansion raises the value and keeps the history.

const MAX_SOURCES = 50;
const MAX_HISTORY = 100;

const STATUS_RANK: Record<DealStatus, number> = { in_talks: 0, reported: 1, signed: 2, terminated: 3 };

export function statusRank(status: DealStatus): number {
  return STATUS_RANK[status];
}

export function dealId(buyerId: string, providerId: string): string {
  return `${buyerId}--${providerId}`;
}

function dealStatusOf(status: MentionStatus): DealStatus {
  return status === 'expanded' ? 'signed' : status;
}

/** Two increments within 1% are the same expansion reported twice. */
function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(a, b) * 0.01;
}

function event(
  type: DealEventType,
  at: string,
  m: SourcedMention,
  deal: Pick<Deal, 'valueUsd' | 'status'>,
  incrementUsd: number | null = null,
): DealEvent {
  return { type, at, sourceId: m.source.id, valueUsd: deal.valueUsd, status: deal.status, incrementUsd };
}

function bounded<T>(items: T[], max: number, keepNewest: 'start' | 'end'): T[] {
  if (items.length <= max) return items;
  return keepNewest === 'start'
    ? items.slice(0, max)
    : [items[0] as T, ...items.slice(items.length - max + 1)];
}

function newDeal(m: SourcedMention, at: string): Deal {
  const deal: Deal = {
    id: dealId(m.buyer.id, m.provider.id),
    buyer: m.buyer,
    provider: m.provider,
    kind: m.kind,
    status: dealStatusOf(m.status),
    valueUsd: m.valueUsd,
    valueText: m.valueText,
    qualifier: m.qualifier,
    endDate: m.endDate,
    termYears: m.termYears,
    confirmedByFiling: m.source.kind === 'filing' && m.status !== 'in_talks' && m.status !== 'reported',
    firstSeenAt: at,
    updatedAt: at,
    sources: [m.source],
    history: [],
    evidence: m.evidence,
    version: 1,
  };
  deal.history.push(event('created', at, m, deal, m.cumulative ? null : m.valueUsd));
  return deal;
}

/**
 * Folds one mention into the deal it belongs to (or starts one). Returns null when the mention changes
 * nothing, including when its source was merged before, so redelivered work is a no-op.
 */
export function mergeMention(existing: Deal | null, m: SourcedMention, now: Date): Deal | null {
  const at = now.toISOString();
  if (!existing) return newDeal(m, at);
  if (existing.sources.some((s) => s.id === m.source.id)) return null;

  const deal: Deal = {
    ...existing,
    sources: [m.source, ...existing.sources],
    history: [...existing.history],
  };
  const events: DealEvent[] = [];
  const mentionStatus = dealStatusOf(m.status);
  const fromFiling = m.source.kind === 'filing';

  if (m.status === 'terminated' && deal.status !== 'terminated') {
    deal.status = 'terminated';
    events.push(event('terminated', at, m, deal));
  } else if (deal.status !== 'terminated' && statusRank(mentionStatus) > statusRank(deal.status)) {
    deal.status = mentionStatus;
    deal.evidence = m.evidence;
    events.push(event('status_up', at, m, deal));
  }

  if (fromFiling && !deal.confirmedByFiling && (m.status === 'signed' || m.status === 'expanded')) {
    deal.confirmedByFiling = true;
    events.push(event('confirmed_by_filing', at, m, deal));
  }

  if (m.valueUsd !== null) {
    if (m.cumulative) {
      if (deal.valueUsd === null || m.valueUsd > deal.valueUsd) {
        const type: DealEventType = m.status === 'expanded' ? 'expanded' : 'value_up';
        deal.valueUsd = m.valueUsd;
        deal.valueText = m.valueText;
        deal.qualifier = m.qualifier;
        deal.evidence = m.evidence;
        events.push(event(type, at, m, deal));
      }
    } else {
      const increment = m.valueUsd;
      const applied = existing.history.some(
        (e) => e.incrementUsd !== null && sameAmount(e.incrementUsd, increment),
      );
      if (!applied) {
        deal.valueUsd = (deal.valueUsd ?? 0) + increment;
        deal.valueText = m.valueText;
        deal.qualifier = m.qualifier;
        deal.evidence = m.evidence;
        events.push(event('expanded', at, m, deal, increment));
      }
    }
  }

  if (m.endDate && (!deal.endDate || m.endDate > deal.endDate)) {
    deal.endDate = m.endDate;
    events.push(event('term_changed', at, m, deal));
  }
  if (m.termYears !== null && deal.termYears === null) deal.termYears = m.termYears;

  if (events.length === 0) events.push(event('source_added', at, m, deal));
  deal.sources = bounded(deal.sources, MAX_SOURCES, 'start');
  deal.history = bounded([...deal.history, ...events], MAX_HISTORY, 'end');
  deal.updatedAt = at;
  deal.version = existing.version + 1;
  return deal;
}
