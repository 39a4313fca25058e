import type { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { PERIODIC_WORKER_MAX_CONCURRENCY } from './edgar-budget';
import { FilingQueue } from './filing-queue';

export interface PeriodicLaneProps {
  workerTimeout: Duration;
  /** Sends to the lane (the EDGAR poller). */
  producer: IFunction;
  /** The filing worker: the same code serves both lanes, one filing per invocation. */
  worker: IFunction;
}

/**
 * Issue 15: the second filing lane. Periodic and registration reports (10-Q, 10-K, 20-F, S-1, 424B*) wait in
 * their own queue with their own dead-letter queue and concurrency cap, so that thousands of them on a deadline
 * day never stand between an 8-K (the first lane, the stack's FilingJobs queue) and its worker.
 */
export class PeriodicLane extends Construct {
  readonly lane: FilingQueue;

  constructor(scope: Construct, id: string, props: PeriodicLaneProps) {
    super(scope, id);
    this.lane = new FilingQueue(this, 'Jobs', { workerTimeout: props.workerTimeout });
    this.lane.queue.grantSendMessages(props.producer);
    props.worker.addEventSource(
      new SqsEventSource(this.lane.queue, {
        batchSize: 1,
        reportBatchItemFailures: true,
        // Its own cap; its requests come out of the shared EDGAR budget after the current lane's (edgar-budget.ts).
        maxConcurrency: PERIODIC_WORKER_MAX_CONCURRENCY,
      }),
    );
  }
}
