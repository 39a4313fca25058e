// The text up to `at`, at most `reach` characters of it: what the cue look-behinds read.
export const textBefore = (text: string, at: number, reach: number): string =>
  text.slice(Math.max(0, at - reach), at);
