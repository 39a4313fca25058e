// `npm run bench -- --scenario busy-day`: a busy EDGAR day at scale through the local stack as `npm start` runs
// it (functions/local/runtime.ts, unchanged) on DynamoDB Local, with EDGAR_MAX_RPS=10 (the fair-access ceiling).
// The day: 6,000 current-feed entries appearing in six rounds of 1,000 (one poll each), 600 of them 8-Ks the
// worker fetches and reads — real recorded submissions (none about compute), the demo's five compute-contract
// filings, and three padded to 10, 15 and 20 MB — plus 2,000 news items in 20 feeds and 1,000 subscriptions with
// varied thresholds. Each entry states its submission's size as EDGAR's do; the stand-in serves the .txt files and
// no index pages, so the worker reads a small filing in one request and a giant in two (its index page: 404). Reports the total time (goal < 2 min on 2 cores; fetching alone needs 60 s at 10/s), the
// peak memory of this process (the whole stack but DynamoDB Local's JVM), the requests per second the EDGAR
// stand-in saw (never above 10), and alerts lost or duplicated (goal 0 and 0): an alert is due for every
// (subscription, deal) pair whose final deal meets the subscription's thresholds (core/match.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { meetsThresholds } from '../functions/core/match';
import type { Deal, Subscription } from '../functions/core/types';
import { subscription } from '../test/support/builders';
import { startFixtureServer } from '../test/support/fixture-server';
import { seedItems, startBenchStack } from './support/bench-stack';

const QUICK = process.env.BENCH_QUICK === '1';
const SCALE = QUICK ? 0.1 : 1;
const ENTRIES = Math.round(6000 * SCALE);
const FILINGS = Math.round(600 * SCALE);
const ROUNDS = 6;
const NEWS_FEEDS = 20;
const NEWS_PER_FEED = Math.round(100 * SCALE);
const SUBSCRIBERS = Math.round(1000 * SCALE);
const MAX_RPS = 10;
const LARGE_MB = QUICK ? [10] : [10, 15, 20];
const DEMO = fileURLToPath(new URL('../demo/snapshot/edgar/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../test/fixtures/edgar/submissions/', import.meta.url));

// --- the day's submissions, by accession -------------------------------------------------------------------
const negatives = readdirSync(FIXTURES)
  .filter((f) => !f.startsWith('9999999999-') && f.endsWith('.txt'))
  .map((f) => readFileSync(join(FIXTURES, f), 'latin1'));
const demoFeed = readFileSync(join(DEMO, 'getcurrent.xml'), 'latin1');
const demoEntries = (demoFeed.match(/<entry>[\s\S]*?<\/entry>/g) ?? []).filter((e) =>
  /accession-number=9999999999-/.test(e),
);
const accessionOf = (entry: string): string => /accession-number=([0-9-]+)/.exec(entry)?.[1] ?? '';
const demoFiles = new Map(
  demoEntries.map((e) => {
    const href = /href="https:\/\/www\.sec\.gov(\/Archives\/[^"]+)-index\.htm"/.exec(e)?.[1] ?? '';
    return [accessionOf(e), join(DEMO, `${href}.txt`)];
  }),
);

/** A recorded submission under another accession number (its header rewritten to match), padded to `bytes`. */
function submissionFor(accession: string, template: string, bytes = 0): string {
  let text = template.replace(/ACCESSION NUMBER:\s+\S+/, `ACCESSION NUMBER:\t\t${accession}`);
  if (bytes > text.length) {
    const first = text.indexOf('<DOCUMENT>');
    const last = text.lastIndexOf('</DOCUMENT>') + '</DOCUMENT>'.length;
    const docs = text.slice(first, last);
    const copies = Math.ceil((bytes - text.length) / docs.length);
    text = text.slice(0, last) + `\n${docs}`.repeat(copies) + text.slice(last);
  }
  return text;
}

