// What the Lambda bundles get for `@smithy/core/checksum` (infra/service-function.ts aliases it here): the clients
// import only `Sha256` (request signing) and, for SQS, `Md5` (message checksums). The real module falls back to
// hashes written in JavaScript when node:crypto has none, which never happens on Lambda's Node: ~5 KB of every bundle
// that a cold start parses for nothing. Local mode and the tests are not bundled: they keep the real module.
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';

type Bytes = string | ArrayBuffer | ArrayBufferView;

function toBuffer(data: Bytes): string | Buffer {
  if (typeof data === 'string') return data;
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

function asBytes(buf: Buffer): Uint8Array {
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** SHA-256, or HMAC-SHA-256 under `secret` (the signer's keys), as the SDK's Checksum interface. */
export class Sha256 {
  readonly digestLength = 32;
  private hash: Hash | Hmac;
  private finished = false;

  constructor(private readonly secret?: Bytes) {
    this.hash = this.create();
  }

  update(data: Bytes): void {
    if (this.finished) throw new Error('Attempted to update an already finished hash.');
    this.hash.update(toBuffer(data));
  }

  async digest(): Promise<Uint8Array> {
    // An HMAC cannot be copied: it is finished by its digest, as the SDK's own class does.
    if (!this.secret) return asBytes((this.hash as Hash).copy().digest());
    this.finished = true;
    return asBytes(this.hash.digest());
  }

  reset(): void {
    this.hash = this.create();
    this.finished = false;
  }

  private create(): Hash | Hmac {
    return this.secret ? createHmac('sha256', toBuffer(this.secret)) : createHash('sha256');
  }
}

/** MD5, as the SDK's Checksum interface (SQS checks its messages' bodies with it). */
export class Md5 {
  readonly digestLength = 16;
  private hash = createHash('md5');

  update(data: Bytes): void {
    this.hash.update(toBuffer(data));
  }

  async digest(): Promise<Uint8Array> {
    return asBytes(this.hash.copy().digest());
  }

  reset(): void {
    this.hash = createHash('md5');
  }
}
