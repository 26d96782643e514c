// The SHA-256 every SDK client signs with (the client's `sha256` setting; SigV4 takes an HMAC for the signing key of
// each call and more for each new key). It is the SDK's Node hash (@smithy/core/checksum Sha256Node) with one
// difference: an HMAC key given as bytes is made a KeyObject (createSecretKey) once, when the hash is made. Node 24's
// createHmac tells a KeyObject or CryptoKey from a Buffer by reading private slots inside try/catch
// (lib/internal/crypto/keys.js isKeyObject, isCryptoKey), so a Buffer key costs two thrown and caught exceptions per
// HMAC: ~8 % of a scan worker's CPU in a profile of `npm run bench:scan` (≈15 µs → ≈5 µs an HMAC; on Node 20, which
// only runs the CLI, it costs ≈2 µs more). createSecretKey takes the bytes without those checks; a string key is not
// checked that way and stays a string.
import { createHash, createHmac, createSecretKey, type Hash, type Hmac, type KeyObject } from 'node:crypto';
import type { Checksum, SourceData } from '@smithy/types';

export class Sha256 implements Checksum {
  private hash: Hash | Hmac;
  private finished = false;
  /** As the SDK's: any secret but an empty string (or none) makes an HMAC. A string key stays a string. */
  private readonly key?: string | KeyObject;

  constructor(secret?: SourceData) {
    if (secret) this.key = typeof secret === 'string' ? secret : createSecretKey(toBuffer(secret));
    this.hash = this.create();
  }

  update(data: Uint8Array): void {
    if (this.finished) throw new Error('Attempted to update an already finished hash.');
    this.hash.update(data);
  }

  async digest(): Promise<Uint8Array> {
    // As the SDK's: an HMAC is finished by its digest; a plain hash can go on (digest of a copy).
    let buf: Buffer;
    if (this.key !== undefined) {
      this.finished = true;
      buf = this.hash.digest();
    } else {
      buf = (this.hash as Hash).copy().digest();
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  reset(): void {
    this.hash = this.create();
    this.finished = false;
  }

  private create(): Hash | Hmac {
    return this.key === undefined ? createHash('sha256') : createHmac('sha256', this.key);
  }
}

function toBuffer(data: Exclude<SourceData, string>): Buffer {
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}
