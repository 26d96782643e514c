// Turns the bytes a user hands us into text: plans redirected by Windows PowerShell are UTF-16 with a BOM, and a
// binary plan file (`terraform plan -out`) is recognised and refused with the command that makes the JSON.
import { InputError } from '../model.js';

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

/** The encoding of a file from its first bytes (512 are enough), with or without a byte-order mark; throws for binary files. */
function sniffEncoding(head: Uint8Array, file: string): Encoding {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4) {
    throw new InputError(file, 'this is a binary Terraform plan file; run `terraform show -json ' + file.replace(/^.*[\\/]/, '') + ' > plan.json` and pass plan.json');
  }
  const sample = head.subarray(0, 512);
  if (!sample.includes(0)) return 'utf8';
  // UTF-16 without a byte-order mark (some editors and tools write it): text of mostly ASCII has a NUL in every
  // other byte, odd ones for little-endian, even ones for big-endian.
  const pairs = Math.floor(sample.length / 2);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  if (pairs >= 2 && oddNul >= pairs * 0.7 && evenNul === 0) return 'utf16le';
  if (pairs >= 2 && evenNul >= pairs * 0.7 && oddNul === 0) return 'utf16be';
  // Any other NUL in the first bytes means a binary file.
  throw new InputError(file, 'this is a binary file, not text (nor UTF-8 or UTF-16 text)');
}

/** Strips a UTF-8 byte-order mark that a decoder left as U+FEFF. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A file's text when reading it as UTF-8 straight away was right, else undefined: then its first characters show a
 * UTF-16 byte-order mark (decoded as U+FFFD), a NUL (UTF-16 without a mark, or a binary file) or a zip header (a
 * binary plan), and its bytes go through decodeInput. Nearly every file is UTF-8, so it is read once and decoded
 * once, by Node while reading (the bytes are freed at once, never held beside the text). The first 512 characters
 * span at least the 512 bytes sniffEncoding looks at, so whatever passes here sniffEncoding would call UTF-8.
 */
export function utf8Text(text: string): string | undefined {
  const head = text.slice(0, 512);
  if (text.charCodeAt(0) === 0xfffd || head.includes('\0') || head.startsWith('PK\x03\x04')) return undefined;
  return stripBom(text);
}

export function decodeInput(bytes: Uint8Array, file: string): string {
  const encoding = sniffEncoding(bytes.subarray(0, 512), file);
  // The decoder drops a byte-order mark itself, and there may be none.
  if (encoding !== 'utf8') return new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'utf-16be').decode(bytes);
  return stripBom(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
}

/** Deeper than any template, change set or config nests; the YAML parser recurses per level (see checkNesting). */
const MAX_NESTING = 256;

const isTokenStart = (c: number): boolean => Number.isNaN(c) || c === 32 || c === 9 || c === 10 || c === 13 || c === 91 || c === 123 || c === 44 || c === 58;

/**
 * Refuses text that nests deeper than MAX_NESTING, before the YAML parser sees it: the parser recurses once per
 * level, and far enough down a stack overflow can abort the process outright (V8 compiling a regular expression
 * with no stack left) instead of throwing. Counts flow brackets outside quoted strings and comments, and block
 * levels by indentation (compact `- - x` sequences included). A rough count that errs toward the real depth: plain
 * scalars with unbalanced brackets would have to hold hundreds of them to trip it.
 */
export function checkNesting(text: string, file: string, limit = MAX_NESTING): void {
  const indents: number[] = [];
  let flow = 0;
  let line = 1;
  const fail = (): never => {
    throw new InputError(file, `the document nests deeper than ${limit} levels (line ${line})`);
  };
  for (let i = 0, atLineStart = true; i < text.length; ) {
    if (atLineStart) {
      atLineStart = false;
      let j = i;
      while (text.charCodeAt(j) === 32) j++;
      const first = text.charCodeAt(j);
      if (flow === 0 && j < text.length && first !== 10 && first !== 13 && first !== 35) {
        let indent = j - i;
        while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        // `- - - x` opens a sequence per dash on one line.
        while ((text[j] === '-' || text[j] === '?') && text.charCodeAt(j + 1) === 32) {
          j += 2;
          while (text.charCodeAt(j) === 32) j++;
          indent = j - i;
          indents.push(indent);
        }
        if (indents.length > limit) fail();
      }
      i = j;
      continue;
    }
    const c = text.charCodeAt(i);
    const startsToken = isTokenStart(text.charCodeAt(i - 1));
    if (c === 10) {
      line++;
      atLineStart = true;
      i++;
    } else if ((c === 34 || c === 39) && startsToken) {
      // A quoted string: "…" with backslash escapes, '…' with '' for a quote.
      let j = i + 1;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d === 10) line++;
        if (c === 34 && d === 92) j++;
        else if (d === c) {
          if (c === 39 && text.charCodeAt(j + 1) === 39) j++;
          else break;
        }
      }
      i = j + 1;
    } else if (c === 35 && startsToken) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else {
      if (c === 91 || c === 123) {
        if (++flow + indents.length > limit) fail();
      } else if ((c === 93 || c === 125) && flow > 0) flow--;
      i++;
    }
  }
}
