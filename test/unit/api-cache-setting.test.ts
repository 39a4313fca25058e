import { describe, expect, it } from 'vitest';
import type { ResponseCache } from '../../functions/api/response-cache';
import { dealListCache, type Platform } from '../../functions/compositions';
import { ConfigError, loadConfig } from '../../functions/config';

// API_CACHE_SECONDS: how long a deals-list page is served from the API's memory, and its max-age.

const cacheFor = (env: Record<string, string>) =>
  dealListCache({ config: loadConfig(env) } as Platform) satisfies ResponseCache;

describe('API_CACHE_SECONDS', () => {
  it('defaults to 5 seconds, which the composed cache keeps and its Cache-Control says', () => {
    expect(loadConfig({}).apiCacheSeconds).toBe(5);
    expect(cacheFor({}).cacheControl).toBe('public, max-age=5');
    expect(cacheFor({ API_CACHE_SECONDS: '0' }).cacheControl).toBe('no-cache');
    expect(cacheFor({ API_CACHE_SECONDS: '60' }).seconds).toBe(60);
  });

  it('takes whole seconds from 0 to a minute, and refuses anything else on one line that names it', () => {
    for (const bad of ['-1', '2.5', '61', 'soon']) {
      expect(() => loadConfig({ API_CACHE_SECONDS: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ API_CACHE_SECONDS: bad }), bad).toThrow(
        /^invalid setting: API_CACHE_SECONDS /,
      );
    }
  });
});
