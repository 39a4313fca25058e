// The API's public read function: the public GET routes only, with read-only grants (infra/http-api.ts).
import { apiPlatform, config, deployedFeeds, instrument } from './aws-runtime';
import { composeApi } from './compositions';
import { createHttpApiHandler } from './handlers/http-api';

export const handler = instrument(
  createHttpApiHandler(
    composeApi(apiPlatform(), {
      channel: null,
      feeds: deployedFeeds,
      publicBaseUrl: config.publicBaseUrl,
      // The page this function serves shows the sign-up form only when the deploy flag opened POST /subscribe.
      subscribeForm: config.publicSubscribe ? 'public' : 'off',
    }),
  ),
);
