import type { HtmlToTextOptions } from 'html-to-text';
import { compile } from 'html-to-text';

/** Refuse HTML larger than this rather than silently truncating it (html-to-text's default cut is 16 MiB). */
export const MAX_HTML_BYTES = 64 * 1024 * 1024;

/**
 * Documents longer than this are converted slice by slice: html-to-text builds a DOM of its whole input, and a
 * 20 MB filing converted at once peaked near 470 MB RSS (npm run bench), too close to the 512 MB worker.
 */
export const SLICE_THRESHOLD_CHARS = 2 * 1024 * 1024;
/** Target length of one slice; a slice may grow to SLICE_HARD_FACTOR times this while looking for a safe cut. */
export const SLICE_TARGET_CHARS = 128 * 1024;
const SLICE_HARD_FACTOR = 4;

export class DocumentTooLargeError extends Error {
  override readonly name = 'DocumentTooLargeError';
  constructor(readonly size: number) {
    super(`document of ${size} characters is over the ${MAX_HTML_BYTES} limit`);
  }
}

// Compiled once, at first use rather than at import: compiling parses the selectors (~10 ms), and the news poller
// converts with html-to-text only the odd summary its simple converter leaves (feed-text.ts), so most of its cold
// starts never need it. The filing worker pays it at its first HTML document instead of at init.
const OPTIONS = {
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
} satisfies HtmlToTextOptions;
type Converter = (html: string) => string;

/** A converter compiled from `options` by its first call. */
function compiledAtFirstUse(options: HtmlToTextOptions): Converter {
  let compiled: Converter | undefined;
  return (html) => {
    compiled ??= compile(options);
    return compiled(html);
  };
}

const convert = compiledAtFirstUse(OPTIONS);
// Later slices are converted whole, not from their <body>: a slice holding a <body> tag after some content (documents
// glued together) would otherwise lose that content. The document's own <head> is in the first slice (no cut
// falls inside a head), which is converted from its <body> as the whole document is.
const convertSlice = compiledAtFirstUse({
  ...OPTIONS,
  baseElements: { selectors: ['html-text-no-base'], returnDomByDefault: true },
});

/** Readable text from an HTML document or fragment: entities decoded, tables kept as aligned rows. */
export function htmlToText(html: string): string {
  if (html.length > MAX_HTML_BYTES) throw new DocumentTooLargeError(html.length);
  const capped = capNesting(html);
  if (capped.length <= SLICE_THRESHOLD_CHARS) return convert(capped);
  return htmlToTextInSlices(capped);
}

/**
 * Elements open at once beyond which capNesting drops tags (keeping their text). Real pages and filings nest
 * under 100; the HTML parser keeps its open elements in an array it shifts, so 100,000 nested <div>s cost it
 * about 20 s.
 */
export const MAX_NESTING = 400;
// Elements that are void, or that the next sibling closes when their end tag is left out: they do not nest.
const NOT_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
]);

const nameKey = (name: string): number =>
  [...name].reduce((key, c) => (Math.imul(key, 31) + (c.charCodeAt(0) | 0x20)) >>> 0, 0);
const NOT_NESTING_KEYS = new Set([...NOT_NESTING].map(nameKey));

/** A letter, or (after the first) a digit: the characters of a tag name. */
function isNameChar(c: number, first: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (!first && c >= 48 && c <= 57);
}

