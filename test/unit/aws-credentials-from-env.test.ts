import { afterEach, describe, expect, it } from 'vitest';
import { defaultProvider } from '../../functions/bundling/aws-credentials-from-env';

describe("the Lambda bundles' credential provider (the environment only)", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('reads the role credentials Lambda puts in the environment, at each call', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'ASIAFIRST';
    process.env.AWS_SECRET_ACCESS_KEY = 'secret';
    process.env.AWS_SESSION_TOKEN = 'token';
    process.env.AWS_CREDENTIAL_EXPIRATION = '2026-12-01T12:00:00Z';
    const provide = defaultProvider();
    expect(await provide()).toMatchObject({
      accessKeyId: 'ASIAFIRST',
      secretAccessKey: 'secret',
      sessionToken: 'token',
      expiration: new Date('2026-12-01T12:00:00Z'),
    });
    process.env.AWS_ACCESS_KEY_ID = 'ASIASECOND';
    expect((await defaultProvider()()).accessKeyId).toBe('ASIASECOND');
  });

  it('refuses with the SDK provider error when a key is missing, so the client reports it as the full chain would', async () => {
    delete process.env.AWS_ACCESS_KEY_ID;
    process.env.AWS_SECRET_ACCESS_KEY = 'secret';
    await expect(defaultProvider()()).rejects.toMatchObject({ name: 'CredentialsProviderError' });
  });
});
