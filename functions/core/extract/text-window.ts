import type { Span } from './sentences';

// The text up to `at`, at most `reach` characters of it: what the cue look-behinds read.
export const textBefore = (text: string, at: number, reach: number): string =>
  text.slice(Math.max(0, at - reach), at);

/** The text before `at` within `span` (a sentence), at most `reach` characters of it. */
export const beforeIn = (text: string, span: Span, at: number, reach: number): string =>
  text.slice(Math.max(span.start, at - reach), at);

/** The text after `at` within `span` (a sentence), at most `reach` characters of it. */
export const afterIn = (text: string, span: Span, at: number, reach: number): string =>
  text.slice(at, Math.min(span.end, at + reach));
