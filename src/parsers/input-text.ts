// Turns the bytes a user hands us into text: plans redirected by Windows PowerShell are UTF-16 with a BOM.
import { InputError } from '../model.js';

export function decodeInput(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) {
    throw new InputError(file, 'this is a binary Terraform plan file; run `terraform show -json ' + file.replace(/^.*[\\/]/, '') + ' > plan.json` and pass plan.json');
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // A NUL in the first bytes means a binary file (a zip-packed `terraform plan -out` file, for one).
  const head = bytes.subarray(start, Math.min(bytes.length, 512));
  if (head.includes(0)) throw new InputError(file, 'this is a binary file, not text');
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('utf8');
}
