import { describe, expect, it } from 'vitest';
import { mergeMention } from '../../functions/core/deal-merge';
import type { DealQuery, DealRepository } from '../../functions/core/ports/store';
import type { Deal } from '../../functions/core/types';
import { createDealLister } from '../../functions/use-cases/list-deals';
import { mention, newsSource } from '../support/builders';

const at = new Date('2026-03-02T15:00:00Z');
function dealNo(i: number): Deal {
  const d = mergeMention(
    null,
    mention({
      provider: { id: `provider-${i}`, name: `Provider ${i}` },
      source: {
        ...newsSource(`feed/item-${i}`),
        publishedAt: `2026-01-${String(10 + i).padStart(2, '0')}T00:00:00Z`,
      },
    }),
    at,
  );
  if (!d) throw new Error('no deal');
  return d;
}

/** A repository whose list() pages wait until the test lets them go, counting the reads. */
function gatedDeals(stored: Deal[]) {
  const gates: (() => void)[] = [];
  const reads: DealQuery[] = [];
  const repo = {
    list: async (q: DealQuery) => {
      reads.push(q);
      await new Promise<void>((go) => gates.push(go));
      const start = Number(q.cursor ?? 0);
      const items = stored.filter((d) => q.minValueUsd === undefined || (d.valueUsd ?? 0) >= q.minValueUsd);
      const page = items.slice(start, start + q.limit);
      return { items: page, cursor: start + q.limit < items.length ? String(start + q.limit) : null };
    },
  } as unknown as DealRepository;
  const release = async () => {
    while (gates.length === 0) await new Promise((r) => setImmediate(r));
    gates.shift()?.();
  };
  return { repo, reads, release };
}

describe('deal lister', () => {
  it('lets concurrent requests with the same filters share one read, each with its own page', async () => {
    const stored = [1, 2, 3].map(dealNo);
    const { repo, reads, release } = gatedDeals(stored);
    const list = createDealLister(repo);
    const first = list({ limit: 2 });
    const second = list({ limit: 1 });
    const other = list({ limit: 5, minValueUsd: 1 });
    await release();
    await release();
    const [a, b, c] = await Promise.all([first, second, other]);
    // One read for the two same-filter requests, one for the other filters.
    expect(reads).toHaveLength(2);
    expect(a.items.map((d) => d.provider.id)).toEqual(['provider-3', 'provider-2']);
    expect(b.items.map((d) => d.provider.id)).toEqual(['provider-3']);
    expect(b.next).not.toBeNull();
    expect(c.items).toHaveLength(3);
  });

  it('starts a new read for a request after the last one finished: a deal saved in between is listed', async () => {
    const stored = [1, 2].map(dealNo);
    const { repo, reads, release } = gatedDeals(stored);
    const list = createDealLister(repo);
    const before = list({ limit: 10 });
    await release();
    expect((await before).items).toHaveLength(2);
    stored.push(dealNo(3));
    const after = list({ limit: 10 });
    await release();
    expect((await after).items.map((d) => d.provider.id)).toEqual(['provider-3', 'provider-2', 'provider-1']);
    expect(reads).toHaveLength(2);
  });
});
