// Turns the bytes a user hands us into text: plans redirected by Windows PowerShell are UTF-16 with a BOM, and a
// binary plan file (`terraform plan -out`) is recognised and refused with the command that makes the JSON.
import { InputError } from '../model.js';

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

/** The encoding of a file from its first bytes (512 are enough); throws for binary files. */
export function sniffEncoding(head: Uint8Array, file: string): Encoding {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4) {
    throw new InputError(file, 'this is a binary Terraform plan file; run `terraform show -json ' + file.replace(/^.*[\\/]/, '') + ' > plan.json` and pass plan.json');
  }
  // A NUL in the first bytes of something that is not UTF-16 means a binary file.
  if (head.subarray(0, 512).includes(0)) throw new InputError(file, 'this is a binary file, not text');
  return 'utf8';
}

/** Strips a UTF-8 byte-order mark that a decoder left as U+FEFF. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function decodeInput(bytes: Uint8Array, file: string): string {
  const encoding = sniffEncoding(bytes.subarray(0, 512), file);
  if (encoding !== 'utf8') return new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  return stripBom(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
}