interface DayEntry {
  accession: string;
  xml: string;
}
const submissions = new Map<string, () => string>();
const day: DayEntry[] = [];
const eightKEvery = Math.floor(ENTRIES / FILINGS);
const demoStep = Math.floor(FILINGS / demoEntries.length);
// The padded giants sit between the demo filings (8-K number -> size in MB).
const giantAt = new Map(
  LARGE_MB.map((mb, k) => [Math.floor(((k + 1) * FILINGS) / (LARGE_MB.length + 1)) + 3, mb]),
);
let eightKs = 0;
for (let i = 0; i < ENTRIES; i++) {
  const updated = `<updated>${new Date(Date.UTC(2026, 0, 12, 14, 0, 0) + i * 4000).toISOString().slice(0, 19)}+00:00</updated>`;
  const withTime = (xml: string) => xml.replace(/<updated>[^<]*<\/updated>/, updated);
  if (i % eightKEvery !== eightKEvery - 1 || eightKs >= FILINGS) {
    const accession = `0009990001-26-${String(i).padStart(6, '0')}`;
    day.push({ accession, xml: withTime(entryXml(accession, ['4', '424B2', 'SC 13G'][i % 3] ?? '4', i)) });
    continue;
  }
  eightKs++;
  const demo = eightKs % demoStep === 0 ? demoEntries[eightKs / demoStep - 1] : undefined;
  if (demo) {
    const accession = accessionOf(demo);
    const file = demoFiles.get(accession) ?? '';
    submissions.set(accession, () => readFileSync(file, 'latin1'));
    day.push({ accession, xml: withTime(demo) });
    continue;
  }
  const accession = `0009990000-26-${String(i).padStart(6, '0')}`;
  const bytes = (giantAt.get(eightKs) ?? 0) * 2 ** 20;
  const template = negatives[i % negatives.length] ?? '';
  submissions.set(accession, () => submissionFor(accession, template, bytes));
  day.push({ accession, xml: withTime(entryXml(accession, '8-K', i, Math.max(bytes, template.length))) });
}

/** The size as EDGAR's summary states it: whole KB under 1 MB, whole MB above. */
function statedSize(bytes: number): string {
  return bytes < 2 ** 20
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${Math.round(bytes / 2 ** 20)} MB`;
}

function entryXml(accession: string, form: string, i: number, bytes = 200 * 1024): string {
  const cik = String(1_900_000 + (i % 5000)).padStart(10, '0');
  const digits = accession.replaceAll('-', '');
  return `<entry>
<title>${form} - BUSY DAY COMPANY ${i % 5000} (${cik}) (Filer)</title>
<link rel="alternate" type="text/html" href="https://www.sec.gov/Archives/edgar/data/${Number(cik)}/${digits}/${accession}-index.htm"/>
<summary type="html"> &lt;b&gt;Filed:&lt;/b&gt; 2026-01-12 &lt;b&gt;AccNo:&lt;/b&gt; ${accession} &lt;b&gt;Size:&lt;/b&gt; ${statedSize(bytes)}</summary>
<updated>2026-01-12T09:00:00-05:00</updated>
<category scheme="https://www.sec.gov/" label="form type" term="${form}"/>
<id>urn:tag:sec.gov,2008:accession-number=${accession}</id>
</entry>`;
}

// --- EDGAR stand-in: the current feed shows the entries of the rounds released so far, newest first ---------
let released = 0;
const feedHead = demoFeed.slice(0, demoFeed.indexOf('<entry>'));
const edgar = await startFixtureServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/cgi-bin/browse-edgar') {
    const start = Number(url.searchParams.get('start') ?? '0');
    const visible = day.slice(0, released).reverse();
    if (start >= visible.length && start > 0) {
      res
        .writeHead(503, { 'content-type': 'text/html' })
        .end('<html><body>Service Unavailable</body></html>');
      return;
    }
    const page = visible.slice(start, start + 100).map((e) => e.xml);
    res
      .writeHead(200, { 'content-type': 'application/atom+xml' })
      .end(`${feedHead}${page.join('\n')}\n</feed>\n`);
    return;
  }
  const accession = /\/(\d{10}-\d{2}-\d{6})\.txt$/.exec(url.pathname)?.[1];
  const body = accession ? submissions.get(accession)?.() : undefined;
  if (body === undefined) res.writeHead(404).end();
  else res.writeHead(200, { 'content-type': 'text/plain' }).end(body);
});

// --- news: 20 feeds; most items say nothing about compute, one in fifty names a capacity contract -----------
const PAIRS = [
  ['Microsoft', 'Nebius'],
  ['Meta', 'CoreWeave'],
  ['OpenAI', 'Oracle'],
  ['Microsoft', 'IREN'],
  ['Anthropic', 'Microsoft'],
];
const news = await startFixtureServer((req, res) => {
  const f = Number((req.url ?? '/').slice(6)); // /feed-N
  const items = Array.from({ length: NEWS_PER_FEED }, (_, j) => {
    const n = f * NEWS_PER_FEED + j;
    const pair = PAIRS[n % PAIRS.length] ?? PAIRS[0]!;
    const [title, body] =
      n % 50 === 0
        ? [
            `${pair[0]} signs $${(n % 9) + 1}.${n % 10} billion contract with ${pair[1]}`,
            `${pair[0]} has signed a contract worth $${(n % 9) + 1}.${n % 10} billion with ${pair[1]} for AI computing capacity over five years, the companies said.`,
          ]
        : [
            `Busy Day Corp ${n} reports quarterly results`,
            `Busy Day Corp ${n} said revenue rose ${n % 30} percent in the quarter and kept its outlook for the year unchanged.`,
          ];
    return `<item><title>${title}</title><link>https://news.example/${n}</link><guid>busy-${n}</guid><pubDate>Mon, 12 Jan 2026 15:00:00 GMT</pubDate><description>${body}</description></item>`;
  });
  res
    .writeHead(200, { 'content-type': 'application/rss+xml' })
    .end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Busy ${f}</title><link>https://news.example/</link><description>d</description><language>en</language>${items.join('')}</channel></rss>`,
    );
});
const feedsJson = JSON.stringify({
  feeds: Array.from({ length: NEWS_FEEDS }, (_, f) => ({
    id: `busy-${f}`,
    url: `${news.url}/feed-${f}`,
    language: 'en',
    pollSeconds: 60,
    enabled: true,
    kind: 'wire',
  })),
});

