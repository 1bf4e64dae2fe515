/** Bytes to text: UTF-8 only, and empty, binary or oversized files refused in plain words. */
import { describe, expect, it } from 'vitest';
import { decodeImport, firstInvalidUtf8 } from './decode';
import { MAX_DOCUMENT_SIZE } from './limits';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

function error(input: Uint8Array, fileName?: string) {
  const result = decodeImport(input, fileName);
  if (result.ok) throw new Error('Expected the file to be refused');
  return result.error;
}

describe('decodeImport', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeImport(utf8('<Response><Say>Grüß Gott 😀</Say></Response>'))).toEqual({
      ok: true,
      text: '<Response><Say>Grüß Gott 😀</Say></Response>',
    });
  });

  it('drops a byte order mark', () => {
    const result = decodeImport(bytes(0xef, 0xbb, 0xbf, ...utf8('<Response/>')));
    expect(result).toEqual({ ok: true, text: '<Response/>' });
  });

  it('refuses an empty file, naming it', () => {
    expect(error(new Uint8Array(0), 'main.xml')).toEqual({
      message: 'The file is empty.',
      fileName: 'main.xml',
    });
    expect(error(bytes(0xef, 0xbb, 0xbf)).message).toBe('The file is empty.');
  });

  it('refuses invalid UTF-8, saying where', () => {
    // "Grüß" in Latin-1: ü is 0xFC, which never appears in UTF-8.
    const latin1 = bytes(...utf8('<Response>\n  <Say>Gr'), 0xfc, ...utf8('</Say>\n</Response>'));
    const refused = error(latin1);
    expect(refused.message).toMatch(/^The file is not valid UTF-8 text\./);
    expect([refused.line, refused.column]).toEqual([2, 10]);
  });

  it.each([
    ['a truncated sequence', bytes(0x61, 0xe2, 0x82), 1],
    ['an overlong encoding', bytes(0xc0, 0xaf), 0],
    ['an encoded surrogate', bytes(0x61, 0x62, 0xed, 0xa0, 0x80), 2],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a stray continuation byte', bytes(0x61, 0x80), 1],
  ])('finds %s', (_, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
    expect(error(input).message).toMatch(/not valid UTF-8/);
  });

  it('finds nothing wrong in valid UTF-8', () => {
    expect(firstInvalidUtf8(utf8('a é € 😀'))).toBe(-1);
  });

  it.each([
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d)],
    ['text with a NUL byte', utf8('<Response>\0</Response>')],
    ['control bytes', bytes(...Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 0x41)))],
  ])('refuses %s as binary', (_, input) => {
    expect(error(input).message).toBe(
      'This is not a text file. Import an RCML document, an .xml file.',
    );
  });

  it('tells a UTF-16 file apart, saying how to fix it', () => {
    expect(error(bytes(0xff, 0xfe, 0x3c, 0, 0x52, 0)).message).toMatch(/saved as UTF-16/);
  });

  it('refuses a file over 5 MB before decoding it', () => {
    const big = new Uint8Array(MAX_DOCUMENT_SIZE + 1).fill(0x20);
    expect(error(big).message).toMatch(
      /^The file is too large to import \(5\.1 MB; the limit is 5\.0 MB\)/,
    );
  });

  it('lets a few control characters through, for the parser to point at', () => {
    expect(decodeImport(utf8('<Response>\u0001</Response>')).ok).toBe(true);
  });
});
