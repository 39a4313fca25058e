import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeMention } from '../../functions/core/deal-identity';
import { addMention, openDeal, toDealMention } from '../../functions/core/deal-merge';
import type { Deal, SourcedMention } from '../../functions/core/types';
import { mention, newsSource } from '../support/builders';
import { type ExpectedDeal, STORIES } from './deal-stories';

/** What recordMentions does, in memory: place each mention among its pair's deals, then merge it there. */
function replay(mentions: SourcedMention[], arrival = new Date('2026-01-05T00:00:00Z')): Map<string, Deal> {
  const deals = new Map<string, Deal>();
  mentions.forEach((m, i) => {
    const now = new Date(arrival.getTime() + i * 60_000);
    const pair = [...deals.values()].filter(
      (d) => d.buyer.id === m.buyer.id && d.provider.id === m.provider.id,
    );
    const place = placeMention(pair, m, toDealMention(m, now, { rule: 'opened', note: '' }));
    if (place.kind === 'duplicate') return;
    const next =
      place.kind === 'open'
        ? openDeal(place.id, m, now, place.joined)
        : addMention(deals.get(place.dealId) as Deal, m, now, place.joined);
    if (next) deals.set(next.id, next);
  });
  return deals;
}

/** A deal as the stories state it: everything but arrival times and ids (which depend on arrival). */
function outcome(d: Deal): ExpectedDeal {
  return {
    valueUsd: d.valueUsd,
    status: d.status,
    confirmedByFiling: d.confirmedByFiling,
    sources: d.sources.map((s) => s.id).sort(),
    // A merge that changed nothing is recorded as source_added; the stories name the changes.
    events: d.history.filter((e) => e.type !== 'source_added').map((e) => e.type),
  };
}

function outcomes(deals: Iterable<Deal>, buyer: string, provider: string): ExpectedDeal[] {
  return [...deals]
    .filter((d) => d.buyer.id === buyer && d.provider.id === provider)
    .map(outcome)
    .sort((a, b) => ((a.sources[0] ?? '') < (b.sources[0] ?? '') ? -1 : 1));
}

function expected(story: (typeof STORIES)[number]): ExpectedDeal[] {
  return [...story.deals].sort((a, b) => ((a.sources[0] ?? '') < (b.sources[0] ?? '') ? -1 : 1));
}

describe('deal identity: the five stories, told in date order', () => {
  for (const story of STORIES) {
    it(`${story.name}: ${story.deals.length} deal(s)`, () => {
      const first = story.mentions[0] as SourcedMention;
      expect(outcomes(replay(story.mentions).values(), first.buyer.id, first.provider.id)).toEqual(
        expected(story),
      );
    });
  }

  it('names each contract after its pair and month, with a suffix on collision', () => {
    const nscale = STORIES[0]?.mentions ?? [];
    const ids = [...replay(nscale).keys()].sort();
    expect(ids).toEqual([
      'microsoft--nscale--2025-09',
      'microsoft--nscale--2025-09-2',
      'microsoft--nscale--2025-10',
    ]);
  });

  it('records why each mention joined its deal', () => {
    const deals = [...replay(STORIES[2]?.mentions ?? []).values()];
    const rules = deals[0]?.mentions.map((m) => `${m.source.id}:${m.joined.rule}`);
    expect(rules).toEqual([
      'wire/oc-march:opened',
      '0001769628-25-000100/10-Q:same_value',
      '0001769628-25-000110/EX-99.1:expansion',
      '0001769628-25-000150/8-K:expansion',
      'wire/oc-sept:expansion',
      'fr-atom/oc-22-4:same_value',
    ]);
  });
});

