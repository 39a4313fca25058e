import { Duration, Stack } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import type { TableKey } from '../functions/store/tables';
import { deadLetterQueue, workQueue } from './queues';
import { ServiceFunction } from './service-function';

/** Direct SMS publishes a second an account, SNS's default (raised through AWS Support). */
export const ACCOUNT_SMS_PER_SECOND = 20;
/** Delivery runs at once (2 is the lowest an SQS event source allows); each gets its share of the SMS rate. */
export const DELIVERY_MAX_CONCURRENCY = 2;
export const DELIVERY_TIMEOUT_SECONDS = 120;
export const DELIVERY_MAX_RECEIVE_COUNT = 5;
/** How often SNS's opted-out list is copied to the SMS subscriptions (a STOP is recorded within this time). */
export const SMS_OPT_OUT_SYNC_MINUTES = 30;

export interface AlertsProps {
  tables: Record<TableKey, Table>;
  tableEnvironment: Record<string, string>;
}

/**
 * Delivery. notify reads the deals table's change stream, matches the subscriptions and queues the matches in
 * batches; deliver-alerts publishes them: SMS straight to the number, email and https to the subscriber's own
 * topic (created by the API at subscription: `<topicPrefix><subscription id>`). SNS owns email confirmation,
 * unsubscribe links and the SMS opted-out list.
 */
export class Alerts extends Construct {
  readonly notify: ServiceFunction;
  readonly deliver: ServiceFunction;
  /** Marks SMS subscriptions opted out from SNS's opted-out list, on a schedule. */
  readonly smsOptOuts: ServiceFunction;
  /** Stream batches that still failed after every retry and bisection: their stream positions, for replay. */
  readonly deadLetterQueue: Queue;
  readonly deliveryQueue: Queue;
  readonly deliveryDeadLetterQueue: Queue;
  /** Names of the subscribers' topics start with it; the grants name it. */
  readonly topicPrefix: string;
  /** ARN pattern of the subscribers' topics and of their subscriptions. */
  readonly topicArnPattern: string;

  constructor(scope: Construct, id: string, props: AlertsProps) {
    super(scope, id);
    const { tables } = props;
    const stack = Stack.of(this);
    this.topicPrefix = `${stack.stackName}-alert-`;
    this.topicArnPattern = `arn:${stack.partition}:sns:${stack.region}:${stack.account}:${this.topicPrefix}*`;

    this.deadLetterQueue = deadLetterQueue(this, 'NotifyDeadLetterQueue');
    this.deliveryDeadLetterQueue = deadLetterQueue(this, 'DeliveryDeadLetterQueue');
    for (const dlq of [this.deadLetterQueue, this.deliveryDeadLetterQueue])
      NagSuppressions.addResourceSuppressions(dlq, [
        {
          id: 'AwsSolutions-SQS3',
          reason:
            'This queue is itself a dead-letter destination (of the deals stream mapping, or of the delivery ' +
            'queue); a dead-letter queue of a dead-letter queue would only move the problem.',
        },
      ]);
    this.deliveryQueue = workQueue(this, 'DeliveryQueue', {
      consumerTimeout: Duration.seconds(DELIVERY_TIMEOUT_SECONDS),
      deadLetterQueue: this.deliveryDeadLetterQueue,
      maxReceiveCount: DELIVERY_MAX_RECEIVE_COUNT,
    });
    const queueEnvironment = { ...props.tableEnvironment, ALERT_QUEUE_URL: this.deliveryQueue.queueUrl };

    this.notify = new ServiceFunction(this, 'Notify', {
      entry: 'notify',
      description: 'Matches deal changes from the deals stream against subscriptions and queues the alerts',
      timeout: Duration.seconds(60),
      environment: queueEnvironment,
    });
    tables.subscriptions.grantReadData(this.notify.fn);
    // The subscriptions' version item (store/subscriptions.ts).
    tables.state.grantReadData(this.notify.fn);
    this.deliveryQueue.grantSendMessages(this.notify.fn);
    this.notify.fn.addEventSource(
      new DynamoEventSource(tables.deals, {
        // A deal recorded while notify was failing still alerts once it recovers (within the 24 h stream window).
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 25,
        retryAttempts: 10,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetterQueue),
      }),
    );

