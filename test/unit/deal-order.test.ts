import { describe, expect, it } from 'vitest';
import { mergeMention } from '../../functions/core/deal-merge';
import { newestFirst, positionFromKey, positionKey, positionOf } from '../../functions/core/deal-order';
import type { Deal } from '../../functions/core/types';
import { mention, newsSource } from '../support/builders';

function dealOn(provider: string, publishedAt: string | null): Deal {
  const d = mergeMention(
    null,
    mention({
      provider: { id: provider, name: provider },
      source: { ...newsSource(`wire/${provider}`), publishedAt },
    }),
    new Date('2026-03-01T00:00:00.000Z'),
  );
  if (!d) throw new Error('no deal');
  return d;
}

describe('deal order', () => {
  it('keys the same instant alike however it was written, and reads a key back into a position', () => {
    const key = positionKey({ a: '2025-01-08T09:00:00Z', i: 'acme--p-1--2025-01' });
    expect(key).toBe(positionKey({ a: '2025-01-08T09:00:00.000Z', i: 'acme--p-1--2025-01' }));
    expect(positionFromKey(key)).toEqual({ a: '2025-01-08T09:00:00.000Z', i: 'acme--p-1--2025-01' });
    expect(positionFromKey('no-separator')).toBeNull();
  });

  it('sorts newest announcement first, the same instant by id descending, an undated deal by first seen', () => {
    const older = dealOn('p-old', '2025-01-01T00:00:00Z');
    const tieA = dealOn('p-a', '2025-02-01T00:00:00.000Z');
    const tieB = dealOn('p-b', '2025-02-01T00:00:00Z');
    const undated = dealOn('p-undated', null);
    const sorted = [older, tieA, undated, tieB].sort(newestFirst).map((d) => d.provider.id);
    // The undated deal was first seen on 2026-03-01, after every dated one.
    expect(sorted).toEqual(['p-undated', 'p-b', 'p-a', 'p-old']);
    expect(positionOf(undated).a).toBe(undated.firstSeenAt);
  });
});
