import { describe, expect, it } from 'vitest';
import * as fromEnv from '../../functions/bundling/aws-credentials-from-env';

describe("the Lambda bundles' credential provider (the environment only)", () => {
  it('reads the role credentials Lambda puts in the environment, optional fields only when set', () => {
    expect(
      fromEnv.credentialsFromEnv({ AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret' }),
    ).toEqual({
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'secret',
    });
    expect(
      fromEnv.credentialsFromEnv({
        AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_SESSION_TOKEN: 'token',
        AWS_CREDENTIAL_EXPIRATION: '2026-12-01T12:00:00Z',
        AWS_ACCOUNT_ID: '123456789012',
      }),
    ).toEqual({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'secret',
      sessionToken: 'token',
      expiration: new Date('2026-12-01T12:00:00Z'),
      accountId: '123456789012',
    });
  });

  it('refuses with a typed error when a key is missing', () => {
    expect(() => fromEnv.credentialsFromEnv({ AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE' })).toThrow(
      fromEnv.EnvCredentialsMissingError,
    );
    expect(() => fromEnv.credentialsFromEnv({ AWS_SECRET_ACCESS_KEY: 'secret' })).toThrow(
      /AWS_ACCESS_KEY_ID/,
    );
  });

  it('is what the SDK clients call as their default provider: a function of no argument, read at each call', async () => {
    const saved = { ...process.env };
    try {
      process.env.AWS_ACCESS_KEY_ID = 'AKIDFIRST';
      process.env.AWS_SECRET_ACCESS_KEY = 'secret';
      const provide = fromEnv.defaultProvider();
      expect((await provide()).accessKeyId).toBe('AKIDFIRST');
      process.env.AWS_ACCESS_KEY_ID = 'AKIDSECOND';
      expect((await provide()).accessKeyId).toBe('AKIDSECOND');
      delete process.env.AWS_ACCESS_KEY_ID;
      await expect(provide()).rejects.toBeInstanceOf(fromEnv.EnvCredentialsMissingError);
    } finally {
      process.env = saved;
    }
  });
});
