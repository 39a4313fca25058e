// The extract bench's inputs, built from the repository's fixtures and corpus: shared by the bench
// (extract-bench.ts) and by the snapshot of the extractor's output on them (extract-snapshot.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSubmission } from '../../functions/sources/edgar/submission';
import { decodeSavedFile } from '../../functions/sources/saved-page';
import { loadCases } from '../../test/corpus/corpus';

export const FIXTURES =
  process.env.BENCH_FIXTURES ?? new URL('../../test/fixtures/edgar/', import.meta.url).pathname;
export const CORPUS_DOCS = new URL('../../test/corpus/docs/', import.meta.url).pathname;
const TARGET_BYTES = 20 * 1024 * 1024;

export function htmlDocuments(): string[] {
  const out: string[] = [];
  const subs = join(FIXTURES, 'submissions');
  if (existsSync(subs)) {
    // Real submissions only: the 9999999999-… ones are our compute-contract fixtures, not negatives.
    for (const f of readdirSync(subs).filter((x) => x.endsWith('.txt') && !x.startsWith('9999999999'))) {
      for (const d of parseSubmission(readFileSync(join(subs, f), 'utf8')).documents) {
        if (/<html|<body|<div|<p\b/i.test(d.body.slice(0, 5000))) out.push(d.body.replace(/<\/?XBRL>/gi, ''));
      }
    }
  }
  const docs = join(FIXTURES, 'documents');
  if (existsSync(docs)) {
    for (const f of readdirSync(docs).filter((x) => x.endsWith('.htm') && !x.startsWith('rate-threshold')))
      out.push(readFileSync(join(docs, f), 'utf8'));
  }
  return out;
}

export function corpusPositives(): string[] {
  const out: string[] = [];
  for (const c of loadCases()) {
    if (c.expected.length === 0 || !c.file.endsWith('.htm')) continue;
    out.push(readFileSync(join(CORPUS_DOCS, c.file), 'utf8'));
  }
  return out;
}

/** The mix of single documents: mostly negatives, each converted then extracted on its own. */
export const documentMix = (negatives: string[], positives: string[]): string[] => [
  ...negatives,
  ...negatives,
  ...negatives,
  ...positives,
];

/** The corpus's saved news pages (.html/.mhtml), decoded. */
export function newsPages(): string[] {
  return loadCases()
    .filter((c) => /\.(?:html|mhtml)$/.test(c.file) && c.sourceKind === 'news')
    .map((c) => decodeSavedFile(readFileSync(join(CORPUS_DOCS, c.file))));
}

/** One large filing: the real documents' bodies, repeated, with the positives sprinkled in. */
export function bigFiling(negatives: string[], positives: string[]): string {
  const bodies = negatives.map((h) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(h)?.[1] ?? h);
  const pos = positives.map((h) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(h)?.[1] ?? h);
  const parts: string[] = ['<html><body>'];
  let size = 0;
  let i = 0;
  while (size < TARGET_BYTES) {
    const b = bodies[i % bodies.length]!;
    parts.push(b);
    size += b.length;
    // One positive per ~2 MB of negatives: a realistic 10-K mentions a few contracts.
    if (pos.length > 0 && i % 12 === 0) {
      const p = pos[(i / 12) % pos.length]!;
      parts.push(p);
      size += p.length;
    }
    i++;
  }
  parts.push('</body></html>');
  return parts.join('\n');
}
