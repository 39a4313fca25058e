import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../functions/config';
import { STALE_CLAIM_MS } from '../../functions/store/deliveries';

describe('STALE_CLAIM_SECONDS', () => {
  it("defaults to the ledger's own stale-claim time, so the local runner keeps AWS's 70 s", () => {
    expect(loadConfig({}).staleClaimSeconds * 1000).toBe(STALE_CLAIM_MS);
    expect(STALE_CLAIM_MS).toBe(70_000);
  });

  it('takes whole seconds from 1 to an hour, and refuses anything else on one line that names it', () => {
    expect(loadConfig({ STALE_CLAIM_SECONDS: '5' }).staleClaimSeconds).toBe(5);
    expect(loadConfig({ STALE_CLAIM_SECONDS: '3600' }).staleClaimSeconds).toBe(3600);
    for (const bad of ['0', '-1', '2.5', '3601', 'soon']) {
      expect(() => loadConfig({ STALE_CLAIM_SECONDS: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ STALE_CLAIM_SECONDS: bad }), bad).toThrow(
        /^invalid setting: STALE_CLAIM_SECONDS /,
      );
    }
  });
});
