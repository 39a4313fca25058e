import { describe, expect, it } from 'vitest';
import { mergeMention } from '../../functions/core/deal-merge';
import { mention, newsSource } from '../support/builders';

const t0 = new Date('2025-09-30T21:00:00Z');
const t1 = new Date('2025-10-01T09:00:00Z');

describe('mergeMention', () => {
  it('starts a deal from its first mention, confirmed when a filing says it was signed', () => {
    const deal = mergeMention(null, mention(), t0);
    expect(deal).toMatchObject({
      id: 'meta--coreweave',
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
    const again = mergeMention(first, { ...mention(), source: newsSource('wire/coreweave-meta') }, t1);
    expect(again?.history.map((e) => [e.type, e.sourceId, e.at])).toEqual([
      ['created', '9999999999-25-000105/8-K', t0.toISOString()],
      ['source_added', 'wire/coreweave-meta', t1.toISOString()],
    ]);
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
      source: newsSource('wire/a'),
    });
    const expanded = mergeMention(base, plus, t1);
    expect(expanded?.valueUsd).toBeCloseTo(15.9e9);
    expect(expanded?.history.find((e) => e.type === 'expanded')).toMatchObject({ incrementUsd: 4e9 });
    const sameAgain = mergeMention(expanded, { ...plus, source: newsSource('wire/b') }, t1);
    expect(sameAgain?.valueUsd).toBeCloseTo(15.9e9);
    expect(sameAgain?.sources).toHaveLength(3);
  });

  it('takes a higher running total and keeps the higher value when a lower one is reported', () => {
    const base = mergeMention(null, mention({ valueUsd: 15.9e9 }), t0);
    const total = mergeMention(
      base,
      mention({ valueUsd: 22.4e9, status: 'expanded', source: newsSource('a/1') }),
      t1,
    );
    expect(total?.valueUsd).toBe(22.4e9);
    expect(total?.history.at(-1)?.type).toBe('expanded');
    const lower = mergeMention(total, mention({ valueUsd: 14e9, source: newsSource('a/2') }), t1);
    expect(lower?.valueUsd).toBe(22.4e9);
  });

  it('records a termination as an event and keeps the deal terminated', () => {
    const base = mergeMention(null, mention(), t0);
    const ended = mergeMention(base, mention({ status: 'terminated', source: newsSource('x/1') }), t1);
    expect(ended?.status).toBe('terminated');
    expect(ended?.history.at(-1)?.type).toBe('terminated');
  });

  it('bounds sources and history', () => {
    let deal = mergeMention(null, mention({ valueUsd: 1e9 }), t0);
    for (let i = 0; i < 150; i++) {
      deal =
        mergeMention(deal, mention({ valueUsd: 1e9 + (i + 1) * 1e8, source: newsSource(`f/${i}`) }), t1) ??
        deal;
    }
    expect(deal?.sources.length).toBe(50);
    expect(deal?.history.length).toBe(100);
    expect(deal?.history[0]?.type).toBe('created');
    expect(deal?.version).toBe(151);
  });
});
