import { createLaneRouter } from '../channels/lane-router';
import { CURRENT_LANE_MAX_AGE_SECONDS, FILING_LANES, type FilingLane } from '../core/filing-lanes';
import type { FilingQueue } from '../core/ports/channels';
import type { Logger } from '../core/ports/log';
import type { FilingJob } from '../core/types';
import type { InProcessQueue, QueueBacklog } from './in-process-queue';

/**
 * The two filing lanes of local mode, each an in-process queue with its own worker (the stand-ins for the two
 * SQS queues and their event sources), behind one router. They share the process's EDGAR client, whose budget
 * serves the current lane first.
 */
export class LocalLanes {
  readonly queues: Record<FilingLane, InProcessQueue<FilingJob>>;
  readonly router: FilingQueue;

  constructor(
    makeQueue: (lane: FilingLane) => InProcessQueue<FilingJob>,
    private readonly log: Logger,
  ) {
    this.queues = { current: makeQueue('current'), periodic: makeQueue('periodic') };
    this.router = createLaneRouter(this.queues);
  }

  async idle(): Promise<void> {
    await Promise.all(FILING_LANES.map((lane) => this.queues[lane].idle()));
  }

  backlog(now = Date.now()): Record<FilingLane, QueueBacklog> {
    return { current: this.queues.current.backlog(now), periodic: this.queues.periodic.backlog(now) };
  }

  /** The local counterpart of the AWS alarm: a warning when an 8-K has waited too long in its lane. */
  watch(now = Date.now()): Record<FilingLane, QueueBacklog> {
    const backlog = this.backlog(now);
    if (backlog.current.oldestAgeMs > CURRENT_LANE_MAX_AGE_SECONDS * 1000) {
      this.log.warn('current-reports lane is behind', { ...backlog.current });
    }
    return backlog;
  }
}
