// `npm run bench -- --scenario latency`: what a subscriber feels — from a filing's appearance in EDGAR's current
// feed (or a news item's in its feed) to its alert in the outbox, through the local stack as `npm start` runs it
// (pollers on their schedules, in-process queue, worker, DynamoDB Local's stream, notify, outbox), unchanged.
// A loopback EDGAR stand-in serves the demo snapshot's getcurrent page, where the snapshot's compute-contract
// filings appear one after the other while the service runs (each entry's <updated> set to its appearance);
// the demo's news feeds are served empty until their own appearance. Goal with the default 10 s EDGAR poll:
// p50 <= 15 s, p99 <= 30 s. For filings, the time is split into: poll wait (appearance -> the worker's GET of
// the submission, the stand-in's log), read (GET -> the deal stored: fetch, parse, extract, store) and alert
// (stored -> outbox: stream, notify, publish).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Deal } from '../functions/core/types';
import { createRepositories } from '../functions/store/repositories';
import { subscription } from '../test/support/builders';
import { startFixtureServer } from '../test/support/fixture-server';
import { percentile, startBenchStack } from './support/bench-stack';

const SNAPSHOT_DIR = fileURLToPath(new URL('../demo/snapshot/', import.meta.url));
const QUICK = process.env.BENCH_QUICK === '1';
const FILINGS = Number(process.env.BENCH_LATENCY_FILINGS ?? 99);
// 4 s apart: the 15 filings appear over one minute, at every phase of the 10 s poll.
const SPACING_MS = Number(process.env.BENCH_LATENCY_SPACING_MS ?? 4000);
const WITH_NEWS = !QUICK;
/**
 * The run ends once every filing has been read and every news feed served with its items (the news poll ticks
 * every 60 s), and then this long has passed with no new alert (the alert step's p99 is ~3 s); or at the cap after
 * the last appearance, whatever is still missing then counted as not alerted.
 */
const QUIET_MS = 10_000;
const CAP_MS = WITH_NEWS ? 120_000 : 45_000;

const feedXml = await readFile(join(SNAPSHOT_DIR, 'edgar/getcurrent.xml'), 'latin1');
const head = feedXml.slice(0, feedXml.indexOf('<entry>'));
const entries = feedXml.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
const accessionOf = (entry: string): string => /accession-number=([0-9-]+)/.exec(entry)?.[1] ?? '';
// The snapshot's compute-contract filings (the demo's own accession range) appear; the rest is the day's
// background, present from the start.
const dealEntries = entries.filter((e) => accessionOf(e).startsWith('9999999999-')).slice(0, FILINGS);
const background = entries.filter((e) => !dealEntries.includes(e));

// Appearance times are set once the stack is up (DynamoDB Local's start is not the service's latency).
const appearsAt = new Map<string, number>(); // accession or feed id -> epoch ms
const firstGet = new Map<string, number>();
/** News feeds the stack has fetched since their items appeared. */
const newsServed = new Set<string>();

