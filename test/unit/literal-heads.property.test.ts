// The scan from literal heads must give exactly what the plain global loop gives, on any text: the extractor's
// output depends on every match of the statedDeal words (its triggers), and a head missed would drop a deal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueEntries, cueSource, cueSourceOf } from '../../functions/core/extract/lexicon';
import { headedScan, literalHeads } from '../../functions/core/literal-heads';

const CORPUS_DOCS = new URL('../corpus/docs/', import.meta.url).pathname;

const sorted = (heads: string[] | null) => (heads === null ? null : [...heads].sort());

/** Index and groups of every match, from the scan and from the plain loop over the same pattern. */
function scanned(scan: ReturnType<typeof headedScan>, text: string): string[] {
  return [...scan.matches(text)].map((m) => JSON.stringify([m.index, [...m]]));
}
function plain(source: string, flags: string, text: string): string[] {
  const g = new RegExp(source, `${flags}g`);
  const out: string[] = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) out.push(JSON.stringify([m.index, [...m]]));
  return out;
}

describe('literalHeads: the words every match opens with', () => {
  it.each([
    ['a group of words, cut at four characters', ['(?:signs|signed|inks) deal'], ['inks', 'sign']],
    ['a group followed by more words', ['(?:go|went) to'], ['go t', 'went t']],
    ['an optional article', ['(?:the )?cloud'], ['clou', 'the ']],
    ['an optional letter', ['taps? into'], ['tap int', 'taps']],
    ['a short class of letters', ['[ée]tend son'], ['eten', 'éten']],
    ['an apostrophe class', ["s['’]appuiera"], ["s'ap", 's’ap']],
    ['zero-width tests before and inside', ['\\b(?<!x)de(?=a)al'], ['deal']],
    ['an empty alternative', ['(?:a|)xyz'], ['axyz', 'xyz']],
    ['an escaped sign', ['\\$5 bn'], ['$5 b']],
    ['a group repeated at least once', ['(?:ab)+cd'], ['ab']],
    ['longer forms of a head dropped', ['deal', 'deals with', 'de'], ['de']],
  ])('%s', (_, sources, heads) => {
    expect(sorted(literalHeads(sources))).toEqual(heads);
  });

  it.each([
    ['any non-space first', ['\\S+ deal']],
    ['any character first', ['.deal']],
    ['a range first', ['[a-z]+ deal']],
    ['a capture group', ['(deal) signed']],
    ['an optional part and nothing after it', ['(?:deal)?']],
    ['a digit class in one alternative', ['deal|\\d+ bn']],
  ])('%s: none (the plain scan is used)', (_, sources) => {
    expect(literalHeads(sources)).toBeNull();
  });
});

describe("the statedDeal words (the preamble's speed rule)", () => {
  it('all open on literal words of at least three characters', () => {
    const heads = literalHeads(cueEntries('statedDeal'));
    expect(heads).not.toBeNull();
    expect(heads?.filter((h) => h.length < 3)).toEqual([]);
  });
});

// Patterns shaped like the lexicon's entries (groups, optional parts, classes, lookarounds, lazy gaps), and text
// made of their words, so that matches start inside other heads and overlap.
const SHAPES = [
  '(?:signs?|signed|a sign[ée]) (?:\\S+ ){0,2}?(?:deal|accord)',
  '(?:a|ont) (?:sign[ée]|conclu) (?:un )?accord',
  '(?<![a-z])(?:will|to) (?:run|rely) on (?:the )?(?:Google|Azure)',
  '(?:(?:die |den )?Azure|Google(?: Cloud)?) als (?:neuen|weiteren) Anbieter',
  "s['’]appuie(?:ra)? sur (?:le |la )?cloud",
  'sign(?=ed)|signed with|with',
];
const WORDS = [
  ...['signs', 'signed', 'sign', 'a signé', 'a signe', 'ont', 'conclu', 'un', 'accord', 'deal', 'will', 'to'],
  ...['run', 'rely', 'on', 'the', 'Google', 'Cloud', 'Azure', 'die', 'den', 'als', 'neuen', 'weiteren'],
  ...['Anbieter', "s'appuie", 's’appuiera', 'sur', 'le', 'la', 'cloud', 'with', 'x', 'a'],
];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '', '. ', '-', 'é')), { maxLength: 25 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

describe('headedScan: the same matches as the plain global loop', () => {
  it('on text built from the words of patterns shaped like the lexicon', () => {
    const scans = SHAPES.map((source) => ({ source, scan: headedScan(`(?:${source})`, 'i', [source]) }));
    fc.assert(
      fc.property(text, (t) => {
        for (const { source, scan } of scans)
          expect(scanned(scan, t)).toEqual(plain(`(?:${source})`, 'i', t));
      }),
      { numRuns: 1500 },
    );
  });

  it('with the entries told apart by head: the alternation of all the shapes', () => {
    const source = `(?:${SHAPES.join('|')})`;
    const scan = headedScan(source, 'i', SHAPES, (picked) => `(?:${picked.map((i) => SHAPES[i]).join('|')})`);
    fc.assert(
      fc.property(text, (t) => {
        expect(scanned(scan, t)).toEqual(plain(source, 'i', t));
      }),
      { numRuns: 1500 },
    );
  });

  it("for the statedDeal words, on the tuning corpus's plain-text documents (and they do match there)", () => {
    const source = cueSource('statedDeal');
    const scan = headedScan(source, 'gi', cueEntries('statedDeal'), (picked) =>
      cueSourceOf('statedDeal', picked),
    );
    let found = 0;
    for (const file of readdirSync(CORPUS_DOCS)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const doc = readFileSync(join(CORPUS_DOCS, file), 'utf8');
      const want = plain(source, 'i', doc);
      expect(scanned(scan, doc), file).toEqual(want);
      found += want.length;
    }
    expect(found).toBeGreaterThan(100);
    // The plain loop is the slow scan this module exists to avoid: seconds over 3 MB on a busy machine.
  }, 120_000);
});
