import { describe, expect, it } from 'vitest';
import { lazy } from '../../functions/core/lazy';

describe('lazy', () => {
  it('builds nothing until the first call, then builds once and keeps the value', () => {
    let builds = 0;
    const table = lazy(() => {
      builds++;
      return new Map([['a', builds]]);
    });
    expect(builds).toBe(0);
    const first = table();
    expect(builds).toBe(1);
    expect(table()).toBe(first);
    expect(table().get('a')).toBe(1);
    expect(builds).toBe(1);
  });

  it('keeps a null value as built: no rebuild at the next call', () => {
    let builds = 0;
    const none = lazy(() => {
      builds++;
      return null;
    });
    expect(none()).toBeNull();
    expect(none()).toBeNull();
    expect(builds).toBe(1);
  });
});
