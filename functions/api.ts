import type { Context } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import { alertChannel, config, deployedFeeds, instrument, platform } from './aws-runtime';
import { composeApi } from './compositions';
import { withCacheControl } from './handlers/cache-control';

const app = handle(
  composeApi(platform, {
    channel: alertChannel(),
    feeds: deployedFeeds(),
    publicBaseUrl: config.publicBaseUrl,
  }),
);

// HTTP API payload 2.0 (infra/http-api.ts); the v1 shape hono also accepts never reaches this function.
export const handler = instrument(async (event: Parameters<typeof app>[0], context: Context) => {
  const result = await app(event, context);
  return 'rawPath' in event ? withCacheControl(event, result) : result;
});