/** The HTML with every tag opened past MAX_NESTING open elements (and its end tag) left out, text kept. Linear. */
export function capNesting(html: string, max = MAX_NESTING): string {
  let depth = 0;
  let out: string[] | null = null;
  let kept = 0;
  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    let j = lt + 1;
    const closing = html.charCodeAt(j) === 47;
    if (closing) j++;
    const nameStart = j;
    let key = 0; // the lower-case name hashed, so that a 20 MB filing's million tags allocate no strings
    for (; j < html.length && isNameChar(html.charCodeAt(j), j === nameStart); j++)
      key = (Math.imul(key, 31) + (html.charCodeAt(j) | 0x20)) >>> 0;
    const gt = j > nameStart ? html.indexOf('>', j) : -1;
    if (gt < 0) {
      i = lt + 1;
      continue;
    }
    i = gt + 1;
    if (!closing && RAW_TEXT_KEYS.has(key)) {
      const end = indexOfCloseTag(html, html.slice(nameStart, j).toLowerCase(), i);
      i = end < 0 ? html.length : end;
      continue;
    }
    if (NOT_NESTING_KEYS.has(key) || html.charCodeAt(gt - 1) === 47) continue;
    const deep = closing ? depth > max : depth + 1 > max;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (deep) {
      out ??= [];
      out.push(html.slice(kept, lt));
      kept = gt + 1;
    }
  }
  if (!out) return html;
  out.push(html.slice(kept));
  return out.join('');
}

/**
 * The same text as htmlToText (modulo whitespace), converted in slices of about `targetChars` cut only after the
 * close tag of a block (</p>, </div>, </tr>, ...), never inside a tag, an entity, a comment, a script or a
 * list. A table cut between rows is closed at the end of one slice and reopened with its own open tag at the
 * start of the next, so both halves stay tables. Only one slice's DOM is alive at a time. When no such cut
 * exists within 4 x targetChars, the cut falls after any tag (outside <head>), then at a space in a long text run.
 */
export function htmlToTextInSlices(html: string, targetChars = SLICE_TARGET_CHARS): string {
  if (html.length > MAX_HTML_BYTES) throw new DocumentTooLargeError(html.length);
  const texts: string[] = [];
  let first = true;
  for (const slice of htmlSlices(html, targetChars)) {
    // The first slice holds the document's start: converted as the whole document would be, from its <body>.
    const text = first ? convert(slice) : convertSlice(slice);
    first = false;
    if (text) texts.push(text);
  }
  return texts.join('\n');
}

// Elements after whose close tag a cut leaves both sides well formed. Not li: a cut inside a list renumbers it.
const BLOCK_CLOSE = new Set([
  'p',
  'div',
  'tr',
  'table',
  'center',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'br',
]);
// Containers a cut must not fall inside: numbering or whitespace would change, or (head) a later slice without
// <body> would have its head content read as text.
const NO_CUT_INSIDE = new Set(['head', 'ol', 'ul', 'pre', 'dl', 'textarea']);
const NEVER_CUT_INSIDE = 'head';
// Raw-text elements: their content is not markup, so it is skipped whole.
const RAW_TEXT = new Set(['script', 'style', 'title', 'xmp']);
const RAW_TEXT_KEYS = new Set([...RAW_TEXT].map(nameKey));
const TAG_NAME = /\/?([A-Za-z][A-Za-z0-9]*)/y;

interface OpenTag {
  name: string;
  tag: string;
}

/** Where to cut, and the table elements open there (closed before the cut, reopened after it). */
interface Cut {
  at: number;
  open: OpenTag[];
}

const TABLE_PARTS = new Set(['table', 'tr', 'td', 'th']);

