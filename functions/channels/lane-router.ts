import { FILING_LANES, type FilingLane, laneOf } from '../core/filing-lanes';
import type { FilingQueue } from '../core/ports/channels';

/**
 * One FilingQueue over the two lanes (core/filing-lanes.ts): each job goes to its form's lane, current reports
 * first, so that a poll that found both sends the 8-Ks before the 10-Qs.
 */
export function createLaneRouter(lanes: Record<FilingLane, FilingQueue>): FilingQueue {
  return {
    async send(jobs) {
      for (const lane of FILING_LANES) {
        const part = jobs.filter((job) => laneOf(job.formType) === lane);
        if (part.length) await lanes[lane].send(part);
      }
    },
  };
}
