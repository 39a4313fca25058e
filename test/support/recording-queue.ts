import type { FilingQueue } from '../../functions/core/ports/channels';
import type { FilingJob } from '../../functions/core/types';

/** A filing queue that keeps what it was sent; `failNext` makes the next send fail as SQS can. */
export class RecordingQueue implements FilingQueue {
  readonly jobs: FilingJob[] = [];
  failNext = false;
  async send(jobs: FilingJob[]): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('queue down');
    }
    this.jobs.push(...jobs);
  }
}
