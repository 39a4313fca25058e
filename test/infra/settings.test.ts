import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../functions/config';
import { EDGAR_DEFAULT_RPS, NEWS_MIN_POLL_SECONDS } from '../../functions/core/setting-rules';
import { validateMaxRps, validateUserAgent } from '../../functions/sources/edgar/client';
import { loadFeedRegistry } from '../../functions/sources/news/feed-registry';
import { readDeploySettings, SEC_USER_AGENT_PATTERN } from '../../infra/settings';

const context =
  (values: Record<string, unknown>) =>
  (key: string): unknown =>
    values[key];

describe('readDeploySettings', () => {
  it('defaults to a total of 5 requests/s and no User-Agent default', () => {
    expect(readDeploySettings(context({}), {})).toEqual({ edgarMaxRpsTotal: 5 });
  });

  it('takes the User-Agent from SEC_USER_AGENT, and context over it', () => {
    expect(readDeploySettings(context({}), { SEC_USER_AGENT: 'Env Lab env@example.com' })).toMatchObject({
      secUserAgentDefault: 'Env Lab env@example.com',
    });
    expect(
      readDeploySettings(context({ secUserAgent: 'Ctx Lab ctx@example.com' }), {
        SEC_USER_AGENT: 'Env Lab env@example.com',
      }).secUserAgentDefault,
    ).toBe('Ctx Lab ctx@example.com');
  });

  it('opens the public email sign-up only when publicSubscribe is true, and refuses anything else', () => {
    expect(readDeploySettings(context({ publicSubscribe: 'true' }), {}).publicSubscribe).toBe(true);
    expect(readDeploySettings(context({ publicSubscribe: true }), {}).publicSubscribe).toBe(true);
    expect(readDeploySettings(context({ publicSubscribe: 'false' }), {}).publicSubscribe).toBeUndefined();
    expect(() => readDeploySettings(context({ publicSubscribe: 'yes' }), {})).toThrow(
      /publicSubscribe: "yes" must be true or false/,
    );
    expect(loadConfig({}).publicSubscribe).toBe(false);
    expect(loadConfig({ PUBLIC_SUBSCRIBE: 'true' }).publicSubscribe).toBe(true);
    expect(() => loadConfig({ PUBLIC_SUBSCRIBE: '1' })).toThrow(/PUBLIC_SUBSCRIBE must be true or false/);
  });

  it('reads the poll settings from context, as strings (-c) or JSON values (cdk.json)', () => {
    expect(
      readDeploySettings(
        context({
          edgarPollSeconds: '20',
          edgarForms: ['8-K', '6-K'],
          newsPollSeconds: 900,
          edgarMaxRps: '8',
        }),
        {},
      ),
    ).toEqual({ edgarMaxRpsTotal: 8, edgarPollSeconds: 20, edgarForms: '8-K,6-K', newsPollSeconds: 900 });
  });

  it('reads the API cache seconds from context, 0 to 60, and leaves the functions their default without it', () => {
    expect(readDeploySettings(context({ apiCacheSeconds: '0' }), {}).apiCacheSeconds).toBe(0);
    expect(readDeploySettings(context({ apiCacheSeconds: 30 }), {}).apiCacheSeconds).toBe(30);
    expect(readDeploySettings(context({}), {}).apiCacheSeconds).toBeUndefined();
    expect(() => readDeploySettings(context({ apiCacheSeconds: '61' }), {})).toThrow(/API_CACHE_SECONDS/);
  });

  it('refuses values the functions would refuse at start-up', () => {
    expect(() => readDeploySettings(context({ secUserAgent: 'no-contact' }), {})).toThrow(ConfigError);
    expect(() => readDeploySettings(context({ edgarMaxRps: '11' }), {})).toThrow(/EDGAR_MAX_RPS/);
    // The poller keeps 1/s and the workers' shared budget a slot a second for the current lane: 3 at least.
    expect(() => readDeploySettings(context({ edgarMaxRps: '2.5' }), {})).toThrow(
      /edgarMaxRps: 2.5 is too low/,
    );
    expect(() => readDeploySettings(context({ newsPollSeconds: '5' }), {})).toThrow(/NEWS_POLL_SECONDS/);
  });

  it('uses a parameter pattern that agrees with the functions on what a User-Agent is', () => {
    const pattern = new RegExp(SEC_USER_AGENT_PATTERN);
    for (const ua of ['Acme Research ops@acme.example', 'J Doe j.doe@mail.example.org']) {
      expect(pattern.test(ua)).toBe(true);
      expect(readDeploySettings(context({ secUserAgent: ua }), {}).secUserAgentDefault).toBe(ua);
    }
    for (const ua of ['Acme Research', 'ops@acme.example', 'Acme ops@acme']) {
      expect(pattern.test(ua)).toBe(false);
      expect(() => readDeploySettings(context({ secUserAgent: ua }), {})).toThrow(ConfigError);
    }
  });
});

describe('one owner per settings rule', () => {
  it('refuses a news poll interval under the feed minimum in one line, CLI, Lambda and synth alike', () => {
    const err = (() => {
      try {
        loadConfig({ NEWS_POLL_SECONDS: '30' });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(ConfigError);
    const refused = err as ConfigError;
    expect(refused.message).toBe(
      `invalid setting: NEWS_POLL_SECONDS must be at least ${NEWS_MIN_POLL_SECONDS} (seconds between two polls of a feed) (see README.md, "Settings")`,
    );
    expect(refused.stack).toBe(`ConfigError: ${refused.message}`);
    // What the settings accept, the feed registry accepts too.
    const config = loadConfig({ NEWS_POLL_SECONDS: String(NEWS_MIN_POLL_SECONDS) });
    expect(() => loadFeedRegistry({ path: null, defaultPollSeconds: config.newsPollSeconds })).not.toThrow();
  });

  it('agrees on the User-Agent rule: config, the EDGAR client and the CloudFormation pattern', () => {
    const pattern = new RegExp(SEC_USER_AGENT_PATTERN);
    const samples = [
      'Acme Research ops@acme.example',
      'Jane Doe <jane.doe@example.co.uk>',
      'curl',
      'x@y',
      'Acme ops@acme',
      ' a b@c.d',
    ];
    for (const ua of samples) {
      const byClient = (() => {
        try {
          validateUserAgent(ua);
          return true;
        } catch {
          return false;
        }
      })();
      const byConfig = (() => {
        try {
          loadConfig({ SEC_USER_AGENT: ua });
          return true;
        } catch {
          return false;
        }
      })();
      expect(byConfig, ua).toBe(byClient);
      expect(pattern.test(ua.trim()), ua).toBe(byClient);
    }
  });

  it('defaults the EDGAR budget from one constant', () => {
    expect(loadConfig({}).edgarMaxRps).toBe(EDGAR_DEFAULT_RPS);
    expect(readDeploySettings(() => undefined, {}).edgarMaxRpsTotal).toBe(EDGAR_DEFAULT_RPS);
    expect(validateMaxRps(undefined)).toBe(EDGAR_DEFAULT_RPS);
  });
});
