import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../functions/sources/http';
import { FeedParseError, parseFeed } from '../../../functions/sources/news/feed-parse';

// Real-world-shaped feeds kept by the feedparser project as test data (see README.md in this folder). Each file
// opens with a comment naming what it exercises and, in feedparser's terms, whether it is well-formed ("not
// bozo") and what a reader should find; HTTP headers the original test served it with are listed there too.

const DATA = fileURLToPath(new URL('./data/', import.meta.url));
const DEFAULT_URL = 'http://conformance.example.org/feeds/feed.xml';

interface Case {
  path: string;
  body: Buffer;
  expect: string;
  contentType: string | null;
  location: string | null;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const header = (comment: string, name: string): string | null =>
  new RegExp(`^\\s*${name}:\\s*(.+)$`, 'im').exec(comment)?.[1]?.trim() ?? null;

const cases: Case[] = listFiles(DATA)
  .filter((file) => file.endsWith('.xml'))
  .sort()
  .map((file) => {
    const body = readFileSync(file);
    const text = decodeText(body, null);
    const comment = /<!--([\s\S]{0,2000}?)-->/.exec(text)?.[1] ?? '';
    const headerLine = header(comment, 'Header') ?? '';
    const fromHeader = (name: string) =>
      new RegExp(`${name}:\\s*(.+)$`, 'i').exec(headerLine)?.[1]?.trim() ?? null;
    return {
      path: relative(DATA, file),
      body,
      expect: header(comment, 'Expect') ?? '',
      contentType: fromHeader('Content-type'),
      location: fromHeader('Content-Location'),
    };
  });

type Outcome =
  | { refused: string }
  | {
      format: string;
      dropped: number;
      items: {
        title: string;
        link: string | null;
        publishedAt: string | null;
        language: string | null;
        summary: string;
      }[];
    };

function outcomeOf(c: Case): Outcome {
  try {
    const feed = parseFeed(decodeText(c.body, c.contentType), { feedUrl: c.location ?? DEFAULT_URL });
    return {
      format: feed.format,
      dropped: feed.dropped,
      items: feed.items.map(({ title, link, publishedAt, language, summary }) => ({
        title,
        link,
        publishedAt,
        language,
        summary,
      })),
    };
  } catch (error) {
    if (error instanceof FeedParseError) return { refused: error.code };
    throw error;
  }
}

const outcomes = new Map(cases.map((c) => [c.path, outcomeOf(c)]));
const parsed = [...outcomes.entries()].flatMap(([path, o]) => ('items' in o ? [{ path, ...o }] : []));

/** Files with a DOCTYPE internal subset that declares entities: refused by design (no entity is ever expanded). */
const REFUSED_BY_DESIGN = [
  'wellformed/rdf/doctype_contains_entity_decl.xml',
  'wellformed/rss/entity_in_doctype.xml',
];

/** Where we differ from feedparser on purpose, and why. */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'wellformed/rss/item_summary_and_description.xml':
    "RSS 2.0 has no <summary>: the item's own <description> is read, wherever it stands",
  'encoding/demoronize-1.xml': 'a C1 control (U+0092) in UTF-8 text is kept as is, not read as windows-1252',
  'encoding/demoronize-2.xml': 'the same, as a character reference',
};

/** A Python string literal from an Expect line, its escapes read. */
function pythonString(literal: string): string {
  return literal
    .replace(/\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/g, (_, u?: string, x?: string) =>
      String.fromCharCode(Number.parseInt(u ?? x ?? '', 16)),
    )
    .replace(/\\(['"\\])/g, '$1');
}

/** `entries[0]['field'] == u'value'` clauses of an Expect line. */
function firstEntryExpectations(expect: string, field: string): string[] {
  const re = new RegExp(`entries\\[0\\]\\['${field}'\\] == u?'((?:[^'\\\\]|\\\\.)*)'`, 'g');
  return [...expect.matchAll(re)].map((m) => pythonString(m[1] ?? ''));
}

describe('feed conformance (feedparser test data)', () => {
  it('holds at least 200 feeds across the formats, encodings and ill-formed cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    const formats = new Set(parsed.map((p) => p.format));
    expect([...formats].sort()).toEqual(['atom', 'rss1', 'rss2']);
    const count = (prefix: string) => cases.filter((c) => c.path.startsWith(prefix)).length;
    for (const family of [
      'wellformed/rss/',
      'wellformed/rdf/',
      'wellformed/atom/', // Atom 0.3
      'wellformed/atom10/',
      'wellformed/itunes/',
      'wellformed/amp/',
      'wellformed/base/',
      'encoding/',
      'illformed/',
    ]) {
      expect(count(family), family).toBeGreaterThan(0);
    }
    const rss09 = cases.filter((c) => /<rss[^>]*version="0\.9/.test(c.body.toString('latin1')));
    expect(rss09.length).toBeGreaterThan(0);
  });

  it('refuses nothing feedparser calls well-formed, save entity declarations (never expanded, by design)', () => {
    const refused = cases
      .filter((c) => /\bnot bozo\b/.test(c.expect))
      .filter((c) => 'refused' in (outcomes.get(c.path) ?? {}))
      .map((c) => c.path);
    expect(refused).toEqual(REFUSED_BY_DESIGN);
    for (const path of REFUSED_BY_DESIGN) expect(outcomes.get(path)).toEqual({ refused: 'doctype_subset' });
  });

  it('never doubles a title', () => {
    const doubled = parsed.flatMap((p) =>
      p.items.filter((i) => /^(.{2,}?)\s*\1$/su.test(i.title)).map((i) => `${p.path}: ${i.title}`),
    );
    expect(doubled).toEqual([]);
    // The files that carry a title in several namespaces read the item's own.
    expect(outcomes.get('wellformed/namespace/rss2.0noNSwithModulesLocalNameClash.xml')).toMatchObject({
      items: [{ summary: 'correct description' }],
    });
  });

  it('finds the first entry title, summary and link feedparser expects, where the item has text', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const c of cases) {
      const o = outcomes.get(c.path);
      if (!o || 'refused' in o || o.dropped > 0 || o.items.length === 0 || c.path in KNOWN_DIFFERENCES)
        continue;
      const first = o.items[0];
      for (const title of firstEntryExpectations(c.expect, 'title')) {
        // feedparser keeps markup in titles of type html; we keep text only.
        if (/[<&]/.test(title)) continue;
        checked++;
        if (first?.title !== title.trim())
          wrong.push(`${c.path}: title ${JSON.stringify(first?.title)} ≠ ${title}`);
      }
      for (const text of [
        ...firstEntryExpectations(c.expect, 'summary'),
        ...firstEntryExpectations(c.expect, 'description'),
      ]) {
        if (/[<&]/.test(text)) continue;
        checked++;
        // A summary that only repeats the title is dropped (the aggregator shape): then the title holds it.
        const found = first?.summary || first?.title;
        if (found !== text.trim()) wrong.push(`${c.path}: summary ${JSON.stringify(found)} ≠ ${text}`);
      }
      for (const link of firstEntryExpectations(c.expect, 'link')) {
        checked++;
        if (first?.link !== link) wrong.push(`${c.path}: link ${first?.link} ≠ ${link}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('gives the reviewed outcome for every file (items, titles, links, dates; or the refusal)', async () => {
    const snapshot = Object.fromEntries(outcomes);
    await expect(`${JSON.stringify(snapshot, null, 1)}\n`).toMatchFileSnapshot('./expected-outcomes.json');
  });
});
