// What the Lambda bundles get for `@aws-sdk/credential-provider-node` (infra/service-function.ts aliases it here):
// the SDK's default credential chain cut to its first link, the environment, where Lambda puts the execution
// role's credentials. The rest of the chain (SSO, web identity, shared ini files, credential processes, container
// and instance metadata, with the STS and SSO clients they bring: ~130 KB of every bundle) is never reached in
// Lambda, yet every cold start compiled it (~20 ms of import, `npm run bench -- --scenario cold-start`).
// Local mode and the tests are not bundled: they keep the SDK's whole chain.

/** The environment holds no credentials: outside Lambda, or a runtime that stopped setting them. */
export class EnvCredentialsMissingError extends Error {
  override readonly name = 'EnvCredentialsMissingError';
}

export interface EnvCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
  credentialScope?: string;
  accountId?: string;
}

/** The variables the SDK's own environment provider reads, read the same way. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): EnvCredentials {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey)
    throw new EnvCredentialsMissingError(
      'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set (Lambda sets them from the execution role)',
    );
  const expiration = env.AWS_CREDENTIAL_EXPIRATION;
  return {
    accessKeyId,
    secretAccessKey,
    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    ...(expiration ? { expiration: new Date(expiration) } : {}),
    ...(env.AWS_CREDENTIAL_SCOPE ? { credentialScope: env.AWS_CREDENTIAL_SCOPE } : {}),
    ...(env.AWS_ACCOUNT_ID ? { accountId: env.AWS_ACCOUNT_ID } : {}),
  };
}

/** The export the SDK clients' runtime configurations import as their default credential provider. */
export function defaultProvider(): () => Promise<EnvCredentials> {
  return async () => credentialsFromEnv();
}
