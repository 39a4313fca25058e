import { loadCases, predict } from '/work/wt-what/test/corpus/corpus';
import { documentTexts } from '/work/wt-what/functions/local/extract-command';
import { readFileSync } from 'node:fs';
const id = process.argv[2]!;
const c = loadCases().find((x) => x.id === id)!;
const content = readFileSync(`/work/wt-what/test/corpus/docs/${c.file}`, 'utf8');
if (process.argv[3] === 'text') for (const d of documentTexts(content, c.file)) console.log(d.title, '\n', d.text);
console.log(JSON.stringify(c.expected.map(e=>`${e.buyer}<-${e.provider} ${e.valueUsd} ${e.status}`)));
for (const m of predict(c)) console.log(`${m.buyer.id}<-${m.provider.id} ${m.valueUsd} ${m.status} ${m.confidence} | ${m.evidence.slice(0,200)}`);
