// Earnings season (issue 15): current reports (8-K, 6-K) must never wait behind thousands of periodic reports.
// Each filing goes into one of two lanes, each with its own queue and worker, sharing one EDGAR budget in which
// the current lane is served first.

export type FilingLane = 'current' | 'periodic';

export const FILING_LANES: readonly FilingLane[] = ['current', 'periodic'];

/** Short, market-moving reports: the lane that alerts must come out of within seconds. */
export const CURRENT_REPORT_FORMS: readonly string[] = ['8-K', '8-K/A', '6-K', '6-K/A'];

/** The lane of a form: current reports first, everything else (10-Q, 10-K, 20-F, 40-F, S-1, 424B*) second. */
export function laneOf(formType: string): FilingLane {
  return CURRENT_REPORT_FORMS.includes(formType.trim().toUpperCase()) ? 'current' : 'periodic';
}

/** The lane's place in the shared EDGAR budget (0 is served first). */
export function lanePriority(lane: FilingLane): number {
  return lane === 'current' ? 0 : 1;
}

/** Alarm threshold: an 8-K older than this in its queue means subscribers hear of it late. */
export const CURRENT_LANE_MAX_AGE_SECONDS = 120;
