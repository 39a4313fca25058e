import pLimit from 'p-limit';
import type { SmsOptOutList } from '../core/ports/channels';
import type { Logger } from '../core/ports/log';
import { type Metrics, noMetrics } from '../core/ports/metrics';
import type { SubscriptionRepository } from '../core/ports/store';
import type { EndpointState } from '../core/types';

/** Numbers looked up at once (one small index query each). */
const LOOKUP_CONCURRENCY = 8;
/** States a STOP does not change: already opted out, or ended by the subscriber. */
const SETTLED: EndpointState[] = ['opted_out', 'unsubscribed'];

export interface SyncSmsOptOutsDeps {
  optOuts: SmsOptOutList;
  subscriptions: SubscriptionRepository;
  log: Logger;
  metrics?: Metrics;
}

export interface SyncSmsOptOutsReport {
  /** Numbers on SNS's opted-out list. */
  numbers: number;
  /** SMS subscriptions marked opted out by this run. */
  recorded: number;
}

/**
 * Records every STOP reply in DynamoDB soon after it happens, not only at the next alert to that number: reads
 * SNS's opted-out list page by page, finds each number's subscriptions through the endpoint index, and marks the
 * SMS ones opted out. Subscriptions already marked are left alone (a write would bump the subscriptions' version
 * and make notify reload them all). Safe to run again: it only ever moves a subscription to opted out.
 */
export async function syncSmsOptOuts(deps: SyncSmsOptOutsDeps): Promise<SyncSmsOptOutsReport> {
  const report: SyncSmsOptOutsReport = { numbers: 0, recorded: 0 };
  const limit = pLimit(LOOKUP_CONCURRENCY);
  for await (const numbers of deps.optOuts.pages()) {
    report.numbers += numbers.length;
    await Promise.all(
      numbers.map((number) =>
        limit(async () => {
          for (const sub of await deps.subscriptions.findByEndpoint(number)) {
            if (sub.channel !== 'sms' || SETTLED.includes(sub.endpointState ?? 'active')) continue;
            await deps.subscriptions.setEndpointState(sub.id, 'opted_out');
            report.recorded++;
            deps.log.info('SMS opt-out recorded', { subscription: sub.id });
          }
        }),
      ),
    );
  }
  (deps.metrics ?? noMetrics).count('SmsOptOutsRecorded', report.recorded);
  deps.log.info('SMS opt-outs synced', { ...report });
  return report;
}
