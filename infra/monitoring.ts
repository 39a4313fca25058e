import { Aws, CfnCondition, Duration, Fn, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import {
  Alarm,
  type CfnAlarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { CURRENT_LANE_MAX_AGE_SECONDS } from '../functions/core/filing-lanes';
import { METRICS_NAMESPACE, METRICS_SERVICE, type MetricName } from '../functions/core/ports/metrics';
import type { ServiceFunction } from './service-function';

export interface MonitoringProps {
  /** The operator's address (the OperatorEmail parameter): SNS asks them to confirm once. */
  operatorEmail: string;
  /** Functions alarmed on their own Errors. */
  functions: Record<string, ServiceFunction>;
  /**
   * The functions behind the HTTP API: a failure of theirs (crash, timeout, throttle) is an API 5xx, and so is a
   * failure the app catches, so the API's 5xx alarm covers them; they stay on the dashboard.
   */
  apiFunctions?: Record<string, ServiceFunction>;
  deadLetterQueues: Record<string, Queue>;
  /** The function reading the deals stream: its iterator age is how far alerts lag. */
  streamConsumer: ServiceFunction;
  /** The two filing lanes (issue 15): their depth and oldest message age, and an alarm on the current one. */
  filingLanes?: { current: Queue; periodic: Queue };
  /** The alert delivery queue: its oldest message age says how late alerts are. */
  deliveryQueue?: Queue;
  /** The HTTP API: the app answers its own failures with a 500, so only the API's 5xx count sees them. */
  httpApi?: IHttpApi;
  /** The stack's tables: one alarm on their throttled requests. */
  tables?: ITable[];
  /** The SmsMonthlySpendLimit parameter (USD): the month's SMS spend is alarmed at 80 % of it. */
  smsMonthlySpendLimit?: number;
  /**
   * The deployment follows 8-Ks (as by default), which EDGAR disseminates every hour of a business day: busy
   * hours with nothing queued mean the poller reads a feed that no longer moves.
   */
  expectFilingsEveryBusinessHour?: boolean;
  /** The public-read CDN (`-c cdn=true`): its own 5xx, which the API's alarm does not see (origin unreachable). */
  cdn?: IDistribution;
}

/** The periodic lane may hold a deadline day's backlog for hours; SQS deletes a message after 4 days. */
export const PERIODIC_LANE_MAX_AGE_SECONDS = 24 * 60 * 60;
/** A held alert goes back delayed 15 minutes (a new message); an hour means deliveries are stuck. */
export const DELIVERY_MAX_AGE_SECONDS = 60 * 60;
/** Share of the SMS spend limit at which the operator hears of it, before SNS stops sending. */
export const SMS_SPEND_WARNING_SHARE = 0.8;
/**
 * Hours (UTC, Monday to Friday) inside EDGAR's busiest dissemination hours whether New York keeps summer time or
 * not (10:00-17:00 EDT, 9:00-16:00 EST): every one of them brings dozens of 8-Ks.
 */
export const EDGAR_BUSY_HOURS_UTC = { from: 14, to: 21 } as const;
/** Consecutive busy hours with nothing queued before the operator hears of it. */
export const EDGAR_STALL_HOURS = 2;
/** Share (%) of the CDN's requests answered 5xx, two 5-minute periods running, that the operator hears of. */
export const CDN_5XX_PERCENT = 5;

/** A custom metric the functions emit through Powertools (functions/core/ports/metrics.ts). */
export function serviceMetric(name: MetricName, period: Duration = Duration.minutes(5)): Metric {
  return new Metric({
    namespace: METRICS_NAMESPACE,
    metricName: name,
    dimensionsMap: { service: METRICS_SERVICE },
    statistic: 'Sum',
    period,
  });
}

/**
 * Alarms, their topic and the dashboard. The alarm topic is not the alert topic: subscribers never hear of
 * an outage, the operator hears of every one. docs/operations.md says what each alarm means and what to do.
 */
export class Monitoring extends Construct {
  readonly alarmTopic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: 'Compute-contract alerts: alarms',
      enforceSSL: true,
    });
    this.alarmTopic.addSubscription(new EmailSubscription(props.operatorEmail));
    // enforceSSL gives the topic a policy of its own, which replaces SNS's default one (the one that let the
    // account's services publish): without this statement every alarm action fails "no resource-based policy
    // allows the SNS:Publish action" and the operator hears nothing. Only this account's alarms in this region.
    const stack = Stack.of(this);
    this.alarmTopic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowThisAccountsAlarmsToPublish',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.alarmTopic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': stack.account },
          ArnLike: {
            'aws:SourceArn': `arn:${stack.partition}:cloudwatch:${stack.region}:${stack.account}:alarm:*`,
          },
        },
      }),
    );
    NagSuppressions.addResourceSuppressions(this.alarmTopic, [
      {
        id: 'AwsSolutions-SNS2',
        reason:
          'Alarm notifications carry alarm names and metric states, no subscriber data; CloudWatch cannot ' +
          'publish to a topic under the AWS-managed SNS key, and a customer-managed key would cost more than ' +
          'the idle service (docs/cost.md).',
      },
    ]);
    const action = new SnsAction(this.alarmTopic);
    const alarm: AddAlarm = (alarmId, metric, description, opts = {}) => {
      const a = new Alarm(this, alarmId, {
        alarmDescription: `${description} See docs/operations.md#${alarmId.toLowerCase()}.`,
        metric,
        threshold: opts.threshold ?? 0,
        comparisonOperator: opts.below
          ? ComparisonOperator.LESS_THAN_THRESHOLD
          : ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: opts.periods ?? 1,
        treatMissingData: opts.missing ?? TreatMissingData.NOT_BREACHING,
      });
      a.addAlarmAction(action);
      a.addOkAction(action);
      this.alarms.push(a);
      return a;
    };

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      alarm(
        `${name}DeadLetters`,
        queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
        `Messages wait in the ${name} dead-letter queue.`,
      );
    }
    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(
        `${name}Errors`,
        fn.fn.metricErrors({ period: Duration.minutes(5) }),
        `${name} invocations failed.`,
      );
    }
    // Throttling is the account's concurrency quota running out, whichever function meets it first: one alarm on
    // Lambda's account-wide Throttles metric instead of one a function (each alarm costs $0.10 a month).
    const lambdaThrottles = new Metric({
      namespace: 'AWS/Lambda',
      metricName: 'Throttles',
      statistic: 'Sum',
      period: Duration.minutes(5),
    });
    alarm(
      'LambdaThrottles',
      lambdaThrottles,
      'Lambda refused invocations in this account and region for lack of concurrency.',
    );
    alarm(
      'DealsStreamIteratorAge',
      props.streamConsumer.fn.metric('IteratorAge', { period: Duration.minutes(5), statistic: 'Maximum' }),
      'Alerts lag the deals stream by more than 10 minutes.',
      { threshold: 10 * 60 * 1000 },
    );
    alarm(
      'EdgarPollHeartbeat',
      serviceMetric('EdgarPollSucceeded', Duration.minutes(5)),
      'No successful EDGAR poll for 5 minutes.',
      { threshold: 1, below: true, missing: TreatMissingData.BREACHING },
    );
    alarm(
      'NewsPollHeartbeat',
      serviceMetric('NewsPollSucceeded', Duration.minutes(30)),
      'No successful news poll for 30 minutes.',
      { threshold: 1, below: true, missing: TreatMissingData.BREACHING },
    );
    if (props.expectFilingsEveryBusinessHour)
      alarm(
        'EdgarFeedStalled',
        edgarQueuedInBusyHours(),
        `Polls succeed but queued no filing for ${EDGAR_STALL_HOURS} busy weekday hours: the feed or the cursor stopped moving.`,
        { threshold: 1, below: true, periods: EDGAR_STALL_HOURS },
      );
    alarm(
      'EdgarLockout',
      serviceMetric('EdgarLockouts'),
      'EDGAR answered 403 "Request Rate Threshold Exceeded".',
    );
    alarm('AlertPublishFailures', serviceMetric('AlertsFailed'), 'Publishing alerts to SNS failed.');
    alarm(
      'SnsDeliveryFailures',
      // Every subscriber has a topic of their own: one Metrics Insights query sums the failures of them all.
      new MathExpression({
        expression: 'SELECT SUM(NumberOfNotificationsFailed) FROM SCHEMA("AWS/SNS", TopicName)',
        period: Duration.minutes(5),
        label: 'SNS deliveries failed (all topics)',
      }),
      'SNS could not deliver alerts to subscribed email or https endpoints.',
    );
    alarm(
      'SmsDeliveryFailures',
      new Metric({
        namespace: 'AWS/SNS',
        metricName: 'NumberOfNotificationsFailed',
        // SNS's dimension value for SMS published straight to a phone number.
        dimensionsMap: { PhoneNumber: 'PhoneNumberDirect' },
        statistic: 'Sum',
        period: Duration.minutes(5),
      }),
      'SNS could not deliver SMS alerts (carrier refusal, opted-out number, spend limit reached).',
    );

    if (props.smsMonthlySpendLimit !== undefined)
      alarm(
        'SmsSpendNearLimit',
        // spent / 0.8 > limit, i.e. spent > 80 % of the limit, with the limit a deploy parameter.
        new MathExpression({
          expression: `spent / ${SMS_SPEND_WARNING_SHARE}`,
          usingMetrics: {
            spent: new Metric({
              namespace: 'AWS/SNS',
              metricName: 'SMSMonthToDateSpentUSD',
              statistic: 'Maximum',
              period: Duration.minutes(5),
            }),
          },
          label: `SMS spend this month / ${SMS_SPEND_WARNING_SHARE}`,
          period: Duration.minutes(5),
        }),
        `This month's SMS spend passed ${SMS_SPEND_WARNING_SHARE * 100} % of SmsMonthlySpendLimit; SNS stops sending SMS at the limit.`,
        // A month-to-date figure never falls within the month, so a 5-minute period without a datapoint (SNS need
        // not report it while no SMS goes out) is no news: the alarm keeps its state instead of mailing OK, then
        // ALARM again with the next alert sent.
        { threshold: props.smsMonthlySpendLimit, missing: TreatMissingData.IGNORE },
      );
    let dynamoThrottles: IMetric | undefined;
    if (props.tables && props.tables.length > 0) {
      // On demand still throttles (a hot partition, the table's throughput maximum); the SDK retries first, so a
      // count here is requests that failed after or during retries. One Metrics Insights query over the stack's
      // tables instead of an alarm per table (7 tables x $0.10).
      const names = props.tables.map((t) => `TableName = '${t.tableName}'`).join(' OR ');
      dynamoThrottles = new MathExpression({
        expression: `SELECT SUM(ThrottledRequests) FROM SCHEMA("AWS/DynamoDB", Operation, TableName) WHERE ${names}`,
        period: Duration.minutes(5),
        label: 'DynamoDB throttled requests (the stack tables)',
      });
      alarm('DynamoDbThrottles', dynamoThrottles, "DynamoDB throttled requests to the stack's tables.");
    }
    if (props.httpApi)
      alarm(
        'ApiServerErrors',
        props.httpApi.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
        'The HTTP API answered 5xx (the app caught a failure, or its function failed, timed out or was throttled).',
      );
    if (props.cdn) this.cdnAlarm(props.cdn, alarm);

    const lanes = props.filingLanes;
    if (lanes) {
      alarm(
        'CurrentLaneBacklog',
        lanes.current.metricApproximateAgeOfOldestMessage({
          period: Duration.minutes(1),
          statistic: 'Maximum',
        }),
        `An 8-K or 6-K has waited more than ${CURRENT_LANE_MAX_AGE_SECONDS / 60} minutes in the current-reports lane.`,
        { threshold: CURRENT_LANE_MAX_AGE_SECONDS },
      );
      alarm(
        'PeriodicLaneBacklog',
        oldestMessageAge(lanes.periodic),
        `A periodic report has waited more than ${PERIODIC_LANE_MAX_AGE_SECONDS / 3600} hours in its lane (SQS deletes it at 4 days).`,
        { threshold: PERIODIC_LANE_MAX_AGE_SECONDS },
      );
    }
    if (props.deliveryQueue)
      alarm(
        'DeliveryBacklog',
        oldestMessageAge(props.deliveryQueue),
        `An alert has waited more than ${DELIVERY_MAX_AGE_SECONDS / 60} minutes in the delivery queue.`,
        { threshold: DELIVERY_MAX_AGE_SECONDS },
      );
    const widget = (title: string, metrics: IMetric[]) =>
      new GraphWidget({ title, left: metrics, width: 12 });
    const laneWidgets = lanes
      ? [
          [
            widget('Filing lanes: messages waiting', [
              lanes.current.metricApproximateNumberOfMessagesVisible({
                statistic: 'Maximum',
                label: 'current',
              }),
              lanes.periodic.metricApproximateNumberOfMessagesVisible({
                statistic: 'Maximum',
                label: 'periodic',
              }),
            ]),
            widget('Filing lanes: oldest message age (s)', [
              lanes.current.metricApproximateAgeOfOldestMessage({ statistic: 'Maximum', label: 'current' }),
              lanes.periodic.metricApproximateAgeOfOldestMessage({ statistic: 'Maximum', label: 'periodic' }),
            ]),
          ],
        ]
      : [];
    const fns = [...Object.values(props.functions), ...Object.values(props.apiFunctions ?? {})];
    new Dashboard(this, 'Dashboard', {
      widgets: [
        [
          widget('Filings', [
            serviceMetric('FilingsSeen'),
            serviceMetric('FilingsQueued'),
            serviceMetric('FilingsProcessed'),
            serviceMetric('FilingsSkipped'),
          ]),
          widget('Deals and alerts', [
            serviceMetric('Mentions'),
            serviceMetric('DealsCreated'),
            serviceMetric('DealsChanged'),
            serviceMetric('AlertsSent'),
            serviceMetric('AlertsFailed'),
          ]),
        ],
        [
          widget('EDGAR', [
            serviceMetric('EdgarRequests'),
            serviceMetric('EdgarRateLimited'),
            serviceMetric('EdgarLockouts'),
            serviceMetric('EdgarPollSucceeded'),
            serviceMetric('NewsPollSucceeded'),
          ]),
          // A dead letter or two next to a lag of minutes in ms: each on its own axis, or the letters stay flat at 0.
          new GraphWidget({
            title: 'Dead letters (left) and deals stream lag in ms (right)',
            left: Object.entries(props.deadLetterQueues).map(([name, q]) =>
              q.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', label: name }),
            ),
            right: [
              props.streamConsumer.fn.metric('IteratorAge', { statistic: 'Maximum', label: 'stream lag' }),
            ],
            width: 12,
          }),
        ],
        [
          ...(props.httpApi
            ? [
                new GraphWidget({
                  title: 'HTTP API: requests and errors (left), p99 latency in ms (right)',
                  left: [
                    props.httpApi.metricCount({ label: 'requests' }),
                    props.httpApi.metricClientError({ statistic: 'Sum', label: '4xx' }),
                    props.httpApi.metricServerError({ statistic: 'Sum', label: '5xx' }),
                  ],
                  right: [props.httpApi.metricLatency({ statistic: 'p99', label: 'latency p99' })],
                  width: 12,
                }),
              ]
            : []),
          new GraphWidget({
            title: 'Throttles (left) and the oldest alert waiting in s (right)',
            // A label on the alarm's own metric would turn that alarm into a math expression: only here.
            left: [
              lambdaThrottles.with({ label: 'Lambda (account)' }),
              ...(dynamoThrottles ? [dynamoThrottles] : []),
            ],
            right: props.deliveryQueue
              ? [
                  props.deliveryQueue.metricApproximateAgeOfOldestMessage({
                    statistic: 'Maximum',
                    label: 'deliveries',
                  }),
                ]
              : [],
            width: 12,
          }),
        ],
        [
          widget(
            'Function errors',
            fns.map((f) => f.fn.metricErrors()),
          ),
          widget(
            'Function durations (p99)',
            fns.map((f) => f.fn.metricDuration({ statistic: 'p99' })),
          ),
        ],
        ...laneWidgets,
      ],
    });
  }

  /**
   * CloudFront publishes its metrics in us-east-1 only, so an alarm on them sees data only there: the alarm exists
   * in a us-east-1 deployment, and docs/operations.md#cdnservererrors says how to add it elsewhere. A mere rate of
   * 5xx counts the API's own 5xx too (ApiServerErrors names those); two periods running keep one failed request
   * among a few from paging anyone.
   */
  private cdnAlarm(distribution: IDistribution, alarm: AddAlarm): void {
    const created = alarm(
      'CdnServerErrors',
      new Metric({
        namespace: 'AWS/CloudFront',
        metricName: '5xxErrorRate',
        dimensionsMap: { DistributionId: distribution.distributionId, Region: 'Global' },
        statistic: 'Average',
        period: Duration.minutes(5),
      }),
      `More than ${CDN_5XX_PERCENT} % of the CDN's requests were answered 5xx for 10 minutes.`,
      { threshold: CDN_5XX_PERCENT, periods: 2 },
    );
    const inUsEast1 = new CfnCondition(this, 'CloudFrontMetricsHere', {
      expression: Fn.conditionEquals(Aws.REGION, 'us-east-1'),
    });
    (created.node.defaultChild as CfnAlarm).cfnOptions.condition = inUsEast1;
  }
}

