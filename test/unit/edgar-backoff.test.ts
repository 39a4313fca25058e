import { describe, expect, it } from 'vitest';
import { edgarUnreachable, MAX_EDGAR_BACKOFF_MS, nextEdgarPollMs } from '../../functions/local/edgar-backoff';

// The part of a poll's report the schedule reads: pages read, a rate limit, why the poll stopped early.
const loop = (pages: number, interrupted: string | null, rateLimited = false) => ({
  reports: [{ pages, rateLimited, interrupted }],
});

describe('local EDGAR backoff', () => {
  it('keeps the interval while EDGAR answers, doubles it per failed poll, and stops at 5 minutes', () => {
    expect(nextEdgarPollMs(10_000, 0)).toBe(10_000);
    expect(nextEdgarPollMs(10_000, 1)).toBe(20_000);
    expect(nextEdgarPollMs(10_000, 3)).toBe(80_000);
    expect(nextEdgarPollMs(10_000, 50)).toBe(MAX_EDGAR_BACKOFF_MS);
  });

  it('counts a poll that read no page because EDGAR was out of reach, not a rate limit or a read feed', () => {
    expect(edgarUnreachable(loop(0, 'EDGAR unavailable at …: ENOTFOUND'))).toContain('ENOTFOUND');
    expect(edgarUnreachable(loop(0, 'rate limited', true))).toBeNull();
    expect(edgarUnreachable(loop(1, 'page 2 failed'))).toBeNull();
    expect(edgarUnreachable(loop(0, null))).toBeNull();
    expect(edgarUnreachable({ skipped: 'lease held by another poller' })).toBeNull();
  });
});
