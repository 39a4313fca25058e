import { Duration } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export const FILING_MAX_RECEIVE_COUNT = 5;

export interface FilingQueueProps {
  /** The worker's timeout: a message stays invisible for 6 times it (AWS's advice for SQS event sources). */
  workerTimeout: Duration;
}

/** edgar-poll -> filing-worker jobs, with a dead-letter queue that keeps poison messages for two weeks. */
export class FilingQueue extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: FilingQueueProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(props.workerTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: FILING_MAX_RECEIVE_COUNT },
    });
  }
}
