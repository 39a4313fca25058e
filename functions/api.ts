// The API's write function: every route; in AWS only the IAM-signed ones reach it (subscriptions, feeds,
// corrections), the public reads go to api-public.ts.
import { alertChannel, apiPlatform, config, deployedFeeds, instrument } from './aws-runtime';
import { composeApi } from './compositions';
import { createHttpApiHandler } from './handlers/http-api';

export const handler = instrument(
  createHttpApiHandler(
    composeApi(apiPlatform(), {
      channel: alertChannel(),
      feeds: deployedFeeds,
      publicBaseUrl: config.publicBaseUrl,
      // Behind API Gateway every /subscriptions route is IAM-only: the page's form works only through the flag.
      subscribeForm: config.publicSubscribe ? 'public' : 'off',
      // API Gateway sends this function the IAM-signed routes and POST /subscribe only (infra/http-api.ts).
      serves: 'signed',
    }),
  ),
);
