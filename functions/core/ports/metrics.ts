/**
 * Operational counters, named once here: CloudWatch metrics through Powertools (EMF) in Lambda, nothing locally.
 * The alarms in infra/monitoring.ts read the same names.
 */
export const METRIC_NAMES = [
  'FilingsSeen',
  'FilingsQueued',
  'FilingsProcessed',
  'FilingsSkipped',
  'Mentions',
  'DealsCreated',
  'DealsChanged',
  'AlertsSent',
  'AlertsFailed',
  /** Alerts held back until their subscriber confirms the email subscription. */
  'AlertsHeld',
  /** SMS subscriptions marked opted out by the scheduled sync with SNS's opted-out list. */
  'SmsOptOutsRecorded',
  'EdgarRequests',
  'EdgarRateLimited',
  'EdgarLockouts',
  'EdgarPollSucceeded',
  'NewsPollSucceeded',
  'NewsItemsNew',
] as const;

export type MetricName = (typeof METRIC_NAMES)[number];

/** CloudWatch namespace and the `service` dimension Powertools adds to every metric. */
export const METRICS_NAMESPACE = 'ComputeContractAlerts';
export const METRICS_SERVICE = 'compute-contract-alerts';

export interface Metrics {
  count(name: MetricName, value?: number): void;
}

export const noMetrics: Metrics = { count() {} };
