import pLimit from 'p-limit';
import { buildAlert } from '../core/alert-text';
import type { AlertChannel, AlertQueue, DeliveryBatch, DeliveryPlan } from '../core/ports/channels';
import type { Logger } from '../core/ports/log';
import { type Metrics, noMetrics } from '../core/ports/metrics';
import type { ClaimState, DeliveryLedger, SubscriptionRepository } from '../core/ports/store';
import type { Deal, EndpointState, Subscription } from '../core/types';

/**
 * Alerts published at once by one delivery run. SNS takes thousands of topic publishes a second, but direct SMS
 * defaults to 20 messages/s an account: the SMS pace is the channel's own limiter (channels/sns.ts); 16 in
 * flight keeps topic publishes near 300/s a run at ~50 ms each, and the SDK's retries absorb a throttle.
 */
export const PUBLISH_CONCURRENCY = 16;

export interface DeliverDeps {
  /** Read per batch: a deleted, opted-out or unconfirmed subscription is seen as it is now, not as matched. */
  subscriptions: SubscriptionRepository;
  ledger: DeliveryLedger;
  channel: AlertChannel;
  log: Logger;
  /** AlertsSent / AlertsFailed / AlertsHeld; none locally. */
  metrics?: Metrics;
}

export interface DeliveryReport {
  sent: number;
  skipped: number;
  /** Plans of subscribers who have not confirmed yet: deliver them again later. */
  held: DeliveryPlan[];
  /** The first failure (publish refused, ledger busy): the batch must be retried once the rest is done. */
  failure: unknown;
}

/** Another invocation holds a fresh claim on an alert of this change: retry the batch once it is sent or stale. */
export class DeliveryBusyError extends Error {
  override readonly name = 'DeliveryBusyError';
}

/**
 * Alerts claimed in the ledger at once: they are published and marked sent before the next ones are claimed,
 * so a claim lives for the time it takes to publish this many (seconds, even at the SMS pace), far under
 * STALE_CLAIM_MS, and a batch of 50 costs a few ledger requests instead of two per alert.
 */
export const DELIVERY_CLAIM_CHUNK = 25;

/** A subscriber of the batch whose endpoint can take the alert now. */
interface Ready {
  plan: DeliveryPlan;
  subscription: Subscription;
}

/**
 * Delivers one batch. Each subscriber's endpoint state is checked first: pending confirmation is held (nothing
 * claimed), opted out or unsubscribed skipped. The others go DELIVERY_CLAIM_CHUNK at a time: their alerts are
 * claimed in the ledger (one transaction), published PUBLISH_CONCURRENCY at a time, then marked sent (one batch
 * write). A redelivered batch finds them sent and alerts nobody twice; a failed publish gives its claims back
 * (the batch is retried); a crash after the claim leaves claims that go stale and are sent by the retry.
 */
async function deliverBatch(deps: DeliverDeps, batch: DeliveryBatch): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, skipped: 0, held: [], failure: null };
  const metrics = deps.metrics ?? noMetrics;
  const limit = pLimit(PUBLISH_CONCURRENCY);
  const failures: unknown[] = [];
  const collect = (outcomes: PromiseSettledResult<unknown>[]) => {
    for (const o of outcomes) if (o.status === 'rejected') failures.push(o.reason);
  };
  // One read for the batch: each subscription as it is now (deleted, opted out, confirmed since the match).
  const current = new Map(
    (await deps.subscriptions.getMany(batch.plans.map((p) => p.subscriptionId))).map((s) => [s.id, s]),
  );
  const ready: Ready[] = [];
  collect(
    await Promise.allSettled(
      batch.plans.map((plan) =>
        limit(async () => {
          const subscription = current.get(plan.subscriptionId);
          if (!subscription) {
            report.skipped++; // deleted since the change was matched
            return;
          }
          const state = await currentState(deps, subscription);
          if (state === 'pending_confirmation') {
            report.held.push(plan);
            metrics.count('AlertsHeld');
          } else if (state === 'active') ready.push({ plan, subscription });
          else report.skipped++;
        }),
      ),
    ),
  );
  for (let i = 0; i < ready.length; i += DELIVERY_CLAIM_CHUNK) {
    const chunk = ready.slice(i, i + DELIVERY_CLAIM_CHUNK);
    try {
      const claims = await deps.ledger.claim(chunk.flatMap(({ plan }) => planKeys(plan)));
      const sentKeys: string[] = [];
      collect(
        await Promise.allSettled(
          chunk.map((r) => limit(() => publishClaimed(deps, batch.deal, r, claims, report, sentKeys))),
        ),
      );
      if (sentKeys.length > 0) await deps.ledger.markSent(sentKeys);
    } catch (err) {
      failures.push(err); // the ledger failed: the rest waits for the retry
      break;
    }
  }
  report.failure = failures[0] ?? null;
  return report;
}

