import { dealChanges } from '../core/deal-changes';
import { planAlerts } from '../core/match';
import type { AlertQueue, DeliveryBatch } from '../core/ports/channels';
import type { Logger } from '../core/ports/log';
import type { Metrics } from '../core/ports/metrics';
import type { SubscriptionRepository } from '../core/ports/store';
import type { Deal } from '../core/types';
import { type DeliverDeps, deliverBatch } from './deliver-alerts';

/** Subscribers per delivery batch: one SQS message stays far under 256 KB, one delivery run under a minute. */
export const DELIVERY_BATCH_SIZE = 50;

/**
 * In AWS, notify only matches and hands the batches to the queue (the delivery function publishes them); locally
 * and in tests without a queue, it delivers them itself with the ledger and the channel.
 */
export type NotifyDeps = {
  subscriptions: SubscriptionRepository;
  log: Logger;
  metrics?: Metrics;
} & ({ queue: AlertQueue } | Omit<DeliverDeps, 'subscriptions' | 'log' | 'metrics'>);

/** One change of a deal as the change stream carries it. */
export interface DealChangeRecord {
  previous: Deal | null;
  current: Deal;
}

export interface NotifyReport {
  /** Subscribers matched (in AWS: queued for delivery). */
  matched: number;
  /** Delivered in process (0 when a queue takes them). */
  sent: number;
}

/** Delivered in process, an alert held for a pending confirmation fails its record: the retry asks again. */
export class DeliveryHeldError extends Error {
  override readonly name = 'DeliveryHeldError';
}

/**
 * Matches deal changes against the subscriptions (a set cached per process, re-read only when a subscription
 * changed: store/subscriptions.ts) and fans the matches out in batches of DELIVERY_BATCH_SIZE.
 */
export async function notifySubscribers(
  deps: NotifyDeps,
  records: DealChangeRecord[],
): Promise<NotifyReport> {
  const report: NotifyReport = { matched: 0, sent: 0 };
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
  if ('queue' in deps) {
    await deps.queue.send(batches);
    return report;
  }
  for (const batch of batches) {
    const out = await deliverBatch(deps, batch);
    report.sent += out.sent;
    if (out.failure) throw out.failure;
    if (out.held.length > 0)
      throw new DeliveryHeldError(`${out.held.length} alert(s) on ${batch.deal.id} wait for a confirmation`);
  }
  return report;
}
