// Shared by the "what" tests: a sentence's deals as "buyer provider value status", one `it` per sentence.
import { expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

export const run = (text: string): string[] =>
  extractMentions({ text }).map((m) => `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status}`);

export const each = (cases: [string, string[]][]): void => {
  for (const [text, want] of cases) it(text.slice(0, 70), () => expect(run(text)).toEqual(want));
};
