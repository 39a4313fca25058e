import { buildAlert } from '../core/alert-text';
import { dealChanges } from '../core/deal-changes';
import { planAlerts } from '../core/match';
import type { AlertChannel } from '../core/ports/channels';
import type { Logger } from '../core/ports/log';
import { type Metrics, noMetrics } from '../core/ports/metrics';
import type { DeliveryLedger, SubscriptionRepository } from '../core/ports/store';
import type { Deal } from '../core/types';

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

/**
 * Alerts the subscribers whose thresholds a deal change meets. Each alert is claimed in the ledger before it is
 * sent and the claim given back when sending fails, so a redelivered stream record alerts nobody twice and a
 * failed send is retried with the record.
 */
export async function notifySubscribers(
  deps: NotifyDeps,
  records: DealChangeRecord[],
): Promise<NotifyReport> {
  const report: NotifyReport = { sent: 0, skipped: 0 };
  const metrics = deps.metrics ?? noMetrics;
  const relevant = records
    .map((r) => dealChanges(r.previous, r.current))
    .filter((changes) => changes.length > 0);
  if (relevant.length === 0) return report;
  const subscriptions = await deps.subscriptions.all();
  for (const changes of relevant) {
    for (const plan of planAlerts(subscriptions, changes)) {
      const { subscription, deal } = plan;
      // The first alert tells the deal as it stands, so it uses up the update keys of this change too.
      const first = await deps.ledger.claim(plan.firstKey);
      const claimed = first ? [plan.firstKey] : [];
      for (const u of plan.updates) if (await deps.ledger.claim(u.key)) claimed.push(u.key);
      if (claimed.length === 0) {
        report.skipped++;
        continue;
      }
      const kinds = plan.updates.filter((u) => claimed.includes(u.key)).map((u) => u.kind);
      const alert = buildAlert(subscription, deal, kinds, first, claimed.join(','));
      try {
        await deps.channel.publish(alert);
        report.sent++;
        metrics.count('AlertsSent');
        deps.log.info('alert sent', {
          subscription: subscription.id,
          deal: deal.id,
          change: alert.changeKey,
        });
      } catch (err) {
        metrics.count('AlertsFailed');
        for (const key of claimed) await deps.ledger.release(key);
        throw err;
      }
    }
  }
  return report;
}
