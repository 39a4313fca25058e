import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CALIBRATION_GOAL,
  type CorpusCase,
  calibration,
  evaluate,
  FeedError,
  FLOOR,
  feedItems,
  formatReport,
  type Judged,
  judge,
  loadCases,
  metrics,
  missedCalibration,
  missedTargets,
  type Report,
  scoreCase,
  TARGETS,
  TRAP_KINDS,
  wrongByKind,
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

  it('holds the corpus targets and the measured floor', () => {
    const m = metrics(report.overall);
    const detail = formatReport(report);
    for (const goal of [TARGETS, FLOOR]) {
      expect(m.precision, detail).toBeGreaterThanOrEqual(goal.precision);
      expect(m.recall, detail).toBeGreaterThanOrEqual(goal.recall);
      expect(m.exactValue, detail).toBeGreaterThanOrEqual(goal.exactValue);
      expect(m.bothParties, detail).toBeGreaterThanOrEqual(goal.bothParties);
    }
    expect(missedTargets(report)).toEqual([]);
  });

  it('reports the goals it misses by name', () => {
    const m = metrics(report.overall);
    const missed = missedTargets(report);
    for (const k of Object.keys(TARGETS) as (keyof typeof TARGETS)[]) {
      expect(missed.some((line) => line.startsWith(`${k} `))).toBe(m[k] < TARGETS[k]);
    }
  });
});

describe('held-out set', () => {
  // Its figures are reported by `npm run eval -- --holdout`, never asserted: it must not become a tuning target.
  // What is asserted is its shape, as the issue asks it.
  const dir = fileURLToPath(new URL('../corpus/holdout/', import.meta.url));
  const cases = loadCases(dir);
  const companyIds = new Set(
    (
      JSON.parse(
        readFileSync(new URL('../../functions/core/data/companies.json', import.meta.url), 'utf8'),
      ) as { companies: { id: string }[] }
    ).companies.map((c) => c.id),
  );

  it('has at least 50 documents in six languages, half of them multi-company texts', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const languages = new Set(cases.map((c) => c.language));
    expect([...languages].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt']);
    // Several companies and several amounts, of which only some are deals (the rest declared as traps).
    const multi = cases.filter((c) => {
      const companies = new Set([
        ...c.expected.flatMap((e) => [e.buyer, e.provider]),
        ...(c.traps ?? []).flatMap((t) => t.companies ?? []),
      ]);
      const amounts =
        c.expected.filter((e) => e.valueUsd !== null).length +
        (c.traps ?? []).filter((t) => t.valueUsd != null).length;
      return companies.size >= 3 && amounts >= 2 && (c.traps ?? []).length > 0;
    });
    expect(multi.length * 2).toBeGreaterThanOrEqual(cases.length);
  });

  it('labels with known companies, declares well-formed traps and names existing documents', () => {
    for (const c of cases) {
      expect(existsSync(join(dir, 'docs', c.file)), c.id).toBe(true);
      for (const e of c.expected) {
        expect(companyIds.has(e.buyer), `${c.id}: ${e.buyer}`).toBe(true);
        expect(companyIds.has(e.provider), `${c.id}: ${e.provider}`).toBe(true);
      }
      for (const t of c.traps ?? []) {
        expect(TRAP_KINDS, c.id).toContain(t.kind);
        expect(
          t.valueUsd != null || t.companies?.length === 2,
          `${c.id}: a trap needs an amount or a pair`,
        ).toBe(true);
        for (const id of t.companies ?? []) expect(companyIds.has(id), `${c.id}: ${id}`).toBe(true);
      }
    }
  });

  // Reading every generation runs the extractor on ~180 pages: seconds on a busy machine, so a generous timeout.
  it('is read without error, as the CLI reads each page', () => {
    const report = evaluate(cases, dir);
    expect(report.misses.filter((m) => m.detail.startsWith('could not read'))).toEqual([]);
  }, 120_000);
});