/** The first alert tells the deal as it stands, so it uses up the update keys of this change too. */
const planKeys = (plan: DeliveryPlan) => [plan.firstKey, ...plan.updates.map((u) => u.key)];

/** Endpoint states that no alert can change: the subscriber has to act (subscribe again) first. */
const FINAL_STATES: EndpointState[] = ['opted_out', 'unsubscribed'];

/**
 * The endpoint's state as the channel sees it now, recorded on the subscription when it changed. A confirmed
 * email stays confirmed (SNS's unsubscribe link is the only way out, and a publish then reaches nobody), so it is
 * asked once; an SMS number can opt out at any time with STOP, so it is asked before every alert.
 */
async function currentState(deps: DeliverDeps, sub: Subscription): Promise<EndpointState> {
  const recorded = sub.endpointState ?? 'active';
  if (FINAL_STATES.includes(recorded)) return recorded;
  if (!deps.channel.endpointState) return 'active';
  if (recorded === 'active' && sub.channel !== 'sms') return recorded;
  const now = await deps.channel.endpointState(sub);
  if (now !== recorded) {
    await deps.subscriptions.setEndpointState(sub.id, now);
    deps.log.info('endpoint state changed', { subscription: sub.id, from: recorded, to: now });
  }
  return now;
}

/** Publishes the alert whose keys this run claimed; its keys join `sentKeys` once SNS took it. */
async function publishClaimed(
  deps: DeliverDeps,
  deal: Deal,
  { plan, subscription }: Ready,
  claims: Map<string, ClaimState>,
  report: DeliveryReport,
  sentKeys: string[],
) {
  const metrics = deps.metrics ?? noMetrics;
  const keys = planKeys(plan);
  const states = keys.map((key) => claims.get(key) ?? 'busy');
  const claimed = keys.filter((_, i) => states[i] === 'claimed');
  const busy = states.includes('busy');
  if (claimed.length > 0) {
    const kinds = plan.updates.filter((u) => claimed.includes(u.key)).map((u) => u.kind);
    const alert = buildAlert(subscription, deal, kinds, states[0] === 'claimed', claimed.join(','));
    try {
      await deps.channel.publish(alert);
    } catch (err) {
      metrics.count('AlertsFailed');
      await deps.ledger.release(claimed);
      throw err;
    }
    sentKeys.push(...claimed);
    report.sent++;
    metrics.count('AlertsSent');
    deps.log.info('alert sent', { subscription: subscription.id, deal: deal.id, change: alert.changeKey });
  } else if (!busy) {
    report.skipped++;
  }
  if (busy)
    throw new DeliveryBusyError(`an alert to ${subscription.id} on ${deal.id} is being sent by another run`);
}

/** A held alert is checked again this much later (SQS's longest delay). */
export const HOLD_RECHECK_SECONDS = 900;
/** SNS confirmation links are valid for three days: an alert still unconfirmed after that is dropped. */
export const HOLD_MAX_MS = 72 * 3600 * 1000;

export interface QueuedDeliverDeps extends DeliverDeps {
  queue: AlertQueue;
  clock: () => Date;
}

/**
 * Delivers a batch taken from the queue. Alerts held for a pending confirmation go back on the queue, delayed,
 * until the subscriber confirms or the link expires; then the first failure, if any, fails the message so that
 * SQS redelivers it (the ledger skips what was sent).
 */
export async function deliverQueuedBatch(
  deps: QueuedDeliverDeps,
  batch: DeliveryBatch,
): Promise<DeliveryReport> {
  const report = await deliverBatch(deps, batch);
  if (report.held.length > 0) {
    const heldSince = batch.heldSince ?? deps.clock().toISOString();
    if (deps.clock().getTime() - Date.parse(heldSince) > HOLD_MAX_MS) {
      deps.log.warn('alerts dropped: subscription never confirmed', {
        deal: batch.deal.id,
        subscriptions: report.held.map((p) => p.subscriptionId),
      });
    } else {
      await deps.queue.send([{ deal: batch.deal, plans: report.held, heldSince }], {
        delaySeconds: HOLD_RECHECK_SECONDS,
      });
    }
  }
  if (report.failure) throw report.failure;
  return report;
}
