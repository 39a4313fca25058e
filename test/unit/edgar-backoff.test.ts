import { describe, expect, it } from 'vitest';
import { edgarUnreachable, MAX_EDGAR_BACKOFF_MS, nextEdgarPollMs } from '../../functions/local/edgar-backoff';
import type { EdgarPollReport } from '../../functions/use-cases/poll-edgar';

const report = (over: Partial<EdgarPollReport>): EdgarPollReport => ({
  pages: 0,
  entries: 0,
  queued: 0,
  alreadyRecorded: 0,
  malformedPages: [],
  reachedSeen: false,
  gap: false,
  backfilledDates: [],
  pendingDates: [],
  rateLimited: false,
  retryAfterMs: null,
  interrupted: null,
  ...over,
});
const loop = (r: EdgarPollReport) => ({ polls: 1, queued: 0, rateLimited: r.rateLimited, reports: [r] });

describe('local EDGAR backoff', () => {
  it('keeps the interval while EDGAR answers, doubles it per failed poll, and stops at 5 minutes', () => {
    expect(nextEdgarPollMs(10_000, 0)).toBe(10_000);
    expect(nextEdgarPollMs(10_000, 1)).toBe(20_000);
    expect(nextEdgarPollMs(10_000, 3)).toBe(80_000);
    expect(nextEdgarPollMs(10_000, 50)).toBe(MAX_EDGAR_BACKOFF_MS);
  });

  it('counts a poll that read no page because EDGAR was out of reach, not a rate limit or a read feed', () => {
    expect(edgarUnreachable(loop(report({ interrupted: 'EDGAR unavailable at …: ENOTFOUND' })))).toContain(
      'ENOTFOUND',
    );
    expect(edgarUnreachable(loop(report({ interrupted: 'rate limited', rateLimited: true })))).toBeNull();
    expect(edgarUnreachable(loop(report({ pages: 1, interrupted: 'page 2 failed' })))).toBeNull();
    expect(edgarUnreachable(loop(report({})))).toBeNull();
    expect(edgarUnreachable({ skipped: 'lease held by another poller' })).toBeNull();
  });
});