const bench = await startBenchStack({
  edgarBaseUrl: edgar.url,
  feedsJson,
  env: { EDGAR_MAX_RPS: String(MAX_RPS) },
});
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 200);
try {
  const subs: Subscription[] = Array.from({ length: SUBSCRIBERS }, (_, i) =>
    subscription({
      id: `busy-${i}`,
      channel: i % 5 === 0 ? 'sms' : 'email',
      endpoint: i % 5 === 0 ? `+1415556${String(i).padStart(4, '0')}` : `busy${i}@example.com`,
      minValueUsd: [0, 1e9, 5e9, 1e10][i % 4] ?? 0,
      minConfidence: [0.5, 0.8, 0.9][i % 3] ?? 0.8,
      minStatus: i % 7 === 0 ? 'signed' : 'in_talks',
    }),
  );
  await seedItems(bench.doc, bench.names.subscriptions, subs);
  const t0 = performance.now();
  const roundSeconds: string[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    released = Math.round((ENTRIES * round) / ROUNDS);
    const r0 = performance.now();
    await bench.stack.runOnce();
    roundSeconds.push(((performance.now() - r0) / 1000).toFixed(1));
  }
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);

  // Requests per second the EDGAR stand-in saw: the busiest one-second window.
  const times = edgar.requests.map((r) => r.at).sort((a, b) => a - b);
  let busiest = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[i] ?? 0) - (times[j] ?? 0) >= 1000) j++;
    busiest = Math.max(busiest, i - j + 1);
  }
  const fetched = edgar.requests.filter(
    (r) => r.url.startsWith('/Archives/') && r.url.endsWith('.txt'),
  ).length;
  const indexPages = edgar.requests.filter((r) => r.url.endsWith('-index.htm')).length;

  const lines = (await readFile(bench.stack.outboxFile, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  const keys = lines.map(
    (l) => JSON.parse(l) as { subscriptionId: string; dealId: string; changeKey: string },
  );
  const unique = new Set(keys.map((k) => `${k.subscriptionId}|${k.dealId}|${k.changeKey}`));
  const alerted = new Set(keys.map((k) => `${k.subscriptionId}|${k.dealId}`));
  const deals: Deal[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await bench.doc.send(
      new ScanCommand({ TableName: bench.names.deals, ExclusiveStartKey: startKey }),
    );
    deals.push(...((page.Items ?? []) as Deal[]).filter((d) => d.id && !d.hidden && !d.mergedInto));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  let due = 0;
  let lost = 0;
  for (const d of deals)
    for (const s of subs)
      if (meetsThresholds(s, d)) {
        due++;
        if (!alerted.has(`${s.id}|${d.id}`)) lost++;
      }
  process.stdout.write(
    `${ENTRIES} feed entries in ${ROUNDS} polls, ${fetched} submissions read (${LARGE_MB.join(', ')} MB among them), ${NEWS_FEEDS * NEWS_PER_FEED} news items, ${SUBSCRIBERS} subscriptions, EDGAR_MAX_RPS=${MAX_RPS}\n` +
      `  total ${seconds.toFixed(1)} s (goal < 120 s) ${seconds < 120 ? 'ok' : 'MISSED'}; peak RSS of the stack process ${(peakRss / 2 ** 20).toFixed(0)} MB (DynamoDB Local's JVM not counted)\n` +
      `  per poll round (poll, then queue and stream drained): ${roundSeconds.join(' + ')} s\n` +
      `  EDGAR stand-in: ${edgar.requests.length} requests (${fetched} full submissions, ${indexPages} index pages, ${edgar.requests.length - fetched - indexPages} feed pages), busiest second ${busiest} (limit ${MAX_RPS}) ${busiest <= MAX_RPS ? 'ok' : 'OVER'}, average ${(edgar.requests.length / seconds).toFixed(1)}/s\n` +
      `  deals ${deals.length}; alerts written ${lines.length}, distinct ${unique.size}: duplicated ${lines.length - unique.size}; due ${due}, lost ${lost}\n`,
  );
} finally {
  clearInterval(sampler);
  await bench.stop();
  await edgar.close();
  await news.close();
}
