import pLimit from 'p-limit';
import { buildAlert } from '../core/alert-text';
import { dealChanges } from '../core/deal-changes';
import { type AlertPlan, planAlerts } from '../core/match';
import type { AlertChannel } from '../core/ports/channels';
import type { Logger } from '../core/ports/log';
import { type Metrics, noMetrics } from '../core/ports/metrics';
import type { DeliveryLedger, SubscriptionRepository } from '../core/ports/store';
import type { Deal } from '../core/types';

/**
 * Alerts published at once. SNS allows thousands of publishes a second to a topic, but direct SMS defaults to
 * 20 messages/s an account: at ~50 ms a publish, 16 in flight stay near the SMS rate, and the SDK's retries
 * absorb a throttle.
 */
export const PUBLISH_CONCURRENCY = 16;

export interface NotifyDeps {
  subscriptions: SubscriptionRepository;
  ledger: DeliveryLedger;
  channel: AlertChannel;
  log: Logger;
  /** AlertsSent / AlertsFailed; none locally. */
  metrics?: Metrics;
}

/** One change of a deal as the change stream carries it. */
export interface DealChangeRecord {
  previous: Deal | null;
  current: Deal;
}

export interface NotifyReport {
  sent: number;
  skipped: number;
}

/** Another invocation holds a fresh claim on an alert of this change: retry the record once it is sent or stale. */
export class DeliveryBusyError extends Error {
  override readonly name = 'DeliveryBusyError';
}

/**
 * Alerts the subscribers whose thresholds a deal change meets, PUBLISH_CONCURRENCY at a time. Each alert goes
 * claimed -> published -> marked sent in the ledger: a redelivered record alerts nobody twice, a failed publish
 * gives its claim back (and fails the record, to be retried), and a crash after the claim leaves a claim that goes
 * stale and is sent by the retry. The record fails if any of its alerts did, after the others were sent.
 */
export async function notifySubscribers(
  deps: NotifyDeps,
  records: DealChangeRecord[],
): Promise<NotifyReport> {
  const report: NotifyReport = { sent: 0, skipped: 0 };
  const relevant = records
    .map((r) => dealChanges(r.previous, r.current))
    .filter((changes) => changes.length > 0);
  if (relevant.length === 0) return report;
  const subscriptions = await deps.subscriptions.all();
  const limit = pLimit(PUBLISH_CONCURRENCY);
  for (const changes of relevant) {
    const plans = planAlerts(subscriptions, changes);
    const outcomes = await Promise.allSettled(plans.map((plan) => limit(() => deliver(deps, plan, report))));
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
  }
  return report;
}

async function deliver(deps: NotifyDeps, plan: AlertPlan, report: NotifyReport): Promise<void> {
  const metrics = deps.metrics ?? noMetrics;
  const { subscription, deal } = plan;
  // The first alert tells the deal as it stands, so it uses up the update keys of this change too.
  const keys = [plan.firstKey, ...plan.updates.map((u) => u.key)];
  const states: Awaited<ReturnType<DeliveryLedger['claim']>>[] = [];
  for (const key of keys) states.push(await deps.ledger.claim(key));
  const claimed = keys.filter((_, i) => states[i] === 'claimed');
  const busy = states.includes('busy');
  if (claimed.length > 0) {
    const kinds = plan.updates.filter((u) => claimed.includes(u.key)).map((u) => u.kind);
    const alert = buildAlert(subscription, deal, kinds, states[0] === 'claimed', claimed.join(','));
    try {
      await deps.channel.publish(alert);
    } catch (err) {
      metrics.count('AlertsFailed');
      for (const key of claimed) await deps.ledger.release(key);
      throw err;
    }
    for (const key of claimed) await deps.ledger.markSent(key);
    report.sent++;
    metrics.count('AlertsSent');
    deps.log.info('alert sent', { subscription: subscription.id, deal: deal.id, change: alert.changeKey });
  } else if (!busy) {
    report.skipped++;
  }
  if (busy)
    throw new DeliveryBusyError(`an alert to ${subscription.id} on ${deal.id} is being sent by another run`);
}
