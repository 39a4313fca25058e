import { describe, expect, it } from 'vitest';
import { contractValue, mergeMention, rebuild, toDealMention } from '../../functions/core/deal-merge';
import type { SourcedMention } from '../../functions/core/types';
import { mention, newsSource } from '../support/builders';

/** A news source published after the builders' filing (30 Sep 2025, 20:05 UTC). */
function later(id: string, publishedAt = '2025-10-01T08:00:00.000Z'): SourcedMention['source'] {
  return { ...newsSource(id), publishedAt };
}

const t0 = new Date('2025-09-30T21:00:00Z');
const t1 = new Date('2025-10-01T09:00:00Z');

describe('mergeMention', () => {
  it('starts a deal from its first mention, confirmed when a filing says it was signed', () => {
    const deal = mergeMention(null, mention(), t0);
    expect(deal).toMatchObject({
      id: 'meta--coreweave--2025-09',
      status: 'signed',
      valueUsd: 14.2e9,
      confirmedByFiling: true,
      endDate: '2031-12-31',
      version: 1,
    });
    expect(deal?.history.map((e) => e.type)).toEqual(['created']);
  });

  it('is a no-op for a source it has merged before (redelivery)', () => {
    const deal = mergeMention(null, mention(), t0);
    expect(mergeMention(deal, mention(), t1)).toBeNull();
  });

  it('records a merge that changes nothing as source_added, so the history shows every merge', () => {
    const first = mergeMention(null, mention(), t0);
    // A later article about the same contract, adding nothing: history is in publication order.
    const later = { ...newsSource('wire/coreweave-meta'), publishedAt: '2025-10-02T09:00:00.000Z' };
    const again = mergeMention(first, { ...mention(), source: later }, t1);
    expect(again?.history.map((e) => [e.type, e.sourceId])).toEqual([
      ['created', '9999999999-25-000105/8-K'],
      ['source_added', 'wire/coreweave-meta'],
    ]);
    expect(again?.history[1]?.at).toBe('2025-10-02T09:00:00.000Z');
    expect(again?.valueUsd).toBe(first?.valueUsd);
  });

  it('climbs status in_talks < reported < signed and never down', () => {
    const talks = mergeMention(null, mention({ status: 'in_talks', source: newsSource('wsj/1') }), t0);
    expect(talks?.status).toBe('in_talks');
    expect(talks?.confirmedByFiling).toBe(false);
    const reported = mergeMention(talks, mention({ status: 'reported', source: newsSource('ft/2') }), t1);
    expect(reported?.status).toBe('reported');
    const again = mergeMention(reported, mention({ status: 'in_talks', source: newsSource('ft/3') }), t1);
    expect(again?.status).toBe('reported');
    const signed = mergeMention(again, mention(), t1);
    expect(signed).toMatchObject({ status: 'signed', confirmedByFiling: true });
    expect(signed?.history.map((e) => e.type)).toContain('confirmed_by_filing');
  });

  it('adds an incremental expansion once, however many sources report it', () => {
    const base = mergeMention(null, mention({ valueUsd: 11.9e9, endDate: null }), t0);
    const plus = mention({
      valueUsd: 4e9,
      cumulative: false,
      status: 'expanded',
      source: later('wire/a'),
    });
    const expanded = mergeMention(base, plus, t1);
    expect(expanded?.valueUsd).toBeCloseTo(15.9e9);
    expect(expanded?.history.find((e) => e.type === 'expanded')).toMatchObject({ incrementUsd: 4e9 });
    const sameAgain = mergeMention(expanded, { ...plus, source: later('wire/b') }, t1);
    expect(sameAgain?.valueUsd).toBeCloseTo(15.9e9);
    expect(sameAgain?.sources).toHaveLength(3);
  });

  it('takes a higher running total and keeps the higher value when a lower one is reported', () => {
    const base = mergeMention(null, mention({ valueUsd: 15.9e9 }), t0);
    const total = mergeMention(
      base,
      mention({ valueUsd: 22.4e9, status: 'expanded', source: later('a/1') }),
      t1,
    );
    expect(total?.valueUsd).toBe(22.4e9);
    expect(total?.history.at(-1)?.type).toBe('expanded');
    const lower = mergeMention(total, mention({ valueUsd: 14e9, source: later('a/2') }), t1);
    expect(lower?.valueUsd).toBe(22.4e9);
  });

  it('takes an expansion’s stated running total as the deal’s value, the increment in its event', () => {
    const base = mergeMention(null, mention({ valueUsd: 15.9e9 }), t0);
    const step = mention({
      valueUsd: 6.5e9,
      cumulative: false,
      runningTotalUsd: 22.4e9,
      status: 'expanded',
      source: later('wire/6-5'),
    });
    const grown = mergeMention(base, step, t1);
    expect(grown?.valueUsd).toBe(22.4e9);
    expect(grown?.history.at(-1)).toMatchObject({ type: 'expanded', incrementUsd: 6.5e9, valueUsd: 22.4e9 });
    expect(grown?.mentions.at(-1)?.runningTotalUsd).toBe(22.4e9);
    // Alone, the expansion still gives the total it states, not the increment.
    expect(mergeMention(null, step, t1)?.valueUsd).toBe(22.4e9);
    // Without a stated total the increment adds to the base, as before.
    const plain = mergeMention(base, { ...step, runningTotalUsd: null }, t1);
    expect(plain?.valueUsd).toBeCloseTo(22.4e9);
    expect(mergeMention(base, { ...step, runningTotalUsd: null, valueUsd: 1e9 }, t1)?.valueUsd).toBeCloseTo(
      16.9e9,
    );
  });

  it('records a termination as an event and keeps the deal terminated', () => {
    const base = mergeMention(null, mention(), t0);
    const ended = mergeMention(base, mention({ status: 'terminated', source: later('x/1') }), t1);
    expect(ended?.status).toBe('terminated');
    expect(ended?.history.at(-1)?.type).toBe('terminated');
  });

  it('bounds mentions, sources and history', () => {
    let deal = mergeMention(null, mention({ valueUsd: 1e9 }), t0);
    for (let i = 0; i < 150; i++) {
      const m = mention({ valueUsd: 1e9 + (i + 1) * 1e8, source: later(`f/${String(i).padStart(3, '0')}`) });
      deal = mergeMention(deal, m, t1) ?? deal;
    }
    expect(deal?.sources.length).toBe(50);
    expect(deal?.mentions.length).toBe(50);
    expect(deal?.history.length).toBeLessThanOrEqual(100);
    expect(deal?.history[0]?.type).toBe('created');
    expect(deal?.valueUsd).toBeCloseTo(16e9);
    expect(deal?.version).toBe(151);
  });

  it('folds mentions in date order, so a late-arriving older mention changes nothing it should not', () => {
    const total = mention({
      valueUsd: 22.4e9,
      status: 'expanded',
      source: later('total', '2025-09-25T12:00:00Z'),
    });
    const base = mention({ valueUsd: 11.9e9, source: later('base', '2025-03-10T12:00:00Z') });
    const plus = mention({
      valueUsd: 4e9,
      cumulative: false,
      status: 'expanded',
      source: later('plus', '2025-05-15T12:00:00Z'),
    });
    const a = mergeMention(mergeMention(mergeMention(null, total, t0), plus, t1), base, t1);
    const b = mergeMention(mergeMention(mergeMention(null, base, t0), plus, t1), total, t1);
    expect(a?.valueUsd).toBeCloseTo(22.4e9);
    expect(b?.valueUsd).toBeCloseTo(22.4e9);
    expect(a?.history.map((e) => [e.type, e.sourceId])).toEqual(b?.history.map((e) => [e.type, e.sourceId]));
  });

  it('reads the value of a contract from a base, its increments and running totals', () => {
    const at = (id: string, d: string, v: number, cumulative: boolean, expanded: boolean) =>
      toDealMention(
        mention({
          valueUsd: v,
          cumulative,
          status: expanded ? 'expanded' : 'signed',
          source: later(id, d),
        }),
        t0,
        { rule: 'opened', note: '' },
      );
    const base = at('b', '2025-03-10T00:00:00Z', 11.9e9, true, false);
    const plus4 = at('p4', '2025-05-15T00:00:00Z', 4e9, false, true);
    const plus4Again = at('p4b', '2025-05-16T00:00:00Z', 4e9, false, true);
    const total = at('t', '2025-09-25T00:00:00Z', 22.4e9, true, true);
    const plus65 = at('p6', '2025-09-25T01:00:00Z', 6.5e9, false, true);
    expect(contractValue([plus4])).toBe(4e9);
    expect(contractValue([base, plus4, plus4Again])).toBeCloseTo(15.9e9);
    expect(contractValue([total, plus65])).toBeCloseTo(22.4e9);
    expect(contractValue([base, plus4, total, plus65])).toBeCloseTo(22.4e9);
  });

  it('keeps an operator correction whatever mentions come later', () => {
    const deal = mergeMention(null, mention(), t0);
    if (!deal) throw new Error('opened');
    const corrected = rebuild(
      deal,
      deal.mentions,
      [
        {
          at: t1.toISOString(),
          by: 'ops@example.com',
          why: 'the filing says $12B',
          change: { type: 'set', fields: { valueUsd: 12e9 } },
        },
      ],
      t1,
    );
    const after = mergeMention(corrected, mention({ valueUsd: 20e9, source: later('n/1') }), t1);
    expect(after?.valueUsd).toBe(12e9);
    expect(after?.history.at(-1)).toMatchObject({
      type: 'corrected',
      by: 'ops@example.com',
      why: 'the filing says $12B',
    });
  });
});
