import { describe, expect, it } from 'vitest';
import { ALERT_MAX_RECEIVES, alertRetryDelayMs, BUSY_RECHECK_MS } from '../../../functions/local/runtime';
import { STALE_CLAIM_MS } from '../../../functions/store/deliveries';

// The local alert queue's retries (issue 12): a delivery busy behind a live batch of the same process waited
// the whole stale-claim time (70 s, then 140 s) before its retry, which held alerts back and cut the chaos
// run's lives at their bound; a claim left by a killed process must still be taken over before the batch is
// given up on.

describe('local alert queue retries', () => {
  it('looks again soon first, then after the claim can be stale', () => {
    expect(alertRetryDelayMs(1, STALE_CLAIM_MS)).toBe(BUSY_RECHECK_MS);
    expect(BUSY_RECHECK_MS).toBeLessThan(STALE_CLAIM_MS / 10);
    expect(alertRetryDelayMs(2, STALE_CLAIM_MS)).toBe(STALE_CLAIM_MS);
    expect(alertRetryDelayMs(3, 15_000)).toBe(15_000);
  });

  it('reaches a stale claim, with one retry to spare, before the batch goes to the dead letters', () => {
    for (const stale of [STALE_CLAIM_MS, 15_000]) {
      // A claim made just before the first receive is stale `stale` ms later: the receives after that point.
      let waited = 0;
      let receivesAfterStale = 0;
      for (let receive = 1; receive < ALERT_MAX_RECEIVES; receive++) {
        waited += alertRetryDelayMs(receive, stale);
        if (waited > stale) receivesAfterStale++;
      }
      expect(receivesAfterStale).toBeGreaterThanOrEqual(2);
    }
  });
});
