// `npm run bench -- --scenario api`: the local API under load. 5,000 generated deals plus the demo's data (one pass
// of the local stack over the bundled snapshot, on DynamoDB Local, which also drains the deals' change stream), then 50 concurrent clients (autocannon)
// for 20 s on each of GET /deals, GET /deals.atom and the web page. Goals: p99 < 50 ms, no errors.
// The figures are DynamoDB Local's (one JVM on this machine, sharing its cores with the server and the load
// generator), not DynamoDB's.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type autocannon from 'autocannon';
import type { DealRepository } from '../functions/core/ports/store';
import type { Deal } from '../functions/core/types';
import { startSnapshotServer } from '../functions/local/snapshot-server';
import { dealItem } from '../functions/store/deals';
import { createRepositories } from '../functions/store/repositories';
import { recordMentions } from '../functions/use-cases/record-mentions';
import { mention, newsSource } from '../test/support/builders';
import { seedItems, startBenchStack } from './support/bench-stack';

const SNAPSHOT_DIR = fileURLToPath(new URL('../demo/snapshot/', import.meta.url));
const DEALS = Number(process.env.BENCH_API_DEALS ?? 5000);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 20);
const CONNECTIONS = 50;
const GOAL_P99_MS = 50;
const PATHS = ['/deals', '/deals.atom', '/'];
const AUTOCANNON = fileURLToPath(new URL('../node_modules/autocannon/autocannon.js', import.meta.url));

/** autocannon's CLI in a child process, so that the load generator does not share the server's event loop. */
function loadFromOwnProcess(url: string): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [AUTOCANNON, '--json', '-c', String(CONNECTIONS), '-d', String(SECONDS), '-t', '10', url],
      { maxBuffer: 16 * 1024 * 1024 },
      (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout) as autocannon.Result)),
    );
  });
}

const snapshot = await startSnapshotServer(SNAPSHOT_DIR);
const feedsJson = (await readFile(`${SNAPSHOT_DIR}feeds.json`, 'utf8')).replaceAll('{base}', snapshot.url);
const bench = await startBenchStack({ edgarBaseUrl: snapshot.url, feedsJson, serveApi: true });
try {
  const deals = createRepositories(bench.doc, bench.names).deals;
  const t0 = performance.now();
  const clock = () => new Date();
  // Each deal is made by recordMentions (the identity rule, the derived fields), against a repository that only
  // collects what it would save; then stored with BatchWriteItem, 25 a request: one merge each took 150 ms here.
  const built: Deal[] = [];
  const collect: DealRepository = {
    ...deals,
    get: async () => null,
    listByPair: async () => [],
    readPair: async () => ({ deals: [], version: 0 }),
    save: async (deal) => {
      built.push(deal);
    },
    savePlaced: async (deal) => {
      built.push(deal);
    },
  };
  for (let i = 0; i < DEALS; i++) {
    // Distinct pairs and months, so that each mention makes its own deal (the identity rule keys on both).
    await recordMentions({ deals: collect, clock }, [
      mention({
        buyer: { id: `bench-buyer-${i % 97}`, name: `Bench Buyer ${i % 97}` },
        provider: { id: `bench-provider-${i}`, name: `Bench Provider ${i}` },
        valueUsd: 1e8 + i * 1e6,
        valueText: null,
        endDate: null,
        source: {
          ...newsSource(`bench-feed/item-${i}`),
          publishedAt: new Date(Date.UTC(2024, i % 24, 1 + (i % 27))).toISOString(),
        },
      }),
    ]);
  }
  await seedItems(bench.doc, bench.names.deals, built.map(dealItem));
  const seeded = (performance.now() - t0) / 1000;
  // One pass of the stack: the demo's data, and the change stream of the 5,000 seeded deals drained before the
  // load (else the load would measure notify as much as the API).
  const t1 = performance.now();
  await bench.stack.runOnce();
  process.stdout.write(
    `seeded ${DEALS} deals in ${seeded.toFixed(1)} s, then the demo pass with their change stream drained in ${((performance.now() - t1) / 1000).toFixed(1)} s; autocannon in its own process, ${CONNECTIONS} connections, ${SECONDS} s per path, goal p99 < ${GOAL_P99_MS} ms\n`,
  );
  process.stdout.write(
    `${'path'.padEnd(14)}${'requests'.padStart(9)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'max ms'.padStart(9)}${'errors'.padStart(8)}${'non-2xx'.padStart(9)}  goal\n`,
  );
  for (const path of PATHS) {
    const r = await loadFromOwnProcess(`${bench.stack.apiUrl}${path}`);
    const errors = r.errors + r.timeouts;
    // No completed request in the window is a miss too (every request slower than the window), not a pass.
    const ok = r.requests.total > 0 && r.latency.p99 < GOAL_P99_MS && errors === 0 && r.non2xx === 0;
    process.stdout.write(
      `${path.padEnd(14)}${String(r.requests.total).padStart(9)}${r.requests.average.toFixed(0).padStart(9)}${String(r.latency.p50).padStart(9)}${String(r.latency.p99).padStart(9)}${String(r.latency.max).padStart(9)}${String(errors).padStart(8)}${String(r.non2xx).padStart(9)}  ${ok ? 'ok' : 'MISSED'}\n`,
    );
  }
} finally {
  await bench.stop();
  await snapshot.close();
}
