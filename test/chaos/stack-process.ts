// One life of the local stack for `npm run chaos`: the same composition as `npm start` (functions/local/runtime),
// state in DynamoDB Local and DATA_DIR, one pass over the recorded EDGAR day and the feeds, then exit. The
// harness kills it (CHAOS_KILL_AT, or from outside) and starts it again.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { loadConfig } from '../../functions/config';
import { createConsoleLogger } from '../../functions/local/console-logger';
import { startLocalStack } from '../../functions/local/runtime';
import { loadFeedRegistry } from '../../functions/sources/news/feed-registry';
import { SUBSCRIPTIONS } from './subscriptions';

const need = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run through npm run chaos)`);
  return value;
};

// Where a life's time goes, printed for run.ts: loading the bundle, starting the stack (tables, resumed work),
// the pass, the stop, and the CPU it used.
const phases: Record<string, number> = { load: Math.round(performance.now()) };
const timed = async <T>(phase: string, step: () => Promise<T>): Promise<T> => {
  const from = performance.now();
  const out = await step();
  phases[phase] = Math.round(performance.now() - from);
  return out;
};

const config = loadConfig();
const stack = await timed('start', () =>
  startLocalStack({
    config,
    feeds: loadFeedRegistry({ path: need('NEWS_FEEDS'), defaultPollSeconds: config.newsPollSeconds }),
    log: createConsoleLogger('error'),
    print: () => {},
    persist: true,
    serveApi: false,
    dynamoEndpoint: need('CHAOS_DYNAMO_ENDPOINT'),
    tablePrefix: need('CHAOS_TABLE_PREFIX'),
  }),
);
for (const sub of SUBSCRIPTIONS) await stack.addSubscription(sub);
await timed('pass', () => stack.runOnce());
await timed('stop', () => stack.stop());
const cpu = process.cpuUsage();
phases.cpu = Math.round((cpu.user + cpu.system) / 1000);
process.stdout.write(`CHAOS-PHASES ${JSON.stringify(phases)}\nCHAOS-DONE\n`);
process.exit(0);
