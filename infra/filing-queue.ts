import type { Duration } from 'aws-cdk-lib';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue, workQueue } from './queues';

export const FILING_MAX_RECEIVE_COUNT = 5;

export interface FilingQueueProps {
  workerTimeout: Duration;
}

/** edgar-poll -> filing-worker jobs, with a dead-letter queue that keeps poison messages for two weeks. */
export class FilingQueue extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: FilingQueueProps) {
    super(scope, id);
    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetterQueue');
    this.queue = workQueue(this, 'Queue', {
      consumerTimeout: props.workerTimeout,
      deadLetterQueue: this.deadLetterQueue,
      maxReceiveCount: FILING_MAX_RECEIVE_COUNT,
    });
  }
}