/** Yields the slices of `html`; their concatenated markup, reopened table tags aside, is `html` exactly. */
export function* htmlSlices(html: string, targetChars: number): Generator<string> {
  const target = Math.max(1, Math.floor(targetChars));
  const hard = target * SLICE_HARD_FACTOR;
  let start = 0;
  let prefix = '';
  const open: OpenTag[] = []; // table, tr, td and th elements open at the cursor, outermost first
  let blocked = 0; // depth of NO_CUT_INSIDE containers open at the cursor
  let inHead = false;
  let best: Cut | null = null; // best cut with no table open
  let rowCut: Cut | null = null; // best cut between table rows
  let lastTag: Cut | null = null; // after the last tag, anywhere (last resort)
  let i = 0;
  const none: OpenTag[] = [];
  const snapshot = (): OpenTag[] => (open.length ? [...open] : none);
  const popTo = (name: string): void => {
    const at = open.findLastIndex((t) => t.name === name);
    if (at >= 0) open.length = at;
  };
  const inTable = (): boolean => open.some((t) => t.name === 'table');

  const emit = (cut: Cut): string => {
    let close = '';
    for (let k = cut.open.length - 1; k >= 0; k--) close += `</${cut.open[k]?.name}>`;
    const slice = prefix + html.slice(start, cut.at) + close;
    prefix = cut.open.map((t) => t.tag).join('');
    start = cut.at;
    best = null;
    rowCut = null;
    lastTag = null;
    return slice;
  };

  while (i < html.length) {
    if (i - start >= target) {
      const cut = pickCut(best, rowCut, i - start >= hard ? lastTag : null, start, target);
      if (cut) {
        yield emit(cut);
        continue;
      }
    }
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd - start >= hard) {
      // A run of text reaches the hard bound: cut at a space in it, which no entity, tag or word contains.
      const cut =
        pickCut(best, rowCut, lastTag, start, target) ??
        spaceCut(html, Math.max(i, start), Math.min(textEnd, start + hard), snapshot());
      if (cut && cut.at > start) {
        yield emit(cut);
        continue;
      }
    }
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    TAG_NAME.lastIndex = lt + 1;
    const m = TAG_NAME.exec(html);
    if (!m) {
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const closing = m[0].startsWith('/');
    const name = (m[1] ?? '').toLowerCase();
    let next = gt + 1;
    if (!closing && RAW_TEXT.has(name)) {
      const end = indexOfCloseTag(html, name, next);
      next = end < 0 ? html.length : end;
    } else if (TABLE_PARTS.has(name)) {
      // End tags of rows and cells may be left out in HTML: a new row or cell closes the one before.
      if (closing) popTo(name);
      else {
        if (name !== 'table') {
          while (
            open.length &&
            open[open.length - 1]?.name !== 'table' &&
            (name === 'tr' || open[open.length - 1]?.name !== 'tr')
          )
            open.pop();
        }
        open.push({ name, tag: html.slice(lt, next) });
      }
    } else if (NO_CUT_INSIDE.has(name)) {
      blocked = Math.max(0, blocked + (closing ? -1 : 1));
      if (name === NEVER_CUT_INSIDE) inHead = !closing;
    }
    if (!inHead) lastTag = { at: next, open: snapshot() };
    if (blocked === 0 && (closing || name === 'br' || name === 'hr') && BLOCK_CLOSE.has(name)) {
      if (!inTable()) best = { at: next, open: none };
      else if (name === 'tr') rowCut = { at: next, open: snapshot() };
    }
    i = next;
  }
  yield prefix + html.slice(start);
}

function pickCut(
  best: Cut | null,
  rowCut: Cut | null,
  lastResort: Cut | null,
  start: number,
  target: number,
): Cut | null {
  // A cut outside tables keeps tables whole; between rows is next best, provided the slice is not tiny.
  if (best && best.at - start >= target / 4) return best;
  if (rowCut && rowCut.at - start >= target / 4) return rowCut;
  const cut = best ?? rowCut ?? lastResort;
  return cut && cut.at > start ? cut : null;
}

function indexOfCloseTag(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}\\s*>`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index + m[0].length : -1;
}

/** The last whitespace in html[from, to): a cut there splits no word, entity or tag. */
function spaceCut(html: string, from: number, to: number, open: OpenTag[]): Cut | null {
  for (let k = to - 1; k > from; k--) {
    const c = html.charCodeAt(k);
    if (c === 32 || c === 10 || c === 9 || c === 13) return { at: k, open };
  }
  return null;
}

/** True when the text looks like HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:html|body|div|p|table|br|span|font)\b/i.test(text.slice(0, 4096));
}
