import { describe, expect, it } from 'vitest';
import { Md5, Sha256 } from '../../functions/bundling/checksums-node-crypto';

type Bytes = string | Uint8Array;
interface Checksum {
  update(data: Bytes): void;
  digest(): Promise<Uint8Array>;
  reset(): void;
}

async function digestOf(hash: Checksum, parts: readonly Bytes[]): Promise<string> {
  for (const part of parts) hash.update(part);
  return Buffer.from(await hash.digest()).toString('hex');
}

/** "abc" inside a larger buffer: a view with an offset, as the SDK passes request bodies. */
const ABC_VIEW = new Uint8Array(new TextEncoder().encode('xxabcyy').buffer, 2, 3);

// Known-answer vectors (FIPS 180-2 for SHA-256, RFC 4231 test case 2 for HMAC-SHA-256, RFC 1321 for MD5): the
// bundles' classes replace the SDK's, so the digests they sign and check requests with must not change.
describe("the Lambda bundles' checksums (node:crypto in place of @smithy/core/checksum)", () => {
  it('SHA-256 of the standard vectors, whole, in parts and from a byte view', async () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(await digestOf(new Sha256(), [])).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(await digestOf(new Sha256(), ['abc'])).toBe(abc);
    expect(await digestOf(new Sha256(), ['a', new TextEncoder().encode('b'), 'c'])).toBe(abc);
    expect(await digestOf(new Sha256(), [ABC_VIEW])).toBe(abc);
  });

  it('HMAC-SHA-256 under a string or byte key (RFC 4231, test case 2)', async () => {
    const want = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    const data = 'what do ya want for nothing?';
    expect(await digestOf(new Sha256('Jefe'), [data])).toBe(want);
    expect(await digestOf(new Sha256(new TextEncoder().encode('Jefe')), [data])).toBe(want);
  });

  it('MD5 of the standard vectors', async () => {
    expect(await digestOf(new Md5(), [])).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(await digestOf(new Md5(), [ABC_VIEW])).toBe('900150983cd24fb0d6963f7d28e17f72');
  });

  it('digests a plain hash more than once, refuses to update a finished HMAC and starts over on reset', async () => {
    const plain = new Sha256();
    plain.update('ab');
    await plain.digest();
    plain.update('c');
    expect(Buffer.from(await plain.digest()).toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );

    const hmac = new Sha256('Jefe');
    hmac.update('x');
    await hmac.digest();
    expect(() => hmac.update('y')).toThrow('already finished');
    hmac.reset();
    expect(await digestOf(hmac, ['what do ya want for nothing?'])).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );

    const md5 = new Md5();
    md5.update('x');
    md5.reset();
    expect(await digestOf(md5, ['abc'])).toBe('900150983cd24fb0d6963f7d28e17f72');
  });
});