/** An extracted mention of a pair, as the scorer sees it (the rest of its fields left plain). */
const mention = (buyer: string, provider: string, valueUsd: number | null, confidence = 1) => ({
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
  confidence,
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

describe('wrong alerts by kind', () => {
  const deal = {
    deal: 'd',
    cumulative: true,
    status: 'signed' as const,
    kind: 'gpu_cloud',
    endDate: null,
    termYears: null,
  };
  const roundup: CorpusCase = {
    id: 'r',
    sourceKind: 'news',
    format: 'html',
    language: 'fr',
    registrant: null,
    title: null,
    file: 'r.html',
    negative: null,
    expected: [{ ...deal, buyer: 'microsoft', provider: 'iren', valueUsd: 9.7e9 }],
    traps: [
      { kind: 'hardware', companies: ['iren', 'dell'], valueUsd: 5.8e9 },
      { kind: 'aggregate', valueUsd: 30e9 },
      { kind: 'acquisition', companies: ['coreweave', 'core-scientific'] },
      { kind: 'roundup-other-pair', companies: ['openai', 'google'] },
    ],
  };
  const m = (buyer: string, provider: string, valueUsd: number | null) => ({
    ...mention(buyer, provider, valueUsd, 0.9),
    language: 'fr' as const,
    evidence: `${buyer} and ${provider}`,
  });

  it('classifies by the declared traps first, then by the labels', () => {
    expect(judge(roundup, m('microsoft', 'iren', 9.7e9))).toBe('correct');
    expect(judge(roundup, m('microsoft', 'iren', null))).toBe('correct');
    expect(judge(roundup, m('iren', 'microsoft', 9.7e9))).toBe('wrong-roles');
    // A trap's amount bound to the labeled pair, or to a chip maker, is still that trap.
    expect(judge(roundup, m('microsoft', 'iren', 5.8e9))).toBe('hardware');
    expect(judge(roundup, m('nvidia', 'dell', 5.8e9))).toBe('hardware');
    expect(judge(roundup, m('openai', 'oracle', 30e9))).toBe('aggregate');
    expect(judge(roundup, m('coreweave', 'core-scientific', 9e9))).toBe('acquisition-investment');
    expect(judge(roundup, m('google', 'openai', null))).toBe('wrong-pair');
    expect(judge(roundup, m('microsoft', 'nebius', 17.4e9))).toBe('wrong-pair');
    expect(judge(roundup, m('meta', 'oracle', 20e9))).toBe('non-deal-amount');
  });

  it('counts a trap amount on a labeled pair against precision, and a role swap only under parties', () => {
    const { counts, judged } = scoreCase(roundup, [
      m('iren', 'microsoft', 9.7e9),
      m('microsoft', 'iren', 5.8e9),
    ]);
    expect(counts).toMatchObject({ predicted: 2, truePositives: 1, found: 1, bothParties: 0, exactValue: 1 });
    expect(wrongByKind(judged)).toMatchObject({ 'wrong-roles': 1, hardware: 1, 'wrong-pair': 0 });
  });

  it('keeps cases without traps scored as before', () => {
    const { traps: _unused, ...plain } = roundup;
    const { counts } = scoreCase(plain, [m('microsoft', 'iren', 5.8e9)]);
    expect(counts).toMatchObject({ truePositives: 1, found: 1, exactValue: 0 });
  });

  it('prints each wrong alert with its kind, slice and evidence', () => {
    const { counts, misses, judged } = scoreCase(roundup, [m('nvidia', 'dell', 5.8e9)]);
    const report: Report = {
      overall: counts,
      byLanguage: { fr: counts },
      bySourceKind: { news: counts },
      misses,
      judged,
      facts: { documents: 1, deals: 1, negatives: 0, french: 1 },
    };
    const text = formatReport(report);
    expect(text).toContain('[hardware] r (fr, news): nvidia <- dell 5800000000');
    expect(text).toContain('"nvidia and dell"');
    expect(text).toMatch(/lang fr\s+0\s+0\s+0\s+0\s+1\s+0\s+1/);
  });
});

describe('calibration', () => {
  const j = (confidence: number, verdict: Judged['verdict']): Judged => ({
    caseId: 'c',
    language: 'en',
    sourceKind: 'news',
    verdict,
    confidence,
    mention: '',
    evidence: '',
  });

  it('buckets mentions by confidence and counts the correct ones', () => {
    const judged = [
      j(0.95, 'correct'),
      j(0.8, 'wrong-pair'),
      j(0.79, 'correct'),
      j(0.6, 'aggregate'),
      j(0.3, 'correct'),
    ];
    expect(calibration(judged)).toEqual([
      { label: '>= 0.8', mentions: 2, correct: 1 },
      { label: '0.6-0.8', mentions: 2, correct: 1 },
      { label: '< 0.6', mentions: 1, correct: 1 },
    ]);
  });

  it('misses the goal when too few confident mentions are correct', () => {
    const report = (judged: Judged[]) => ({ judged }) as unknown as Report;
    const good = Array.from({ length: 19 }, () => j(0.9, 'correct'));
    expect(missedCalibration(report([...good, j(0.5, 'wrong-roles')]))).toBeNull();
    expect(missedCalibration(report([...good, j(CALIBRATION_GOAL.confidence, 'wrong-roles')]))).toBeNull();
    expect(missedCalibration(report([...good, j(0.9, 'wrong-roles'), j(0.9, 'hardware')]))).toMatch(
      /0\.905 < 0\.95/,
    );
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
