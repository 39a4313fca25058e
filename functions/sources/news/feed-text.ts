import { decodeHTML } from 'entities';
import { htmlToText } from '../html-text';

/** HTML larger than this in one title or description is cut before conversion (the text is bounded anyway). */
export const MAX_DESCRIPTION_HTML = 256 * 1024;

/** How a feed's text is to be read: markup to convert, plain text, or HTML when it looks like it (RSS). */
export type TextKind = 'html' | 'text' | 'auto';

/** Whitespace that collapsing changes: any but a plain space, or a space followed by more whitespace. */
const COLLAPSIBLE_SPACE = /[^\S ]| \s/;

/**
 * Plain text from a feed's title or description: HTML converted, whitespace collapsed, cut at a word boundary
 * to `max` characters.
 */
export function plainText(raw: string, max: number, kind: TextKind = 'auto'): string {
  let text = raw.length > MAX_DESCRIPTION_HTML ? raw.slice(0, MAX_DESCRIPTION_HTML) : raw;
  if (kind === 'text') {
    // Undeclared HTML entities (&nbsp;) are left as written by the XML reader.
    if (text.includes('&')) text = decodeHTML(text);
  } else if (kind === 'html' || text.includes('<') || text.includes('&')) {
    text = simpleHtmlText(text) ?? htmlToText(text);
  }
  // Most texts have single spaces only: the test finds that without building a copy, as replace would.
  if (COLLAPSIBLE_SPACE.test(text)) text = text.replace(/\s+/g, ' ');
  text = text.trim();
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > max / 2 ? cut : max);
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
// Elements after which html-to-text starts a new line (here: a space, as whitespace is collapsed anyway).
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'address',
  'center',
  ...HEADINGS,
]);
// Elements html-to-text lays out (lists, tables, rules, quotes) or whose content is not text: the full
// conversion handles those.
const LAID_OUT = new Set([
  'table',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'pre',
  'hr',
  'blockquote',
  'script',
  'style',
  'textarea',
  'head',
  'title',
  'select',
  'svg',
  'math',
  'noscript',
  'template',
  'iframe',
  'object',
  'body',
  'html',
]);
const TAG_NAME = /[A-Za-z][A-Za-z0-9:-]*/y;

/** Whether quotes in a tag's text are balanced (an attribute value holding ">" would leave one open). */
function quotesBalanced(tag: string): boolean {
  let double = 0;
  let single = 0;
  for (let k = 0; k < tag.length; k++) {
    const c = tag.charCodeAt(k);
    if (c === 0x22) double++;
    else if (c === 0x27) single++;
  }
  return double % 2 === 0 && single % 2 === 0;
}

/**
 * The text html-to-text gives (after whitespace is collapsed) for the simple markup of most feed summaries
 * (paragraphs, links, emphasis, images, line breaks), an order of magnitude faster: profiling the news parser
 * showed html-to-text's DOM building as most of its time. null when the markup needs the full conversion.
 */
export function simpleHtmlText(html: string): string | null {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) return null;
      i = end + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    const isLetter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
    if (!isLetter && next !== 0x2f /* / */) {
      if (next === 0x21 /* ! */ || next === 0x3f /* ? */) return null;
      out += '<';
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt);
    TAG_NAME.lastIndex = next === 0x2f ? lt + 2 : lt + 1;
    const m = TAG_NAME.exec(html);
    if (gt < 0 || !m || !quotesBalanced(html.slice(lt, gt))) return null;
    const name = m[0].toLowerCase();
    if (LAID_OUT.has(name)) return null;
    if (BLOCK.has(name)) out += ' ';
    i = gt + 1;
  }
  return out.includes('&') ? decodeHTML(out) : out;
}
