// `npx tsx bench/extract-snapshot.ts OUT`: every mention the extractor gives on the tuning corpus
// (test/corpus/cases + docs, never the held-out set) and on the extract bench's inputs, one JSON line per
// input, written to OUT. A speed change to the extractor must leave this file byte for byte the same: diff the
// snapshots taken before and after it.
import { writeFileSync } from 'node:fs';
import { extractMentions } from '../functions/core/extract';
import { htmlToText } from '../functions/sources/html-text';
import { pageText } from '../functions/sources/page-text';
import { loadCases, predict } from '../test/corpus/corpus';
import { bigFiling, corpusPositives, documentMix, htmlDocuments, newsPages } from './support/extract-inputs';

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: tsx bench/extract-snapshot.ts OUT\n');
  process.exit(2);
}
const lines: string[] = [];
const dump = (id: string, value: unknown): void => {
  lines.push(`${id}\t${JSON.stringify(value)}`);
};
for (const c of loadCases()) dump(`case:${c.id}`, predict(c));
const negatives = htmlDocuments();
const positives = corpusPositives();
documentMix(negatives, positives).forEach((h, i) => {
  dump(`mix:${i}`, extractMentions({ text: htmlToText(h) }));
});
newsPages().forEach((h, i) => {
  dump(`page:${i}`, extractMentions({ text: pageText(h) }));
});
dump('big-filing', extractMentions({ text: htmlToText(bigFiling(negatives, positives)) }));
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.length} inputs written to ${out}\n`);