describe('deal identity: the five stories in any order, with redeliveries', () => {
  const all = STORIES.flatMap((s) => s.mentions);
  const order = fc
    .tuple(
      fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }),
      fc.array(fc.tuple(fc.nat({ max: all.length - 1 }), fc.nat()), { maxLength: 8 }),
    )
    .map(([shuffled, dups]) => {
      const list = [...shuffled];
      for (const [which, where] of dups)
        list.splice(where % (list.length + 1), 0, all[which] as SourcedMention);
      return list;
    });

  it('gives every story the same deals, values, statuses and events', () => {
    fc.assert(
      fc.property(order, (mentions) => {
        const deals = [...replay(mentions).values()];
        for (const story of STORIES) {
          const first = story.mentions[0] as SourcedMention;
          expect(outcomes(deals, first.buyer.id, first.provider.id)).toEqual(expected(story));
        }
        // Ids are unique and never reused, whatever the order.
        expect(new Set(deals.map((d) => d.id)).size).toBe(deals.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('deal identity: single rules', () => {
  const talks = mention({ status: 'in_talks', valueUsd: null, source: newsSource('wsj/1') });
  const signed = mention();

  it('puts news before a filing and the filing itself on one deal', () => {
    const deals = replay([talks, mention({ status: 'reported', source: newsSource('ft/2') }), signed]);
    expect([...deals.values()].map((d) => [d.status, d.confirmedByFiling, d.sources.length])).toEqual([
      ['signed', true, 3],
    ]);
  });

  it('opens a second deal for a different value of the same pair a month later', () => {
    const later = mention({
      valueUsd: 1.5e9,
      source: { ...newsSource('wire/3'), publishedAt: '2025-11-05T10:00:00Z' },
    });
    const deals = [...replay([signed, later]).values()];
    expect(deals.map((d) => [d.id, d.valueUsd])).toEqual([
      ['meta--coreweave--2025-09', 14.2e9],
      ['meta--coreweave--2025-11', 1.5e9],
    ]);
    expect(deals[1]?.mentions[0]?.joined.note).toMatch(/a new contract of the pair/);
  });

  it('attaches a mention with no value to the nearest open contract and says why', () => {
    const a = mention({
      valueUsd: 2e9,
      source: { ...newsSource('a/1'), publishedAt: '2025-06-01T00:00:00Z' },
    });
    const b = mention({
      valueUsd: 5e9,
      source: { ...newsSource('b/1'), publishedAt: '2025-09-01T00:00:00Z' },
    });
    const vague = mention({
      valueUsd: null,
      source: { ...newsSource('c/1'), publishedAt: '2025-10-01T00:00:00Z' },
    });
    const deals = [...replay([a, b, vague]).values()];
    const joined = deals.find((d) => d.sources.some((s) => s.id === 'c/1'));
    expect(joined?.valueUsd).toBe(5e9);
    expect(joined?.mentions.find((m) => m.source.id === 'c/1')?.joined).toMatchObject({ rule: 'no_value' });
  });

  it('keeps talks reported after a signature apart from the signed contract', () => {
    const late = mention({
      status: 'in_talks',
      valueUsd: null,
      source: { ...newsSource('x/1'), publishedAt: '2026-01-10T00:00:00Z' },
    });
    expect(replay([signed, late]).size).toBe(2);
    expect(replay([late, signed]).size).toBe(2);
  });

  it('keeps two contracts one source tells of a pair apart, and a redelivery of that source changes nothing', () => {
    const source = newsSource('wire/texas');
    const texas = mention({ valueUsd: 14e9, source });
    const narvik = mention({ valueUsd: 6.2e9, source });
    const once = replay([texas, narvik]);
    expect([...once.values()].map((d) => d.valueUsd)).toEqual([14e9, 6.2e9]);
    const again = replay([texas, narvik, texas, narvik]);
    expect([...again.values()].map((d) => d.mentions.length)).toEqual([1, 1]);
  });

  it('still reads one source telling one contract twice as a repeat', () => {
    const source = newsSource('wire/one');
    const first = mention({ valueUsd: 14e9, source });
    const vague = mention({ valueUsd: null, source });
    const rounded = mention({ valueUsd: 14.1e9, source });
    expect(replay([first, vague, rounded]).size).toBe(1);
  });
});
