// The scenarios `npm run bench` runs, in order. Each is its own script, run in a fresh Node process (so that one
// scenario's heap, JIT state and child processes never colour the next one's figures). To add a scenario, add a
// file under bench/ and one row here; `npm run bench -- --scenario NAME[,NAME]` runs only those, and `--quick`
// passes each row's smaller settings (a smoke run of the whole bench in a couple of minutes).

export interface Scenario {
  /** The name `--scenario` selects. */
  name: string;
  /** The script under bench/. */
  script: string;
  /** One line for the listing (`--list`). */
  what: string;
  /** Environment for `--quick`: smaller inputs, shorter windows. */
  quick?: Record<string, string>;
  /** Too long for the default run: runs only when `--scenario` names it. */
  ownRun?: boolean;
  /** Works on DynamoDB Local: gets the run's shared one (BENCH_DYNAMO_ENDPOINT). */
  dynamo?: boolean;
  /** Node options of the scenario's process (V8 flags belong on the command line, see functions/regexp-engine.ts). */
  nodeArgs?: readonly string[];
  /**
   * Run as one esbuild bundle under plain node, not through tsx (bench/support/bundled-scenario.ts): for a scenario
   * that times CPU in its own process, which tsx's loader thread would otherwise share.
   */
  bundled?: boolean;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'extract',
    script: 'extract-bench.ts',
    nodeArgs: ['--no-regexp-tier-up'],
    bundled: true,
    what: 'extractor vs HTML-to-text throughput, worker memory on a 20 MB submission',
  },
  {
    name: 'feeds',
    script: 'feed-parse-bench.ts',
    what: 'our EDGAR and news feed parsers vs rss-parser on recorded pages',
    quick: { BENCH_ROUND_MS: '300' },
  },
  {
    name: 'notify',
    dynamo: true,
    script: 'notify-bench.ts',
    what: 'alert fan-out to 10,000 subscriptions on DynamoDB Local',
    quick: { BENCH_SUBSCRIBERS: '1000' },
  },
  {
    name: 'cold-start',
    script: 'cold-start-bench.ts',
    what: 'each Lambda bundle: size and import time of its handler in a fresh Node process',
    quick: { BENCH_COLD_RUNS: '2' },
  },
  {
    name: 'api',
    dynamo: true,
    script: 'api-load-bench.ts',
    what: 'local API under 50 concurrent clients (autocannon) over DynamoDB Local with 5,000 extra deals',
    quick: { BENCH_API_SECONDS: '3', BENCH_API_DEALS: '500' },
  },
  {
    name: 'busy-day',
    dynamo: true,
    script: 'busy-day-bench.ts',
    what: 'a busy EDGAR day (6,000 entries, 600 filings, 2,000 news items, 1,000 subscriptions) at 10 req/s',
  },
  {
    name: 'latency',
    dynamo: true,
    script: 'latency-bench.ts',
    what: 'filing / news item appearing on loopback -> alert in the outbox, through the local stack',
    quick: { BENCH_LATENCY_FILINGS: '3', BENCH_LATENCY_SPACING_MS: '4000' },
  },
  {
    name: 'earnings',
    script: 'earnings-bench.ts',
    what: 'earnings day (issue 15): 1,000 periodic and 100 current reports against a loopback EDGAR, ~15 min',
    ownRun: true,
  },
];
