import { createHash, randomUUID } from 'node:crypto';
import { buildAlert } from '../core/alert-text';
import type { AlertChannel } from '../core/ports/channels';
import type { DealRepository, SubscriptionRepository } from '../core/ports/store';
import type { Alert, Subscription } from '../core/types';

export interface SubscriptionDeps {
  subscriptions: SubscriptionRepository;
  deals: DealRepository;
  channel: AlertChannel;
  clock: () => Date;
}

export type SubscriptionInput = Omit<Subscription, 'id' | 'createdAt' | 'channelRef' | 'endpointState'>;

export class SubscriptionNotFoundError extends Error {
  override readonly name = 'SubscriptionNotFoundError';
  constructor(readonly id: string) {
    super(`no subscription ${id}`);
  }
}

/** Nothing to show in a test alert: the store holds no deal yet. */
export class NoDealYetError extends Error {
  override readonly name = 'NoDealYetError';
  constructor() {
    super('there is no deal yet to show in a test alert; try again after the first poll');
  }
}

/** Registers the endpoint with the channel, then stores the subscription; undoes the first if the second fails. */
export async function createSubscription(
  deps: SubscriptionDeps,
  input: SubscriptionInput,
  id: string = randomUUID(),
): Promise<Subscription> {
  const subscription: Subscription = {
    id,
    ...input,
    createdAt: deps.clock().toISOString(),
    channelRef: null,
  };
  subscription.channelRef = await deps.channel.register(subscription);
  try {
    // SNS has just sent its confirmation request: the state says so until the subscriber follows the link.
    subscription.endpointState = (await deps.channel.endpointState?.(subscription)) ?? 'active';
    await deps.subscriptions.put(subscription);
  } catch (err) {
    // Without its record the channel subscription would alert nobody but could not be removed through the API.
    await deps.channel.unregister(subscription).catch(() => {});
    throw err;
  }
  return subscription;
}

/** A public sign-up's id: one per address (in any case), so that signing up again changes nothing. */
export function publicSubscriptionId(email: string): string {
  return `public-${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32)}`;
}

/**
 * A sign-up from the public form: email only, with the defaults of any new subscription. An address already
 * signed up is left as it is, with no second confirmation mail, and the caller is told nothing different, so
 * that the form neither floods an inbox nor tells who is subscribed.
 */
export async function subscribeEmail(
  deps: SubscriptionDeps,
  input: Omit<SubscriptionInput, 'channel'>,
): Promise<void> {
  const id = publicSubscriptionId(input.endpoint);
  if (await deps.subscriptions.get(id)) return;
  await createSubscription(deps, { ...input, channel: 'email' }, id);
}

export async function getSubscription(deps: SubscriptionDeps, id: string): Promise<Subscription> {
  const sub = await deps.subscriptions.get(id);
  if (!sub) throw new SubscriptionNotFoundError(id);
  return sub;
}

/**
 * One subscription with its endpoint's state as the channel tells it now (confirmed, still pending, opted out,
 * unsubscribed), recorded when it changed, so that the answer is the truth and not the state at creation.
 */
export async function readSubscription(deps: SubscriptionDeps, id: string): Promise<Subscription> {
  const sub = await getSubscription(deps, id);
  if (!deps.channel.endpointState) return sub;
  const state = await deps.channel.endpointState(sub);
  if (state === (sub.endpointState ?? 'active')) return sub;
  await deps.subscriptions.setEndpointState(sub.id, state);
  return { ...sub, endpointState: state };
}

export async function deleteSubscription(deps: SubscriptionDeps, id: string): Promise<void> {
  const sub = await getSubscription(deps, id);
  await deps.channel.unregister(sub);
  await deps.subscriptions.delete(sub.id);
}

/** Oldest first, so that a list read twice reads the same. */
export async function listSubscriptions(deps: SubscriptionDeps): Promise<Subscription[]> {
  const all = await deps.subscriptions.all();
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * Sends the subscriber an alert about the newest deal through the real channel, marked as a test, so that a
 * new subscriber sees what an alert looks like. It bypasses the delivery ledger: a test is sent every time.
 */
export async function sendTestAlert(deps: SubscriptionDeps, id: string): Promise<Alert> {
  const sub = await getSubscription(deps, id);
  const [deal] = (await deps.deals.list({ limit: 1 })).items;
  if (!deal) throw new NoDealYetError();
  const at = deps.clock().toISOString();
  const alert = buildAlert(sub, deal, ['new_deal'], true, `test:${sub.id}:${at}`);
  const tested: Alert = { ...alert, subject: `[Test] ${alert.subject}` };
  await deps.channel.publish(tested);
  return tested;
}
