/**
 * Bytes of an imported file to text: UTF-8 only (with or without a byte order mark). UTF-16 and
 * UTF-32 are told apart (by a byte order mark, or by XML's own rule: the first character, '<',
 * spelt with zero bytes) and refused by name; empty, binary and oversized files are refused
 * before any XML is read.
 */
import { MAX_DOCUMENT_SIZE, megabytes } from './limits';
import type { ImportError } from './types';

export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: ImportError };

/** Bytes looked at to tell a binary file from text, as git does. */
const SNIFF_LENGTH = 8000;

export function decodeImport(bytes: Uint8Array, fileName?: string): DecodeResult {
  const fail = (message: string, at: { line?: number; column?: number } = {}): DecodeResult => ({
    ok: false,
    error: { message, ...at, ...(fileName !== undefined ? { fileName } : {}) },
  });
  try {
    if (bytes.length === 0) return fail('The file is empty.');
    if (bytes.length > MAX_DOCUMENT_SIZE) {
      return fail(
        `The file is too large to import (${megabytes(bytes.length)}; the limit is ${megabytes(MAX_DOCUMENT_SIZE)}). An RCML document is usually a few kilobytes.`,
      );
    }
    const encoding = sniffEncoding(bytes);
    if (encoding !== 'UTF-8') {
      return fail(
        `This file is saved as ${encoding} text. RCML Studio reads UTF-8: save the file as UTF-8 (most editors offer it under “Encoding”) and import it again.`,
      );
    }
    if (looksBinary(bytes)) {
      return fail('This is not a text file. Import an RCML document, an .xml file.');
    }
    let text: string;
    try {
      // A UTF-8 byte order mark is allowed, and dropped by the decoder.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail(
        'The file is not valid UTF-8 text. Save it as UTF-8 (most editors offer it under “Encoding”) and import it again.',
        positionOfByte(bytes, firstInvalidUtf8(bytes)),
      );
    }
    if (text.length === 0) return fail('The file is empty.');
    return { ok: true, text };
  } catch (error) {
    return fail(`The file could not be read: ${String(error)}`);
  }
}

type Encoding = 'UTF-8' | 'UTF-16' | 'UTF-32';

/**
 * The encoding the first bytes show: a byte order mark, or else the first character ('<' or
 * white space) spelt with zero bytes, as XML 1.0 (appendix F) tells encodings apart. UTF-32 is
 * looked for first: its little-endian mark begins with UTF-16's.
 */
function sniffEncoding(bytes: Uint8Array): Encoding {
  const [a, b, c, d] = bytes;
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32';
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32';
  if (a === 0xff && b === 0xfe) return 'UTF-16';
  if (a === 0xfe && b === 0xff) return 'UTF-16';
  if (startsXml(a) && b === 0 && c === 0 && d === 0) return 'UTF-32';
  if (a === 0 && b === 0 && c === 0 && startsXml(d)) return 'UTF-32';
  if (startsXml(a) && b === 0) return 'UTF-16';
  if (a === 0 && startsXml(b)) return 'UTF-16';
  return 'UTF-8';
}

/** '<', or white space before it. */
function startsXml(byte: number | undefined): boolean {
  return byte === 0x3c || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/** A NUL byte, or many control bytes, mean binary: text never contains them. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const sniff = bytes.subarray(0, SNIFF_LENGTH);
  let controls = 0;
  for (const byte of sniff) {
    // Tab, line feed, form feed, carriage return and escape turn up in real text files.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) {
      if (byte !== 0x1b) controls += 1;
    }
  }
  return controls > sniff.length / 10;
}

/** Index of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let extra: number;
    let min: number;
    if (lead >= 0xc2 && lead <= 0xdf) [extra, min] = [1, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [extra, min] = [2, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [extra, min] = [3, 0x10000];
    else return i;
    let code = lead & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

/** Line and column (in characters) of a byte whose line before it is valid UTF-8. */
function positionOfByte(bytes: Uint8Array, offset: number): { line?: number; column?: number } {
  if (offset < 0) return {};
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.replace(/^\uFEFF/, '').length + 1 };
}
