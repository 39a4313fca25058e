import { describe, expect, it } from 'vitest';
import {
  evaluate,
  FeedError,
  feedItems,
  formatReport,
  loadCases,
  metrics,
  missedTargets,
  scoreCase,
  TARGETS,
} from '../corpus/corpus';

describe('labeled corpus', () => {
  const cases = loadCases();
  const report = evaluate(cases);

  it('is as large as issue 5 asks', () => {
    expect(report.facts.documents).toBeGreaterThanOrEqual(80);
    expect(report.facts.deals).toBeGreaterThanOrEqual(30);
    expect(report.facts.negatives).toBeGreaterThanOrEqual(30);
    expect(report.facts.french).toBeGreaterThanOrEqual(20);
  });

  it('every case names an existing document and canonical ids', () => {
    for (const c of cases) {
      expect(c.id).toMatch(/^[a-z0-9-]+$/);
      expect(['filing', 'news']).toContain(c.sourceKind);
      for (const e of c.expected) expect(e.buyer).not.toBe(e.provider);
    }
  });

  it('meets the extraction targets', () => {
    const m = metrics(report.overall);
    const missed = missedTargets(report);
    expect(missed, formatReport(report)).toEqual([]);
    expect(m.precision).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(m.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(m.exactValue).toBeGreaterThanOrEqual(TARGETS.exactValue);
    expect(m.bothParties).toBeGreaterThanOrEqual(TARGETS.bothParties);
  });
});

describe('scoring', () => {
  const base = {
    id: 'x',
    sourceKind: 'news' as const,
    format: 'rss',
    language: 'en' as const,
    registrant: null,
    title: null,
    file: 'x.xml',
    negative: null,
    expected: [
      {
        deal: 'd',
        buyer: 'meta',
        provider: 'coreweave',
        valueUsd: 1e9,
        cumulative: true,
        status: 'signed' as const,
        kind: 'gpu_cloud',
        endDate: null,
        termYears: null,
      },
    ],
  };
  const mention = (buyer: string, provider: string, valueUsd: number | null) => ({
    buyer: { id: buyer, name: buyer },
    provider: { id: provider, name: provider },
    valueUsd,
    valueText: null,
    originalCurrency: null,
    qualifier: null,
    cumulative: true,
    status: 'signed' as const,
    kind: 'gpu_cloud' as const,
    endDate: null,
    termYears: null,
    language: 'en' as const,
    evidence: '',
    evidenceStart: 0,
    evidenceEnd: 0,
    confidence: 1,
  });

  it('matches by unordered pair, and counts roles and value apart', () => {
    const { counts, misses } = scoreCase(base, [
      mention('coreweave', 'meta', 2e9),
      mention('meta', 'oracle', null),
    ]);
    expect(counts).toMatchObject({
      predicted: 2,
      truePositives: 1,
      found: 1,
      exactValue: 0,
      bothParties: 0,
      status: 1,
    });
    expect(misses.map((m) => m.what).sort()).toEqual(['false-positive', 'wrong-roles', 'wrong-value']);
  });

  it('counts a miss when nothing matches', () => {
    const { counts, misses } = scoreCase(base, []);
    expect(counts.found).toBe(0);
    expect(misses[0]?.what).toBe('missed');
  });
});

describe('feed items', () => {
  it('reads RSS 2.0 items with their HTML stripped and the channel language', () => {
    const xml =
      '<?xml version="1.0"?><rss version="2.0"><channel><language>fr-FR</language><item><title>Meta &amp; CoreWeave</title><description>&lt;p&gt;Un accord de &lt;b&gt;14,2 milliards&lt;/b&gt;&lt;/p&gt;</description></item></channel></rss>';
    expect(feedItems(xml)).toEqual([
      { title: 'Meta & CoreWeave', text: 'Un accord de 14,2 milliards', language: 'fr' },
    ]);
  });

  it('reads Atom entries (content, else summary)', () => {
    const xml =
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><entry><title>Deal</title><summary>Short</summary><content type="html">&lt;p&gt;Long body&lt;/p&gt;</content></entry></feed>';
    expect(feedItems(xml)).toEqual([{ title: 'Deal', text: 'Long body', language: 'en' }]);
  });

  it('refuses DOCTYPE declarations (no entity expansion) and unknown roots', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss version="2.0"><channel><item><title>&b;</title></item></channel></rss>';
    expect(() => feedItems(bomb)).toThrow(FeedError);
    expect(() => feedItems('<html><body>no feed</body></html>')).toThrow(FeedError);
  });
});
