// Table-driven checks of whole texts: each expected entry is a prefix ("buyer provider valueUsd status kind") of
// the mention found at the same rank, and nothing else may be found.
import { expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

export type Case = [string, string[]];

export const run = (text: string, title?: string): string[] =>
  extractMentions({ text, title: title ?? null }).map(
    (m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status} ${m.kind}`,
  );

export const each = (cases: Case[]): void => {
  for (const [text, want] of cases)
    it(text.slice(0, 80), () => {
      const got = run(text);
      expect(got, JSON.stringify(got)).toHaveLength(want.length);
      for (const [i, w] of want.entries())
        expect(got[i]!.startsWith(w), `${got[i]} should start with ${w}`).toBe(true);
    });
};
