// What the Lambda bundles get for `@aws-sdk/credential-provider-node` (infra/service-function.ts aliases it here):
// the SDK's default credential chain cut to its first link, the SDK's own environment provider, which reads the
// execution role's credentials Lambda puts there. The rest of the chain (SSO, web identity, shared ini files,
// credential processes, container and instance metadata, with the STS and SSO clients they bring: ~130 KB of every
// bundle) is never reached in Lambda, yet every cold start compiled it (~20 ms of import, `npm run bench --
// --scenario cold-start`). Local mode and the tests are not bundled: they keep the SDK's whole chain.
import { type FromEnvInit, fromEnv } from '@aws-sdk/credential-provider-env';

/** The export the SDK clients' runtime configurations import as their default credential provider. */
export function defaultProvider(init: FromEnvInit = {}): ReturnType<typeof fromEnv> {
  return fromEnv(init);
}
