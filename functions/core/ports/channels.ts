import type { Alert, FilingJob, Subscription } from '../types';

/** Delivers alerts: SNS in AWS, the outbox (console + JSONL) locally. */
export interface AlertChannel {
  publish(alert: Alert): Promise<void>;
  /** Registers the subscriber's endpoint with the channel (SNS sends its own confirmation); returns a reference. */
  register(subscription: Subscription): Promise<string | null>;
  unregister(subscription: Subscription): Promise<void>;
}

/** Carries filing jobs from the poller to the worker: SQS in AWS, an in-process queue locally. */
export interface FilingQueue {
  send(jobs: FilingJob[]): Promise<void>;
}
