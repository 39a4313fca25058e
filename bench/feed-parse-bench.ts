// `npm run bench` (second step): our feed parsers against rss-parser, the npm package most users pick, on the
// same recorded pages in one run. Inputs: the 51 recorded getcurrent Atom pages of 2026-01-12 (5,100 entries)
// and the recorded news feeds of test/fixtures/news. Figures are entries per CPU-second of this process (the
// machine is shared, so wall time would count other people's work), best of three rounds, and the ratio to
// rss-parser measured in the same run. A breakdown shows where our news parser's time goes.
import { readdirSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { parseCurrentFeed } from '../functions/sources/edgar/feed';
import { htmlToText } from '../functions/sources/html-text';
import { decodeText } from '../functions/sources/http';
import { parseFeed } from '../functions/sources/news/feed-parse';
import { plainText } from '../functions/sources/news/feed-text';
import { scanXml } from '../functions/sources/xml-scan';

const EDGAR_DIR = new URL('../test/fixtures/edgar/getcurrent-2026-01-12/', import.meta.url).pathname;
const NEWS_DIR = new URL('../test/fixtures/news/', import.meta.url).pathname;
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 1500);

interface Corpus {
  name: string;
  docs: { xml: string; url: string }[];
  entries: number;
}

function load(dir: string, filter: (name: string) => boolean, url: (name: string) => string): Corpus['docs'] {
  return readdirSync(dir)
    .filter(filter)
    .sort()
    .map((name) => ({ xml: decodeText(readFileSync(dir + name), null), url: url(name) }));
}

const countEntries = (xml: string) => (xml.match(/<(?:entry|item)[\s>]/g) ?? []).length;

function corpus(name: string, docs: Corpus['docs']): Corpus {
  return { name, docs, entries: docs.reduce((n, d) => n + countEntries(d.xml), 0) };
}

const edgar = corpus(
  'EDGAR getcurrent 2026-01-12',
  // The page past the end of the day is EDGAR's 503 HTML page, not a feed.
  load(
    EDGAR_DIR,
    (n) => n.endsWith('.xml') && !readFileSync(EDGAR_DIR + n, 'latin1').includes('<!DOCTYPE'),
    (n) => `https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&page=${n}`,
  ),
);
const news = corpus(
  'news fixtures',
  load(
    NEWS_DIR,
    (n) => /\.(xml|rdf)$/.test(n) && !n.startsWith('broken-'),
    (n) => `https://feeds.example.com/${n}`,
  ),
);

type Run = (xml: string, url: string) => unknown;

/** Entries per CPU-second of `run` over the corpus: the best of three rounds of about ROUND_MS each. */
async function measure(c: Corpus, run: Run): Promise<number> {
  for (const d of c.docs) await run(d.xml, d.url);
  let best = 0;
  for (let round = 0; round < 3; round++) {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    let reps = 0;
    while (performance.now() - wall < ROUND_MS) {
      for (const d of c.docs) await run(d.xml, d.url);
      reps++;
    }
    const used = process.cpuUsage(cpu);
    best = Math.max(best, (c.entries * reps) / ((used.user + used.system) / 1e6));
  }
  return best;
}

const rssParser = new Parser();
const previousReader = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  processEntities: true,
});

const contenders: { name: string; corpora: Corpus[]; run: Run }[] = [
  {
    name: 'ours: EDGAR page parser (parseCurrentFeed)',
    corpora: [edgar],
    run: (xml) => parseCurrentFeed(xml, 0),
  },
  {
    name: 'ours: news parser (parseFeed)',
    corpora: [edgar, news],
    run: (xml, feedUrl) => parseFeed(xml, { feedUrl }),
  },
  { name: 'rss-parser 3.13 (parseString)', corpora: [edgar, news], run: (xml) => rssParser.parseString(xml) },
  {
    name: 'fast-xml-parser validate + parse (our previous reader, no fields)',
    corpora: [edgar, news],
    run: (xml) => {
      XMLValidator.validate(xml);
      return previousReader.parse(xml);
    },
  },
];

const fmt = (n: number) => `${(n / 1000).toFixed(1)}k`;

async function main(): Promise<void> {
  console.log(`\nFeed parsing: entries per CPU-second, best of 3 rounds of ${ROUND_MS} ms`);
  console.log(
    `corpora: ${edgar.name} (${edgar.docs.length} pages, ${edgar.entries} entries); ${news.name} (${news.docs.length} feeds, ${news.entries} items)\n`,
  );
  const results = new Map<string, number>();
  for (const c of contenders) {
    for (const corpusOf of c.corpora)
      results.set(`${c.name}|${corpusOf.name}`, await measure(corpusOf, c.run));
  }
  const peer = (corpusOf: Corpus) =>
    results.get(`rss-parser 3.13 (parseString)|${corpusOf.name}`) ?? Number.NaN;
  console.log('| parser | corpus | entries/s | vs rss-parser |');
  console.log('|---|---|---:|---:|');
  for (const c of contenders) {
    for (const corpusOf of c.corpora) {
      const rate = results.get(`${c.name}|${corpusOf.name}`) ?? 0;
      console.log(`| ${c.name} | ${corpusOf.name} | ${fmt(rate)} | ${(rate / peer(corpusOf)).toFixed(2)}x |`);
    }
  }

  // Where the news parser's time goes on the EDGAR pages: reading the XML, then converting the summaries.
  const summaries = edgar.docs.flatMap((d) =>
    [...d.xml.matchAll(/<summary type="html">([\s\S]*?)<\/summary>/g)].map((m) =>
      (m[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
    ),
  );
  const perEntryUs = async (run: Run, c: Corpus) => 1e6 / (await measure(c, run));
  const total = await perEntryUs((xml, feedUrl) => parseFeed(xml, { feedUrl }), edgar);
  const scan = await perEntryUs((xml) => scanXml(xml, { maxDepth: 64, maxElements: 400_000 }), edgar);
  const summaryCorpus: Corpus = {
    name: 'summaries',
    docs: [{ xml: '', url: '' }],
    entries: summaries.length,
  };
  const fast = await perEntryUs(() => summaries.map((s) => plainText(s, 4000, 'html')), summaryCorpus);
  const full = await perEntryUs(() => summaries.map((s) => htmlToText(s)), summaryCorpus);
  console.log(`\nnews parser on the EDGAR pages, µs per entry: total ${total.toFixed(1)}`);
  console.log(`  XML reading (xml-scan)                ${scan.toFixed(1)}`);
  console.log(
    `  summary to text (fast path)           ${fast.toFixed(1)}   (html-to-text on the same: ${full.toFixed(1)})`,
  );
  console.log(`  fields, links, dates, identity rest   ${(total - scan - fast).toFixed(1)}`);
}

await main();
