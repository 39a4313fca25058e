// One line per mention the extractor finds in a text, "buyer provider valueUsd status [total=…]", and a test per
// text that expects exactly those lines: the shared shape of the error-kind tests of value and status.
import { expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';

export const mentionLines = (text: string): string[] =>
  extractMentions({ text }).map(
    (m) =>
      `${m.buyer.id} ${m.provider.id} ${m.valueUsd} ${m.status}${m.runningTotalUsd != null ? ` total=${m.runningTotalUsd}` : ''}`,
  );

export function eachText(cases: [string, string[]][]): void {
  for (const [text, want] of cases) it(text.slice(0, 70), () => expect(mentionLines(text)).toEqual(want));
}
