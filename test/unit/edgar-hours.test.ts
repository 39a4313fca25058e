import { describe, expect, it } from 'vitest';
import { edgarDisseminating } from '../../functions/core/edgar-hours';

describe('EDGAR dissemination hours (06:00-22:00 Eastern, weekdays)', () => {
  it.each([
    ['2025-11-28T10:59:00Z', false], // Friday 05:59 EST
    ['2025-11-28T11:00:00Z', true], // Friday 06:00 EST
    ['2025-11-29T02:59:00Z', true], // Friday 21:59 EST
    ['2025-11-29T03:00:00Z', false], // Friday 22:00 EST
    ['2025-11-29T15:00:00Z', false], // Saturday
    ['2025-11-30T15:00:00Z', false], // Sunday
    ['2025-07-14T10:00:00Z', true], // Monday 06:00 EDT
    ['2025-07-14T09:59:00Z', false], // Monday 05:59 EDT
    ['2025-07-15T01:59:00Z', true], // Monday 21:59 EDT
    ['2025-07-15T02:00:00Z', false], // Monday 22:00 EDT
  ])('%s -> %s', (iso, open) => {
    expect(edgarDisseminating(new Date(iso))).toBe(open);
  });
});
