import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepmergeCustom } from '../../functions/bundling/deepmerge-plain';
import { serviceBuildOptions } from '../../infra/service-function';

// The Lambda bundles' stand-ins for deepmerge-ts (functions/bundling/deepmerge-plain.ts) and dom-serializer
// (functions/bundling/no-dom-serializer.ts): html-to-text bundled as the functions bundle it, and bundled with the two
// packages themselves, give the same text for the same pages (a page that reached the dom-serializer stand-in would
// throw).

type HtmlToText = (html: string) => string;
let dir: string;
let aliased: HtmlToText;
let reference: HtmlToText;

async function bundleHtmlToText(name: string, withAlias: boolean): Promise<HtmlToText> {
  const options = serviceBuildOptions();
  const alias = { ...options.alias };
  if (!withAlias) {
    delete alias['deepmerge-ts'];
    delete alias['dom-serializer'];
  }
  await build({
    ...options,
    alias,
    sourcemap: false,
    entryPoints: { [name]: fileURLToPath(new URL('../../functions/sources/html-text.ts', import.meta.url)) },
    outdir: dir,
    logLevel: 'warning',
  });
  const mod = (await import(pathToFileURL(join(dir, `${name}.mjs`)).href)) as { htmlToText: HtmlToText };
  return mod.htmlToText;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cca-deepmerge-'));
  aliased = await bundleHtmlToText('aliased', true);
  reference = await bundleHtmlToText('reference', false);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('html-to-text with the bundles stand-ins', () => {
  it('is what the aliases give in the bundles', () => {
    expect(serviceBuildOptions().alias['deepmerge-ts']).toMatch(/functions\/bundling\/deepmerge-plain\.ts$/);
    expect(serviceBuildOptions().alias['dom-serializer']).toMatch(
      /functions\/bundling\/no-dom-serializer\.ts$/,
    );
  });

  it('converts real pages to the same text as with deepmerge-ts', () => {
    const docs = fileURLToPath(new URL('../corpus/docs/', import.meta.url));
    const pages = readdirSync(docs)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .filter((_, i) => i % 40 === 0);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = readFileSync(join(docs, page), 'utf8');
      expect(aliased(html), page).toBe(reference(html));
    }
  });

  it('converts a document long enough to be read in slices to the same text', () => {
    // Past html-text.ts's 2 MB threshold: the slices' converter overrides html-to-text's base elements, an array
    // the merge must overwrite, not append to.
    const row = '<tr><td>Meta</td><td>CoreWeave</td><td>$14.2 billion</td></tr>';
    // Two documents glued together: a later slice holds the second one's <body> after content of its own.
    const html =
      `<html><body><p>Contracts</p><table>${row.repeat(20_000)}</table><p>Between.</p></body></html>` +
      `<html><body><p>Second document</p><table>${row.repeat(20_000)}</table></body></html>`;
    expect(html.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(aliased(html)).toBe(reference(html));
  });

  it('keeps tables, headings and skipped elements as the options say', () => {
    const html =
      '<h2>Deals</h2><script>var x = 1;</script><p>See <a href="https://example.com">the page</a>.</p>' +
      '<table><tr><th>Buyer</th><th>Value</th></tr><tr><td>Meta</td><td>$14.2 billion</td></tr></table>';
    const text = aliased(html);
    expect(text).toBe(reference(html));
    expect(text).toContain('Deals');
    expect(text).not.toContain('DEALS');
    expect(text).not.toContain('var x');
    expect(text).not.toContain('example.com');
    expect(text).toMatch(/Meta\s+\$14\.2 billion/);
  });
});

describe('deepmergeCustom over plain data', () => {
  it('merges records key by key, the last value winning, undefined dropped by default', () => {
    const merge = deepmergeCustom();
    expect(merge({ a: 1, b: { c: 1, d: [1] } }, { b: { c: 2, d: [2] }, e: undefined })).toEqual({
      a: 1,
      b: { c: 2, d: [1, 2] },
    });
  });

  it('keeps undefined when filterValues is false, and tells the updater each key path', () => {
    const paths: string[] = [];
    const merge = deepmergeCustom({
      filterValues: false,
      mergeArrays: (values) => values.at(-1),
      metaDataUpdater: (previous, { key }) => {
        const path = [...((previous as string[] | undefined) ?? []), String(key)];
        paths.push(path.join('.'));
        return path;
      },
    });
    expect(merge({ a: 1, s: { t: [1, 2] } }, { a: undefined, s: { t: [3] } })).toEqual({
      a: undefined,
      s: { t: [3] },
    });
    expect(paths).toEqual(['a', 's', 's.t']);
  });

  it('takes the last value when kinds differ, and never writes a prototype', () => {
    const merge = deepmergeCustom();
    const f = () => 1;
    expect(merge({ a: [1] }, { a: { b: 1 } })).toEqual({ a: { b: 1 } });
    expect(merge({ a: { b: 1 } }, { a: f })).toEqual({ a: f });
    const polluted = merge({}, JSON.parse('{"__proto__": {"x": 1}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(polluted)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
