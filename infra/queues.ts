import { Duration } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

// Every queue of the service: encrypted with SQS-managed keys, reachable over TLS only.
const QUEUE_BASE = { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true } as const;

/** Where failed messages or stream batches go: kept for two weeks, SQS's longest, to inspect and redrive. */
export function deadLetterQueue(scope: Construct, id: string): Queue {
  return new Queue(scope, id, { ...QUEUE_BASE, retentionPeriod: Duration.days(14) });
}

export interface WorkQueueProps {
  /** The consuming Lambda's timeout: a message stays invisible for 6 times it (AWS's advice for SQS sources). */
  consumerTimeout: Duration;
  deadLetterQueue: Queue;
  /** Receives before a message moves to the dead-letter queue. */
  maxReceiveCount: number;
}

/** A Lambda's work queue: messages kept 4 days, moved to their dead-letter queue after the last receive. */
export function workQueue(scope: Construct, id: string, props: WorkQueueProps): Queue {
  return new Queue(scope, id, {
    ...QUEUE_BASE,
    visibilityTimeout: Duration.seconds(props.consumerTimeout.toSeconds() * 6),
    retentionPeriod: Duration.days(4),
    deadLetterQueue: { queue: props.deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
  });
}
