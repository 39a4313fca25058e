import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSubmission } from '../../functions/sources/edgar/submission';
import {
  DocumentTooLargeError,
  htmlSlices,
  htmlToText,
  htmlToTextInSlices,
  MAX_HTML_BYTES,
  SLICE_THRESHOLD_CHARS,
} from '../../functions/sources/html-text';

const EDGAR = new URL('../fixtures/edgar/', import.meta.url).pathname;
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
// The whole-document conversion: documents under the threshold are converted at once.
const whole = (html: string): string => {
  expect(html.length).toBeLessThanOrEqual(SLICE_THRESHOLD_CHARS);
  return htmlToText(html);
};

function realFilings(): [string, string][] {
  const out: [string, string][] = [];
  const docs = join(EDGAR, 'documents');
  for (const f of readdirSync(docs).filter((x) => x.endsWith('.htm')))
    out.push([f, readFileSync(join(docs, f), 'utf8')]);
  const subs = join(EDGAR, 'submissions');
  for (const f of readdirSync(subs).filter((x) => x.endsWith('.txt'))) {
    for (const d of parseSubmission(readFileSync(join(subs, f), 'utf8')).documents) {
      if (/<(?:html|body|div|p|table)\b/i.test(d.body.slice(0, 5000))) out.push([`${f} ${d.type}`, d.body]);
    }
  }
  return out;
}

describe('htmlToTextInSlices on real filings', () => {
  const filings = realFilings();
  it('has real filings to compare', () => {
    expect(filings.length).toBeGreaterThan(10);
  });
  for (const [name, html] of filings) {
    it(`equals the whole-document conversion modulo whitespace: ${name}`, () => {
      const expected = squash(whole(html));
      for (const size of [1000, 4000, 16000]) {
        expect(squash(htmlToTextInSlices(html, size)), `slices of ${size}`).toBe(expected);
      }
    });
  }
  it('cuts the larger filings into several slices', () => {
    const big = filings.filter(([, h]) => h.length > 20000);
    expect(big.length).toBeGreaterThan(2);
    for (const [, html] of big) expect([...htmlSlices(html, 1000)].length).toBeGreaterThan(5);
  });
});

describe('slice boundaries', () => {
  const paragraphs = Array.from(
    { length: 400 },
    (_, i) => `<p>Paragraph ${i} opens with marker${i}start and closes with marker${i}end</p>`,
  ).join('\n');

  it('loses no word at any boundary', () => {
    const html = `<html><body>${paragraphs}</body></html>`;
    const slices = [...htmlSlices(html, 500)];
    expect(slices.length).toBeGreaterThan(20);
    const text = htmlToTextInSlices(html, 500);
    for (let i = 0; i < 400; i++) {
      expect(text).toContain(`marker${i}start`);
      expect(text).toContain(`marker${i}end`);
    }
    // Every cut falls right after a close tag: no slice ends inside a tag or a word.
    for (const s of slices.slice(0, -1)) expect(s).toMatch(/<\/p>$/);
  });

  it('decodes entities that sit at every boundary', () => {
    const html = Array.from(
      { length: 300 },
      (_, i) => `<div>AT&amp;T&nbsp;row&#8217;${i} caf&eacute;</div>`,
    ).join('');
    const text = htmlToTextInSlices(html, 200);
    expect([...htmlSlices(html, 200)].length).toBeGreaterThan(20);
    expect(text).not.toMatch(/&(?:amp|nbsp|eacute|#8217);/);
    for (let i = 0; i < 300; i++) expect(text).toContain(`AT&T\u00a0row\u2019${i} café`);
  });

  it('keeps a long table readable when it is cut between rows', () => {
    const rows = Array.from(
      { length: 500 },
      (_, i) => `<tr><td>Customer ${i}</td><td>$${i},000</td><td>term ${i}y</td></tr>`,
    ).join('');
    const html = `<p>before</p><table border="1"><tr><th>Party</th><th>Value</th><th>Term</th></tr>${rows}</table><p>after</p>`;
    const slices = [...htmlSlices(html, 1000)];
    expect(slices.length).toBeGreaterThan(10);
    // A slice that continues the table reopens it with its own open tag.
    expect(slices.filter((s) => s.startsWith('<table border="1">')).length).toBeGreaterThan(5);
    const text = htmlToTextInSlices(html, 1000);
    for (let i = 0; i < 500; i++) expect(text).toMatch(new RegExp(`Customer ${i} +\\$${i},000 +term ${i}y`));
    expect(squash(text)).toBe(squash(whole(html)));
  });

  it('never cuts inside comments, scripts or lists', () => {
    const filler = 'x '.repeat(300);
    const html = `<div>a</div><!-- ${filler}</div> ${filler} --><script>var s = "</div>${filler}";</script><ol>${'<li><p>item</p></li>'.repeat(60)}</ol><div>z</div>`;
    const slices = [...htmlSlices(html, 400)];
    expect(slices.length).toBeGreaterThan(2);
    for (const s of slices.slice(0, -1)) expect(s).toMatch(/<\/(?:div|script|ol)>$|-->$/);
    const text = htmlToTextInSlices(html, 400);
    expect(text).not.toContain('var s');
    expect(text).toContain('60. item');
  });

  it('keeps the text of documents glued together, <body> tags and all', () => {
    const doc = (i: number): string =>
      `<html><head><title>title${i}</title></head><body><p>first${i}</p>${'<div>pad</div>'.repeat(20)}<p>last${i}</p></body></html>`;
    const html = Array.from({ length: 30 }, (_, i) => doc(i)).join('\n');
    const text = htmlToTextInSlices(html, 300);
    for (let i = 0; i < 30; i++) {
      expect(text).toContain(`first${i}`);
      expect(text).toContain(`last${i}`);
    }
    expect(text).not.toContain('title0');
  });

  it('cuts a long run of text without tags at a space', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    const html = `<p>${words}</p>`;
    expect([...htmlSlices(html, 1000)].length).toBeGreaterThan(5);
    expect(squash(htmlToTextInSlices(html, 1000))).toBe(words);
  });
});

describe('htmlToText on large documents', () => {
  it('refuses a document over MAX_HTML_BYTES with the typed error', () => {
    const html = 'a'.repeat(MAX_HTML_BYTES + 1);
    expect(() => htmlToText(html)).toThrow(DocumentTooLargeError);
    expect(() => htmlToTextInSlices(html)).toThrow(DocumentTooLargeError);
  });

  it('does not truncate input over the 16 MiB default of html-to-text', () => {
    const block = `<div><table><tr><td>filler cell</td><td>${'y'.repeat(200)}</td></tr></table></div>\n`;
    const body = block.repeat(Math.ceil((17 * 1024 * 1024) / block.length));
    const html = `<html><body><p>headmarker</p>${body}<p>tailmarker closes it</p></body></html>`;
    expect(html.length).toBeGreaterThan(16 * 1024 * 1024);
    expect(html.length).toBeGreaterThan(SLICE_THRESHOLD_CHARS);
    const text = htmlToText(html);
    expect(text).toContain('headmarker');
    expect(text.trimEnd().endsWith('tailmarker closes it')).toBe(true);
    expect(text.split('filler cell').length - 1).toBe(body.length / block.length);
  }, 60_000);

  it('keeps the small-document path: a short document is converted whole', () => {
    const html = '<p>one</p><table><tr><td>a</td><td>b</td></tr></table>';
    expect(htmlToText(html)).toBe(whole(html));
  });
});
