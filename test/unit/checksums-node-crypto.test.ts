import { Md5Js, Sha256Js } from '@smithy/core/checksum';
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

const INPUTS: readonly (readonly Bytes[])[] = [
  [],
  [''],
  ['{"TableName":"deals"}'],
  ['héllo ', new TextEncoder().encode('wörld'), new Uint8Array(new ArrayBuffer(8), 2, 3)],
];

describe("the Lambda bundles' checksums (node:crypto in place of @smithy/core/checksum)", () => {
  // The SDK's JavaScript implementations are the reference: the bundles drop them, the digests must not change.
  it.each(INPUTS.map((parts, i) => [i, parts] as const))(
    'input %i: SHA-256, HMAC-SHA-256 and MD5 as the SDK computes them',
    async (_, parts) => {
      expect(await digestOf(new Sha256(), parts)).toBe(await digestOf(new Sha256Js(), parts));
      expect(await digestOf(new Sha256('key'), parts)).toBe(await digestOf(new Sha256Js('key'), parts));
      const key = new Uint8Array([1, 2, 3, 4]);
      expect(await digestOf(new Sha256(key), parts)).toBe(await digestOf(new Sha256Js(key), parts));
      expect(await digestOf(new Md5(), parts)).toBe(await digestOf(new Md5Js(), parts));
    },
  );

  it('digests a plain hash more than once, refuses to update a finished HMAC and starts over on reset', async () => {
    const plain = new Sha256();
    plain.update('abc');
    const first = Buffer.from(await plain.digest()).toString('hex');
    plain.update('def');
    expect(Buffer.from(await plain.digest()).toString('hex')).toBe(
      await digestOf(new Sha256Js(), ['abcdef']),
    );
    expect(first).toBe(await digestOf(new Sha256Js(), ['abc']));

    const hmac = new Sha256('secret');
    hmac.update('a');
    await hmac.digest();
    expect(() => hmac.update('b')).toThrow('already finished');
    hmac.reset();
    expect(await digestOf(hmac, ['b'])).toBe(await digestOf(new Sha256Js('secret'), ['b']));

    const md5 = new Md5();
    md5.update('x');
    md5.reset();
    expect(await digestOf(md5, ['y'])).toBe(await digestOf(new Md5Js(), ['y']));
  });
});
