import { describe, expect, it } from 'vitest';
import { FILING_MAX_RECEIVES, filingRetryDelayMs } from '../../../functions/local/runtime';

// The local filing lanes must outlast a short store outage (DynamoDB Local killed and restarted, `npm run chaos
// -- d-kill`) in the same life, as the filing queues' five receives do in AWS: with retries 1 s and 2 s apart and
// three receives, every filing in flight went to the dead letters within 3 s and waited for the next start.
describe('the local filing lanes’ retries', () => {
  it('receive a job five times, as the filing queues in AWS', () => {
    expect(FILING_MAX_RECEIVES).toBe(5);
  });

  it('wait longer each time, and outlast a 30-second outage before the dead letters', () => {
    const waits = Array.from({ length: FILING_MAX_RECEIVES - 1 }, (_, i) => filingRetryDelayMs(i + 1));
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1] ?? 0);
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(30_000);
  });
});
