// Table-driven checks of whole texts: each expected entry is a prefix ("buyer provider valueUsd status kind") of
// the mention found at the same rank, and nothing else may be found.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { loadCases, predict } from '../../corpus/corpus';

export type Case = [string, string[]];

export const run = (text: string, title?: string): string[] =>
  extractMentions({ text, title: title ?? null }).map(
    (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status} ${m.kind}`,
  );

/** Each of `want` is a prefix of the mention found at its rank, and nothing else was found. */
export function expectPrefixes(got: readonly string[], want: readonly string[]): void {
  expect(got, JSON.stringify(got)).toHaveLength(want.length);
  for (const [i, w] of want.entries())
    expect(got[i]!.startsWith(w), `${got[i]} should start with ${w}`).toBe(true);
}

export const each = (cases: Case[]): void => {
  for (const [text, want] of cases) it(text.slice(0, 80), () => expectPrefixes(run(text), want));
};

/** Sentence families of one kind or shape, each tagged with its language; a page's headline when it matters. */
export type Family = readonly [lang: string, text: string, want: readonly string[], title?: string];

export const eachFamily = (families: readonly Family[]): void => {
  for (const [lang, text, want, title] of families)
    it(`${lang}: ${title ? `${title.slice(0, 40)} / ${text.slice(0, 40)}` : text.slice(0, 80)}`, () =>
      expectPrefixes(run(text, title), want));
};

/**
 * One `describe` per kind of error: its families span three languages or more, with positives (and, when
 * `withNegatives`, negatives that must stay silent), then each family is read.
 */
export function eachKind(kinds: Readonly<Record<string, readonly Family[]>>, withNegatives = false): void {
  for (const [kind, rows] of Object.entries(kinds))
    describe(kind, () => {
      it('spans three languages or more, with positives and negatives', () => {
        expect(new Set(rows.map(([lang]) => lang)).size).toBeGreaterThanOrEqual(3);
        expect(rows.some(([, , want]) => want.length > 0)).toBe(true);
        if (withNegatives) expect(rows.some(([, , want]) => want.length === 0)).toBe(true);
      });
      eachFamily(rows);
    });
}

const SIX_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt'] as const;

/**
 * The corpus pages whose id starts with `prefix`, read as `cli extract FILE` reads them: at least `min` of them, in
 * `languages` (the six unless told), a negative among them; every labelled deal comes out (with its status when
 * `withStatus`), and nothing else.
 */
export function eachCorpusPage(
  prefix: string,
  min: number,
  withStatus: boolean,
  languages: readonly string[] = SIX_LANGUAGES,
): void {
  const cases = loadCases().filter((c) => c.id.startsWith(prefix));
  it(`holds ${min} pages or more in ${languages.join(', ')}, a negative among them`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(min);
    expect(new Set(cases.map((c) => c.language))).toEqual(new Set(languages));
    expect(cases.some((c) => c.expected.length === 0)).toBe(true);
  });
  for (const c of cases)
    it(c.id, () => {
      const got = predict(c).map(
        (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd}${withStatus ? ` ${m.status}` : ''}`,
      );
      const want = c.expected.map(
        (e) => `${e.buyer} ${e.provider} ${e.valueUsd}${withStatus ? ` ${e.status}` : ''}`,
      );
      expect(got.sort()).toEqual(want.sort());
    });
}
