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

const config = loadConfig();
const stack = await startLocalStack({
  config,
  feeds: loadFeedRegistry({ path: need('NEWS_FEEDS'), defaultPollSeconds: config.newsPollSeconds }),
  log: createConsoleLogger('error'),
  print: () => {},
  persist: true,
  serveApi: false,
  dynamoEndpoint: need('CHAOS_DYNAMO_ENDPOINT'),
  tablePrefix: need('CHAOS_TABLE_PREFIX'),
});
for (const sub of SUBSCRIPTIONS) await stack.addSubscription(sub);
await stack.runOnce();
await stack.stop();
process.stdout.write('CHAOS-DONE\n');
process.exit(0);
