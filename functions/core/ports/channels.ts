import type { Alert, Deal, DealChangeKind, EndpointState, FilingJob, Subscription } from '../types';

/** Delivers alerts: SNS in AWS, the outbox (console + JSONL) locally. */
export interface AlertChannel {
  publish(alert: Alert): Promise<void>;
  /** Registers the subscriber's endpoint with the channel (SNS sends its own confirmation); returns a reference. */
  register(subscription: Subscription): Promise<string | null>;
  unregister(subscription: Subscription): Promise<void>;
  /**
   * Whether alerts can reach the endpoint now (confirmed, pending confirmation, opted out by an SMS STOP,
   * unsubscribed). Absent on channels whose endpoints need no confirmation (the outbox): always active.
   */
  endpointState?(subscription: Subscription): Promise<EndpointState>;
}

/** Carries filing jobs from the poller to the worker: SQS in AWS, an in-process queue locally. */
export interface FilingQueue {
  send(jobs: FilingJob[]): Promise<void>;
}

/** One subscriber's share of a deal change: the ledger keys its alert would use up. */
export interface DeliveryPlan {
  subscriptionId: string;
  /** Ledger key of the subscriber's first alert on this deal. */
  firstKey: string;
  /** Ledger keys of the later changes this subscriber asked to hear about. */
  updates: { kind: DealChangeKind; key: string }[];
}

/** A deal change and the subscribers to alert of it: one message from notify to the delivery function. */
export interface DeliveryBatch {
  /** The deal as the change left it, without its mentions, history and corrections (the alert needs none). */
  deal: Deal;
  plans: DeliveryPlan[];
  /** Set on plans held for a pending confirmation: when they were first held (ISO-8601). */
  heldSince?: string;
}

/** Carries delivery batches from notify to the delivery function: SQS in AWS. */
export interface AlertQueue {
  /** `delaySeconds`: hold the batches back (a pending confirmation is checked again then). */
  send(batches: DeliveryBatch[], opts?: { delaySeconds?: number }): Promise<void>;
}

/** The phone numbers that replied STOP: SNS keeps the account's list, read a page at a time. */
export interface SmsOptOutList {
  pages(): AsyncIterable<string[]>;
}