const edgarStandIn = await startFixtureServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const now = Date.now();
  if (url.pathname === '/cgi-bin/browse-edgar') {
    if (Number(url.searchParams.get('start') ?? '0') > 0) {
      res
        .writeHead(503, { 'content-type': 'text/html' })
        .end('<html><body>Service Unavailable</body></html>');
      return;
    }
    const visible = dealEntries
      .filter((e) => (appearsAt.get(accessionOf(e)) ?? Infinity) <= now)
      .reverse()
      .map((e) =>
        e.replace(
          /<updated>[^<]*<\/updated>/,
          `<updated>${new Date(appearsAt.get(accessionOf(e)) ?? now).toISOString().slice(0, 19)}+00:00</updated>`,
        ),
      );
    res.writeHead(200, { 'content-type': 'application/atom+xml' });
    res.end(`${head}${[...visible, ...background].join('\n')}\n</feed>\n`);
    return;
  }
  if (url.pathname.startsWith('/Archives/')) {
    const digits = /\/(\d{18})\//.exec(url.pathname)?.[1];
    const accession = digits ? `${digits.slice(0, 10)}-${digits.slice(10, 12)}-${digits.slice(12)}` : '';
    if (!firstGet.has(accession)) firstGet.set(accession, now);
    try {
      const body = await readFile(
        join(SNAPSHOT_DIR, 'edgar', decodeURIComponent(url.pathname).replace(/\.\./g, '')),
      );
      res.writeHead(200, { 'content-type': 'text/plain' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
    return;
  }
  res.writeHead(404).end();
});

// News: each demo feed is served without its items until it appears, then whole (with ETags, as sites do).
const feedsTemplate = JSON.parse(await readFile(join(SNAPSHOT_DIR, 'feeds.json'), 'utf8')) as {
  feeds: { id: string; url: string }[];
};
const feedFiles = new Map(feedsTemplate.feeds.map((f) => [f.id, f.url.replace('{base}/', '')]));
const newsStandIn = await startFixtureServer(async (req, res) => {
  const id = (req.url ?? '/').slice(1);
  const file = feedFiles.get(id);
  if (!file) {
    res.writeHead(404).end();
    return;
  }
  const full = await readFile(join(SNAPSHOT_DIR, file), 'utf8');
  const appeared = (appearsAt.get(id) ?? Infinity) <= Date.now();
  if (appeared) newsServed.add(id);
  const body = appeared
    ? full
    : full.replace(/<item>[\s\S]*?<\/item>|<item\s[\s\S]*?<\/item>|<entry>[\s\S]*?<\/entry>/g, '');
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  if (req.headers['if-none-match'] === etag) res.writeHead(304, { etag }).end();
  else res.writeHead(200, { 'content-type': 'application/xml', etag }).end(body);
});

const feedsJson = JSON.stringify({
  feeds: feedsTemplate.feeds.map((f) => ({ ...f, url: `${newsStandIn.url}/${f.id}` })),
});
const bench = await startBenchStack({ edgarBaseUrl: edgarStandIn.url, feedsJson });
try {
  await bench.stack.addSubscription(
    subscription({ id: 'bench', minValueUsd: 0, minStatus: 'in_talks', minConfidence: 0 }),
  );
  const t0 = Date.now() + 3000;
  for (const [i, e] of dealEntries.entries()) appearsAt.set(accessionOf(e), t0 + i * SPACING_MS);
  if (WITH_NEWS)
    for (const [i, id] of [...feedFiles.keys()].entries()) appearsAt.set(id, t0 + 2000 + i * SPACING_MS);
  bench.stack.startSchedules();
  const lastAppearance = Math.max(...appearsAt.values());
  const alertTimes = new Map<string, number>(); // deal id -> first alert
  let lastNewAlert = Date.now();
  while (true) {
    await new Promise((r) => setTimeout(r, 1000));
    const lines = (await readFile(bench.stack.outboxFile, 'utf8').catch(() => ''))
      .split('\n')
      .filter(Boolean);
    for (const line of lines) {
      const a = JSON.parse(line) as { at: string; dealId: string };
      if (!alertTimes.has(a.dealId)) {
        alertTimes.set(a.dealId, Date.parse(a.at));
        lastNewAlert = Date.now();
      }
    }
    const now = Date.now();
    const allRead = [...appearsAt.keys()].every((k) =>
      k.startsWith('9999') ? firstGet.has(k) : newsServed.has(k),
    );
    if (now > lastAppearance + CAP_MS) break;
    if (now > lastAppearance && now - lastNewAlert > QUIET_MS && allRead) break;
  }

  const deals = createRepositories(bench.doc, bench.names).deals;
  const rows: { kind: 'filing' | 'news'; total: number; wait?: number; read?: number; alert?: number }[] = [];
  for (const [dealId, alertAt] of alertTimes) {
    const deal = (await deals.get(dealId)) as Deal | null;
    if (!deal) continue;
    // The source that appeared first (before the alert) is the one that raised it.
    const triggers = deal.sources
      .map((s) => {
        const key = s.kind === 'filing' ? (s.id.split('/')[0] ?? '') : (s.feedId ?? '');
        return { kind: s.kind, key, at: appearsAt.get(key) };
      })
      .filter(
        (s): s is { kind: 'filing' | 'news'; key: string; at: number } =>
          s.at !== undefined && s.at <= alertAt,
      )
      .sort((a, b) => a.at - b.at);
    const first = triggers[0];
    if (!first) continue;
    const stored = Date.parse(deal.firstSeenAt);
    const got = firstGet.get(first.key);
    rows.push(
      first.kind === 'filing' && got !== undefined
        ? {
            kind: 'filing',
            total: alertAt - first.at,
            wait: got - first.at,
            read: stored - got,
            alert: alertAt - stored,
          }
        : { kind: 'news', total: alertAt - first.at },
    );
  }
  const s = (ms: number): string => (ms / 1000).toFixed(1).padStart(7);
  process.stdout.write(
    `${dealEntries.length} filings appearing every ${SPACING_MS / 1000} s${WITH_NEWS ? `, ${feedFiles.size} news feeds likewise` : ' (quick: no news)'}; EDGAR poll every ${process.env.EDGAR_POLL_SECONDS ?? 10} s, news poll tick 60 s; ${alertTimes.size} deals alerted\n`,
  );
  process.stdout.write(
    `${'from appearance to alert'.padEnd(28)}${'n'.padStart(4)}${'p50 s'.padStart(7)}${'p95 s'.padStart(7)}${'p99 s'.padStart(7)}${'max s'.padStart(7)}\n`,
  );
  const line = (name: string, xs: number[]) =>
    process.stdout.write(
      xs.length === 0
        ? `${name.padEnd(28)}   0  (none)\n`
        : `${name.padEnd(28)}${String(xs.length).padStart(4)}${s(percentile(xs, 50))}${s(percentile(xs, 95))}${s(percentile(xs, 99))}${s(Math.max(...xs))}\n`,
    );
  const filings = rows.filter((r) => r.kind === 'filing');
  line(
    'filing -> alert',
    filings.map((r) => r.total),
  );
  line(
    '  poll wait (-> GET)',
    filings.map((r) => r.wait ?? 0),
  );
  line(
    '  read (GET -> stored)',
    filings.map((r) => r.read ?? 0),
  );
  line(
    '  alert (stored -> outbox)',
    filings.map((r) => r.alert ?? 0),
  );
  if (WITH_NEWS)
    line(
      'news item -> alert',
      rows.filter((r) => r.kind === 'news').map((r) => r.total),
    );
  process.stdout.write(
    `EDGAR stand-in: ${edgarStandIn.requests.filter((r) => r.url.startsWith('/cgi-bin')).length} feed polls, ${firstGet.size} submissions read\n`,
  );
  const p50 = percentile(
    filings.map((r) => r.total),
    50,
  );
  const p99 = percentile(
    filings.map((r) => r.total),
    99,
  );
  process.stdout.write(
    `goal (filings, 10 s poll): p50 <= 15 s ${p50 <= 15_000 ? 'ok' : 'MISSED'}, p99 <= 30 s ${p99 <= 30_000 ? 'ok' : 'MISSED'}\n`,
  );
} finally {
  await bench.stop();
  await edgarStandIn.close();
  await newsStandIn.close();
}
