// Builds demo/snapshot/ — the recorded, real-format data that `npm run demo` replays offline — from the real
// EDGAR recording in ../shared/fixtures and the filings and news items of the labeled corpus (our own words,
// public facts, fixture accession numbers 9999999999-…). Run: npx tsx demo/build-snapshot.ts
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { easternOffsetHoursAt } from '../functions/core/edgar-time';
import { parseSubmission } from '../functions/sources/edgar/submission';

const root = dirname(new URL(import.meta.url).pathname);
const out = join(root, 'snapshot');
const corpus = join(root, '..', 'test', 'corpus', 'docs');
/** News written for the demo only (two contracts of one pair: the demo alerts on both). */
const demoSources = join(root, 'sources');
const recordedPage = join(
  root,
  '..',
  '..',
  'shared',
  'fixtures',
  'edgar',
  'getcurrent-2025-12-12',
  'page-00000.xml',
);

const FILINGS = [
  'f-coreweave-meta-8k-2025-09',
  'f-coreweave-openai-6-5b-8k-2025-09',
  'f-nebius-microsoft-6k-2025-09',
  'f-cipher-aws-8k-2025-11',
  'f-core-scientific-coreweave-8ka-2024-06',
];
const FEEDS: { id: string; file: string; language: string | null; kind: string; demoOnly?: boolean }[] = [
  { id: 'demo-fr-gnews', file: 'n-fr-meta-coreweave-gnews.xml', language: 'fr', kind: 'search' },
  { id: 'demo-en-openai', file: 'n-en-openai-aws-atom.xml', language: 'en', kind: 'newsroom' },
  { id: 'demo-en-gnews', file: 'n-en-meta-oracle-talks-gnews.xml', language: null, kind: 'search' },
  { id: 'demo-fr-rss', file: 'n-fr-nebius-microsoft-rss.xml', language: 'fr', kind: 'wire' },
  { id: 'demo-en-wire', file: 'n-en-neg-meta-capex-guidance-wire.xml', language: 'en', kind: 'wire' },
  {
    id: 'demo-en-ledger',
    file: 'n-en-microsoft-nscale-contracts-atom.xml',
    language: 'en',
    kind: 'wire',
    demoOnly: true,
  },
];

const ITEM_NAMES: Record<string, string> = {
  '1.01': 'Entry into a Material Definitive Agreement',
  '2.02': 'Results of Operations and Financial Condition',
  '2.03':
    'Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement of a Registrant',
  '7.01': 'Regulation FD Disclosure',
  '8.01': 'Other Events',
  '9.01': 'Financial Statements and Exhibits',
};

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** EDGAR's Atom times are Eastern wall time with the offset. */
function easternIso(utcIso: string): string {
  const ms = Date.parse(utcIso);
  const offset = easternOffsetHoursAt(ms);
  const local = new Date(ms + offset * 3600_000).toISOString().slice(0, 19);
  return `${local}-0${-offset}:00`;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'news'), { recursive: true });

const entries: { at: string; xml: string }[] = [];
for (const id of FILINGS) {
  const text = readFileSync(join(corpus, `${id}.txt`), 'utf8');
  const { header } = parseSubmission(text);
  const company = header.companies[0];
  if (!company || !header.acceptedAt) throw new Error(`${id}: no company or acceptance time in its header`);
  const cikNumber = String(Number(company.cik));
  const folder = header.accession.replace(/-/g, '');
  const target = join(
    out,
    'edgar',
    'Archives',
    'edgar',
    'data',
    cikNumber,
    folder,
    `${header.accession}.txt`,
  );
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(corpus, `${id}.txt`), target);
  const items = header.items
    .map((i) => `\n&lt;br&gt;Item ${esc(i)}${ITEM_NAMES[i] ? `: ${esc(ITEM_NAMES[i])}` : ''}`)
    .join('');
  const kb = Math.max(1, Math.round(text.length / 1024));
  entries.push({
    at: header.acceptedAt,
    xml: `<entry>
<title>${esc(header.formType)} - ${esc(company.name)} (${company.cik}) (Filer)</title>
<link rel="alternate" type="text/html" href="https://www.sec.gov/Archives/edgar/data/${cikNumber}/${folder}/${header.accession}-index.htm"/>
<summary type="html">
 &lt;b&gt;Filed:&lt;/b&gt; ${header.filedDate} &lt;b&gt;AccNo:&lt;/b&gt; ${header.accession} &lt;b&gt;Size:&lt;/b&gt; ${kb} KB${items}
</summary>
<updated>${easternIso(header.acceptedAt)}</updated>
<category scheme="https://www.sec.gov/" label="form type" term="${esc(header.formType)}"/>
<id>urn:tag:sec.gov,2008:accession-number=${header.accession}</id>
</entry>`,
  });
}

// The recorded page (100 real entries of 12 Dec 2025, forms 4, 144 and 13D/A that the poller passes over) with
// its oldest entries giving way to the fixture filings, so the page keeps EDGAR's 100 entries, newest first.
const recorded = readFileSync(recordedPage, 'latin1');
const head = recorded.slice(0, recorded.indexOf('<entry>'));
const realEntries = recorded
  .slice(recorded.indexOf('<entry>'), recorded.lastIndexOf('</entry>') + 8)
  .split(/(?<=<\/entry>)\n/);
const kept = realEntries.slice(0, 100 - entries.length);
entries.sort((a, b) => b.at.localeCompare(a.at));
const page = `${head}${kept.join('\n')}\n${entries.map((e) => e.xml).join('\n')}\n</feed>\n`;
mkdirSync(join(out, 'edgar'), { recursive: true });
writeFileSync(join(out, 'edgar', 'getcurrent.xml'), page, 'latin1');

const feeds = FEEDS.map((f) => {
  copyFileSync(join(f.demoOnly ? demoSources : corpus, f.file), join(out, 'news', f.file));
  return {
    id: f.id,
    url: `{base}/news/${f.file}`,
    language: f.language,
    pollSeconds: 60,
    enabled: true,
    kind: f.kind,
  };
});
writeFileSync(join(out, 'feeds.json'), `${JSON.stringify({ feeds }, null, 2)}\n`);
console.log(
  `snapshot: ${kept.length} recorded feed entries, ${entries.length} filings, ${feeds.length} news feeds → ${out}`,
);
