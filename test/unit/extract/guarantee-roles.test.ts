// A guarantor's words and its guarantee's landlord (issue 8, wrong alerts on a real page: "Google will provide a
// guarantee of $1.4 billion for a 10-year contract signed by Fluidstack and Cipher" came out Fluidstack <- Alphabet).
import { describe, expect, it } from 'vitest';
import { companyById, toCompanyRef } from '../../../functions/core/companies';
import { PROVIDER_AFTER_RE } from '../../../functions/core/extract/cues';
import { withBackstopOnLandlord } from '../../../functions/core/extract/guarantor-tenant';
import type { Mention } from '../../../functions/core/types';

describe('what a guarantor provides', () => {
  it.each([
    ' will provide a guarantee of $1.4 billion',
    ' fournira une garantie de 1,4 milliard',
    ' proporcionará una garantía de 1.400 millones',
    ' will provide a financial backstop',
  ])('"%s" names no seller of capacity', (after) => {
    expect(PROVIDER_AFTER_RE.test(after)).toBe(false);
  });

  it.each([
    ' will provide GPU capacity',
    ' fournira de la capacité de calcul',
    ' will provide Meta with compute',
  ])('"%s" still names the seller', (after) => {
    expect(PROVIDER_AFTER_RE.test(after)).toBe(true);
  });
});

describe('withBackstopOnLandlord', () => {
  const ref = (id: string) => toCompanyRef(companyById(id)!);
  const backstop = (evidence: string, tenant: string): Mention =>
    ({
      buyer: ref('alphabet'),
      provider: ref(tenant),
      valueUsd: 1.4e9,
      kind: 'capacity_backstop',
      evidence,
      evidenceStart: 0,
      evidenceEnd: evidence.length,
    }) as Mention;

  it('moves a backstop told on the tenant to the host its sentence names', () => {
    const [m] = withBackstopOnLandlord([
      backstop(
        'Google will guarantee $1.4 billion of a contract signed by Fluidstack and Cipher Mining.',
        'fluidstack',
      ),
    ]);
    expect(m!.provider.id).toBe('cipher-mining');
  });

  it('keeps it when the sentence names no host, or when its seller already is one', () => {
    const alone = backstop(
      'Google will guarantee $1.4 billion of the obligations of Fluidstack.',
      'fluidstack',
    );
    expect(withBackstopOnLandlord([alone])[0]!.provider.id).toBe('fluidstack');
    const onHost = backstop(
      'Google will guarantee $1.4 billion of TeraWulf and Cipher Mining leases.',
      'terawulf',
    );
    expect(withBackstopOnLandlord([onHost])[0]!.provider.id).toBe('terawulf');
  });
});
