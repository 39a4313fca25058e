import { statusRank } from './deal-merge';
import type { Deal, DealChange, DealChangeKind, Subscription } from './types';

/** Alerts go out at or above this confidence unless the subscriber chose another threshold. */
export const DEFAULT_MIN_CONFIDENCE = 0.8;

/** Whether the deal, as it stands now, is over the subscriber's thresholds. */
export function meetsThresholds(sub: Subscription, deal: Deal): boolean {
  if (deal.status === 'terminated') return false;
  if ((deal.confidence ?? 1) < (sub.minConfidence ?? DEFAULT_MIN_CONFIDENCE)) return false;
  if (sub.minValueUsd > 0 && (deal.valueUsd === null || deal.valueUsd < sub.minValueUsd)) return false;
  if (statusRank(deal.status) < statusRank(sub.minStatus)) return false;
  if (sub.kinds.length > 0 && !sub.kinds.includes(deal.kind)) return false;
  if (
    sub.companies.length > 0 &&
    !sub.companies.includes(deal.buyer.id) &&
    !sub.companies.includes(deal.provider.id)
  ) {
    return false;
  }
  return true;
}

export interface AlertPlan {
  subscription: Subscription;
  deal: Deal;
  /** Ledger key of the subscriber's first alert on this deal. */
  firstKey: string;
  /** Ledger keys of the later changes this subscriber asked to hear about. */
  updates: { kind: DealChangeKind; key: string }[];
}

/**
 * For one deal's changes, which subscribers could be alerted and under which ledger keys. A subscriber hears of
 * a deal once (the first time it meets their thresholds, whatever the change), then again only for the changes
 * listed in their notifyOn. The ledger decides which keys are still unclaimed.
 */
export function planAlerts(subscriptions: Subscription[], changes: DealChange[]): AlertPlan[] {
  const deal = changes.at(-1)?.deal;
  if (!deal) return [];
  return subscriptions
    .filter((sub) => meetsThresholds(sub, deal))
    .map((sub) => ({
      subscription: sub,
      deal,
      firstKey: `${sub.id}#${deal.id}`,
      updates: changes
        .filter(
          (c): c is DealChange & { kind: 'value_up' | 'status_up' } =>
            c.kind === 'value_up' || c.kind === 'status_up',
        )
        .filter((c) => sub.notifyOn.includes(c.kind))
        .map((c) => ({ kind: c.kind, key: `${sub.id}#${c.key}` })),
    }));
}