type AddAlarm = (alarmId: string, metric: IMetric, description: string, opts?: AlarmOptions) => Alarm;

function oldestMessageAge(queue: Queue): IMetric {
  return queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' });
}

interface AlarmOptions {
  threshold?: number;
  /** Alarm when the metric falls below the threshold (heartbeats) instead of rising above it. */
  below?: boolean;
  missing?: TreatMissingData;
  /** Consecutive periods that must breach (default 1). */
  periods?: number;
}

/**
 * FilingsQueued an hour, zeros filled in (a zero is never sent), inside the busy hours; 1 (not breaching) outside
 * them, so nights, weekends and the hours when 8-Ks are few never alarm. DAY is 1 (Monday) to 7, HOUR is UTC.
 */
function edgarQueuedInBusyHours(): IMetric {
  const period = Duration.hours(1);
  const queued = new MathExpression({
    expression: 'FILL(q, 0)',
    usingMetrics: { q: serviceMetric('FilingsQueued', period) },
    period,
  });
  const { from, to } = EDGAR_BUSY_HOURS_UTC;
  return new MathExpression({
    expression: `IF(DAY(queued) <= 5 AND HOUR(queued) >= ${from} AND HOUR(queued) < ${to}, queued, 1)`,
    usingMetrics: { queued },
    label: 'Filings queued an hour (busy weekday hours; 1 outside them)',
    period,
  });
}
