import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Alias } from 'aws-cdk-lib/aws-kms';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import type { TableKey } from '../functions/store/tables';
import { ServiceFunction } from './service-function';

export interface AlertsProps {
  tables: Record<TableKey, Table>;
  tableEnvironment: Record<string, string>;
}

/**
 * Delivery: the alert topic (SNS owns email confirmation, unsubscribe links and SMS opt-outs) and the notify
 * function reading the deals table's change stream.
 */
export class Alerts extends Construct {
  readonly topic: Topic;
  readonly notify: ServiceFunction;
  /** Stream batches that still failed after every retry and bisection: their stream positions, for replay. */
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: AlertsProps) {
    super(scope, id);
    const { tables } = props;

    this.topic = new Topic(this, 'AlertTopic', {
      displayName: 'Compute-contract alerts',
      // The AWS-managed key: its key policy already lets SNS use it for this account's publishers and
      // subscribers, so no key policy of ours can get email or SMS delivery wrong.
      masterKey: Alias.fromAliasName(this, 'SnsManagedKey', 'alias/aws/sns'),
      enforceSSL: true,
    });

    this.deadLetterQueue = new Queue(this, 'NotifyDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    NagSuppressions.addResourceSuppressions(this.deadLetterQueue, [
      {
        id: 'AwsSolutions-SQS3',
        reason:
          'This queue is itself a dead-letter destination (the on-failure destination of the deals stream ' +
          'mapping); a dead-letter queue of a dead-letter queue would only move the problem.',
      },
    ]);

    this.notify = new ServiceFunction(this, 'Notify', {
      entry: 'notify',
      description: 'Matches deal changes from the deals stream against subscriptions and publishes alerts',
      timeout: Duration.seconds(60),
      environment: { ...props.tableEnvironment, ALERT_TOPIC_ARN: this.topic.topicArn },
    });
    tables.subscriptions.grantReadData(this.notify.fn);
    // The subscriptions' version item (store/subscriptions.ts).
    tables.state.grantReadData(this.notify.fn);
    tables.deliveries.grantReadWriteData(this.notify.fn);
    this.topic.grantPublish(this.notify.fn);
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
  }
}
