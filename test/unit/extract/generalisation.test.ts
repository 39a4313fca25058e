// Issue 8's nine kinds of error, phrased the ways real pages in six languages phrase them (families in
// generalisation-families.ts, all written for this test). Each kind holds positives in at least three languages
// and negatives that must stay silent; a family passes when every expected mention comes out, in order, and
// nothing else does.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { loadCases, predict } from '../../corpus/corpus';
import * as F from './generalisation-families';

const fmt = (m: ReturnType<typeof extractMentions>[number]): string =>
  `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status} ${m.kind}${m.runningTotalUsd != null ? ` total=${m.runningTotalUsd}` : ''}`;

const KINDS: [string, F.Family[]][] = [
  ['roles come from what the clause says, not from headline word order', F.ROLES],
  ['roundups: each amount binds to its own clause’s pair; a company’s results borrow none', F.ROUNDUPS],
  ['aggregates: one amount over three named counterparties is no pair’s value', F.AGGREGATES],
  [
    'expansions: the increment is the value, the running total beside it (same or next sentence)',
    F.EXPANSIONS,
  ],
  [
    'multi-party leases: tenant buyer, landlord provider; the guarantor and the end user sign nothing',
    F.LEASES,
  ],
  [
    'lists of one buyer’s deals: each row binds to the lead-in’s owner, a withheld amount is no value',
    F.LISTS,
  ],
  ['acquisitions, investments and plans stay silent beside the capacity contract', F.ACQUISITIONS],
  ['hardware beside capacity keeps its own parties', F.HARDWARE],
  ['status words: reported, in talks, terminated, as newsrooms write them', F.STATUS],
];

for (const [kind, families] of KINDS)
  describe(kind, () => {
    it('covers three languages or more, with negatives', () => {
      expect(new Set(families.map((f) => f.lang)).size).toBeGreaterThanOrEqual(3);
      expect(families.some((f) => f.want.length === 0)).toBe(true);
    });
    for (const f of families)
      it(`${f.lang}: ${f.text.slice(0, 70)}`, () => {
        const got = extractMentions({ text: f.text, title: f.title ?? null }).map(fmt);
        expect(got, JSON.stringify(got)).toHaveLength(f.want.length);
        f.want.forEach((w, i) => {
          expect(got[i]!.startsWith(w), `${got[i]} should start with ${w}`).toBe(true);
        });
      });
  });

// The CLI's path (documentTexts, then extractFromDocuments, as `cli extract FILE` reads a page) on whole pages
// written for these kinds: an HTML page with its chrome or a wire text per language, several companies and
// amounts of which only some are deals. Every expected deal comes out with its pair, value and status, and nothing
// else does.
describe('whole pages through the CLI path, every language', () => {
  const cases = loadCases().filter((c) => c.id.startsWith('r8-probe-'));
  it('holds a page in each of the six languages, negatives among them', () => {
    expect(new Set(cases.map((c) => c.language))).toEqual(new Set(['en', 'fr', 'de', 'es', 'it', 'pt']));
    expect(cases.some((c) => c.expected.length === 0)).toBe(true);
  });
  for (const c of cases)
    it(c.id, () => {
      const got = predict(c).map((m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status}`);
      const want = c.expected.map((e) => `${e.buyer} ${e.provider} ${e.valueUsd} ${e.status}`);
      expect(got.sort()).toEqual(want.sort());
    });
});
