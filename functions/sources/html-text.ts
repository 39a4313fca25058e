import { compile } from 'html-to-text';

/** Refuse HTML larger than this rather than silently truncating it (html-to-text's default cut is 16 MiB). */
export const MAX_HTML_BYTES = 64 * 1024 * 1024;

export class DocumentTooLargeError extends Error {
  override readonly name = 'DocumentTooLargeError';
  constructor(readonly size: number) {
    super(`document of ${size} characters is over the ${MAX_HTML_BYTES} limit`);
  }
}

// Compiled once: html-to-text builds its selector tables per call otherwise.
const convert = compile({
  wordwrap: false,
  // The default maxInputLength (16 MiB) truncates silently; we bound the size ourselves above.
  limits: { maxInputLength: MAX_HTML_BYTES, ellipsis: '' },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false, maxColumnWidth: 60 } },
  ],
});

/** Readable text from an HTML document or fragment: entities decoded, tables kept as aligned rows. */
export function htmlToText(html: string): string {
  if (html.length > MAX_HTML_BYTES) throw new DocumentTooLargeError(html.length);
  return convert(html);
}

/** True when the text looks like HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:html|body|div|p|table|br|span|font)\b/i.test(text.slice(0, 4096));
}
