import { dealChanges } from '../core/deal-changes';
import { planAlerts } from '../core/match';
import type { AlertQueue, DeliveryBatch } from '../core/ports/channels';
import type { Logger } from '../core/ports/log';
import type { Metrics } from '../core/ports/metrics';
import type { SubscriptionRepository } from '../core/ports/store';
import type { Deal } from '../core/types';

/** Subscribers per delivery batch: one SQS message stays far under 256 KB, one delivery run under a minute. */
export const DELIVERY_BATCH_SIZE = 50;

/**
 * notify only matches and hands the batches to the alert queue; the delivery capability publishes them
 * (use-cases/deliver-alerts.ts), in AWS through SQS and locally through the in-process queue.
 */
export interface NotifyDeps {
  subscriptions: SubscriptionRepository;
  queue: AlertQueue;
  log: Logger;
  metrics?: Metrics;
}

/** One change of a deal as the change stream carries it. */
export interface DealChangeRecord {
  previous: Deal | null;
  current: Deal;
}

export interface NotifyReport {
  /** Subscribers matched, queued for delivery. */
  matched: number;
}

/**
 * Matches deal changes against the subscriptions (a set cached per process, re-read only when a subscription
 * changed: store/subscriptions.ts) and queues the matches in batches of DELIVERY_BATCH_SIZE.
 */
export async function notifySubscribers(
  deps: NotifyDeps,
  records: DealChangeRecord[],
): Promise<NotifyReport> {
  const report: NotifyReport = { matched: 0 };
  const relevant = records
    .map((r) => dealChanges(r.previous, r.current))
    .filter((changes) => changes.length > 0);
  if (relevant.length === 0) return report;
  const subscriptions = await deps.subscriptions.all();
  const batches: DeliveryBatch[] = [];
  for (const changes of relevant) {
    const plans = planAlerts(subscriptions, changes);
    report.matched += plans.length;
    const deal = plans[0]?.deal;
    if (!deal) continue;
    const slim: Deal = { ...deal, mentions: [], history: [], corrections: [] };
    for (let i = 0; i < plans.length; i += DELIVERY_BATCH_SIZE) {
      batches.push({
        deal: slim,
        plans: plans.slice(i, i + DELIVERY_BATCH_SIZE).map(({ subscription, firstKey, updates }) => ({
          subscriptionId: subscription.id,
          firstKey,
          updates,
        })),
      });
    }
  }
  await deps.queue.send(batches);
  return report;
}
