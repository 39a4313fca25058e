import { describe, expect, it } from 'vitest';
import { buildAlert, formatUsd } from '../../functions/core/alert-text';
import { dealChanges } from '../../functions/core/deal-changes';
import { mergeMention } from '../../functions/core/deal-merge';
import { meetsThresholds, planAlerts } from '../../functions/core/match';
import { mention, newsSource, subscription, withVersion } from '../support/builders';

const deal = mergeMention(null, mention(), new Date('2025-09-30T21:00:00Z'))!;

describe('dealChanges', () => {
  it('names a new deal, a value rise and a status climb with stable keys', () => {
    expect(dealChanges(null, deal).map((c) => c.key)).toEqual(['meta--coreweave--2025-09#new']);
    const bigger = withVersion(deal, { valueUsd: 20e9 });
    expect(dealChanges(deal, bigger).map((c) => c.kind)).toEqual(['value_up']);
    expect(dealChanges(deal, withVersion(deal, { sources: [] }))).toEqual([]);
    const talks = { ...deal, status: 'in_talks' as const, confirmedByFiling: false };
    expect(dealChanges(talks, deal).map((c) => c.key)).toEqual([
      'meta--coreweave--2025-09#status#signed+filing',
    ]);
  });
});

describe('meetsThresholds', () => {
  it('applies value, status, kind and company filters', () => {
    expect(meetsThresholds(subscription(), deal)).toBe(true);
    expect(meetsThresholds(subscription({ minValueUsd: 20e9 }), deal)).toBe(false);
    expect(meetsThresholds(subscription({ companies: ['oracle'] }), deal)).toBe(false);
    expect(meetsThresholds(subscription({ companies: ['coreweave'] }), deal)).toBe(true);
    expect(meetsThresholds(subscription({ kinds: ['power'] }), deal)).toBe(false);
    const reported = { ...deal, status: 'reported' as const };
    expect(meetsThresholds(subscription({ minStatus: 'signed' }), reported)).toBe(false);
    expect(meetsThresholds(subscription({ minValueUsd: 0 }), { ...deal, valueUsd: null })).toBe(true);
    expect(meetsThresholds(subscription({ minValueUsd: 1 }), { ...deal, valueUsd: null })).toBe(false);
    expect(meetsThresholds(subscription(), { ...deal, status: 'terminated' })).toBe(false);
  });
});

describe('confidence threshold', () => {
  it('alerts only at or above the subscriber threshold, 0.8 by default', () => {
    const unsure = { ...deal, confidence: 0.7 };
    expect(meetsThresholds(subscription(), unsure)).toBe(false);
    expect(meetsThresholds(subscription(), { ...deal, confidence: 0.8 })).toBe(true);
    expect(meetsThresholds(subscription({ minConfidence: 0.6 }), unsure)).toBe(true);
    expect(meetsThresholds(subscription({ minConfidence: 0.9 }), { ...deal, confidence: 0.85 })).toBe(false);
    // Deals stored before confidence was kept read as sure.
    const { confidence: _omit, ...older } = deal;
    expect(meetsThresholds(subscription(), older)).toBe(true);
  });

  it('keeps the highest confidence of its mentions, and a rise is a change that can alert the ones not told yet', () => {
    const low = mergeMention(null, mention({ confidence: 0.6 }), new Date('2025-10-01T00:00:00Z'))!;
    expect(low.confidence).toBe(0.6);
    const clearer = mergeMention(
      low,
      mention({ confidence: 0.9, source: newsSource('wire/2') }),
      new Date('2025-10-02T00:00:00Z'),
    )!;
    expect(clearer.confidence).toBe(0.9);
    const changes = dealChanges(low, clearer);
    expect(changes.map((c) => c.kind)).toEqual(['confidence_up']);
    const [plan] = planAlerts([subscription()], changes);
    expect(plan?.firstKey).toBe('sub-1#meta--coreweave--2025-09');
    expect(plan?.updates).toEqual([]);
    expect(planAlerts([subscription()], dealChanges(null, low))).toEqual([]);
  });
});

describe('planAlerts', () => {
  it('keys the first alert per subscriber and deal, and later ones per change asked for', () => {
    const bigger = withVersion(deal, { valueUsd: 20e9 });
    const [plan] = planAlerts([subscription({ notifyOn: ['value_up'] })], dealChanges(deal, bigger));
    expect(plan?.firstKey).toBe('sub-1#meta--coreweave--2025-09');
    expect(plan?.updates).toEqual([
      { kind: 'value_up', key: 'sub-1#meta--coreweave--2025-09#value#20000000000' },
    ]);
    const [quiet] = planAlerts([subscription({ notifyOn: [] })], dealChanges(deal, bigger));
    expect(quiet?.updates).toEqual([]);
  });
});

describe('alert text', () => {
  it('formats values', () => {
    expect(formatUsd(14.2e9)).toBe('$14.2B');
    expect(formatUsd(350e6)).toBe('$350M');
    expect(formatUsd(null)).toBe('undisclosed value');
  });

  it('writes a short SMS and a detailed email with the evidence', () => {
    const sms = buildAlert(subscription({ channel: 'sms', endpoint: '+14155550123' }), deal, [], true, 'k');
    expect(sms.text).toBe(
      'New compute deal: CoreWeave, Inc. -> Meta Platforms, Inc.: up to $14.2B through 2031-12-31, signed, in a filing.',
    );
    const email = buildAlert(subscription(), deal, [], true, 'k');
    expect(email.subject.length).toBeLessThan(100);
    expect(email.text).toContain('Evidence: "CoreWeave entered into an order form with Meta');
    expect(email.text).toContain('GPU cloud capacity');
    const update = buildAlert(
      subscription(),
      { ...deal, sources: [newsSource('a/1')] },
      ['value_up'],
      false,
      'k',
    );
    expect(update.subject.startsWith('Deal value up:')).toBe(true);
  });

  it('shows the increment beside a running total that an expansion reached', () => {
    const grown = {
      ...deal,
      valueUsd: 22.4e9,
      valueText: null,
      qualifier: null,
      history: [
        ...deal.history,
        {
          type: 'expanded' as const,
          at: '2025-09-25T12:00:00.000Z',
          sourceId: 'wire/6-5',
          valueUsd: 22.4e9,
          status: 'signed' as const,
          incrementUsd: 6.5e9,
        },
      ],
    };
    const sms = buildAlert(
      subscription({ channel: 'sms', endpoint: '+14155550123' }),
      grown,
      ['value_up'],
      false,
      'k',
    );
    expect(sms.text).toContain('$22.4B ($6.5B added)');
    expect(buildAlert(subscription(), grown, ['value_up'], false, 'k').text).toContain(
      'Value: $22.4B ($6.5B added)',
    );
    // A deal whose value is not an expansion's total shows no increment.
    expect(buildAlert(subscription(), deal, [], true, 'k').text).not.toContain('added');
  });
});