    this.deliver = new ServiceFunction(this, 'Deliver', {
      entry: 'deliver-alerts',
      description: 'Publishes queued alerts through SNS, exactly once per subscriber and change',
      timeout: Duration.seconds(DELIVERY_TIMEOUT_SECONDS),
      environment: {
        ...queueEnvironment,
        ALERT_TOPIC_PREFIX: this.topicPrefix,
        SMS_MAX_RPS: String(ACCOUNT_SMS_PER_SECOND / DELIVERY_MAX_CONCURRENCY),
      },
    });
    // Reads each subscription; records its endpoint state (and bumps the subscriptions' version item).
    tables.subscriptions.grantReadWriteData(this.deliver.fn);
    tables.state.grantReadWriteData(this.deliver.fn);
    tables.deliveries.grantReadWriteData(this.deliver.fn);
    // Held alerts go back on the queue, delayed.
    this.deliveryQueue.grantSendMessages(this.deliver.fn);
    grantAlertSns(this.deliver, this, ['sns:GetSubscriptionAttributes']);
    this.deliver.fn.addEventSource(
      new SqsEventSource(this.deliveryQueue, {
        batchSize: 5,
        reportBatchItemFailures: true,
        maxConcurrency: DELIVERY_MAX_CONCURRENCY,
      }),
    );

    this.smsOptOuts = new ServiceFunction(this, 'SmsOptOuts', {
      entry: 'sms-opt-outs',
      description: "Marks SMS subscriptions opted out from SNS's opted-out list (STOP replies)",
      timeout: Duration.seconds(120),
      environment: props.tableEnvironment,
    });
    // Finds a number's subscriptions through the endpoint index and records the state (and the version item).
    tables.subscriptions.grant(this.smsOptOuts.fn, 'dynamodb:Query', 'dynamodb:UpdateItem');
    tables.state.grant(this.smsOptOuts.fn, 'dynamodb:UpdateItem');
    this.smsOptOuts.fn.addToRolePolicy(
      new PolicyStatement({ actions: ['sns:ListPhoneNumbersOptedOut'], resources: ['*'] }),
    );
    if (this.smsOptOuts.fn.role)
      NagSuppressions.addResourceSuppressions(
        this.smsOptOuts.fn.role,
        [
          {
            id: 'AwsSolutions-IAM5',
            reason:
              "sns:ListPhoneNumbersOptedOut reads the account's opted-out list and has no resource ARN, so it is " +
              'granted on *; it is the only SNS action this function has.',
            appliesTo: ['Resource::*'],
          },
        ],
        true,
      );
    new Rule(this, 'SmsOptOutSchedule', {
      schedule: Schedule.rate(Duration.minutes(SMS_OPT_OUT_SYNC_MINUTES)),
      targets: [new LambdaFunction(this.smsOptOuts.fn, { retryAttempts: 2 })],
    });
  }
}

/**
 * SNS rights of a function that publishes alerts: Publish and CheckIfPhoneNumberIsOptedOut on `*` (a phone number
 * has no ARN; the opted-out list is account-wide), the given topic actions on the subscribers' topics only.
 */
export function grantAlertSns(
  fn: ServiceFunction,
  topics: { topicArnPattern: string; topicPrefix: string },
  topicActions: string[],
): void {
  const { topicArnPattern, topicPrefix } = topics;
  fn.fn.addToRolePolicy(
    new PolicyStatement({ actions: ['sns:Publish', 'sns:CheckIfPhoneNumberIsOptedOut'], resources: ['*'] }),
  );
  fn.fn.addToRolePolicy(new PolicyStatement({ actions: topicActions, resources: [topicArnPattern] }));
  if (fn.fn.role)
    NagSuppressions.addResourceSuppressions(
      fn.fn.role,
      [
        {
          id: 'AwsSolutions-IAM5',
          reason:
            'sns:Publish to a phone number (direct SMS) and sns:CheckIfPhoneNumberIsOptedOut have no resource ' +
            "ARN, so they are granted on *; topic actions are limited to the subscribers' topics, " +
            'named with the stack prefix.',
          appliesTo: [
            'Resource::*',
            `Resource::arn:<AWS::Partition>:sns:<AWS::Region>:<AWS::AccountId>:${topicPrefix}*`,
          ],
        },
      ],
      true,
    );
}
