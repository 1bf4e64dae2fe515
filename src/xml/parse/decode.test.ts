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

  describe('UTF-16 and UTF-32', () => {
    const text = '<Response><Say>Grüß Gott 😀</Say></Response>';
    /** Each UTF-16 code unit as two bytes, little- or big-endian. */
    const utf16 = (value: string, order: 'le' | 'be') =>
      bytes(
        ...[...Array(value.length).keys()].flatMap((i) => {
          const unit = value.charCodeAt(i);
          return order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
        }),
      );
    /** Each code point as four bytes. */
    const utf32 = (value: string, order: 'le' | 'be') =>
      bytes(
        ...[...value].flatMap((char) => {
          const point = char.codePointAt(0)!;
          const be = [point >>> 24, (point >> 16) & 0xff, (point >> 8) & 0xff, point & 0xff];
          return order === 'le' ? be.reverse() : be;
        }),
      );

    const refusedAs = (encoding: string) => ({
      message: `This file is saved as ${encoding} text. RCML Studio reads UTF-8: save the file as UTF-8 (most editors offer it under “Encoding”) and import it again.`,
      fileName: 'main.xml',
    });

    it.each([
      ['little-endian with a byte order mark', bytes(0xff, 0xfe, ...utf16(text, 'le'))],
      ['big-endian with a byte order mark', bytes(0xfe, 0xff, ...utf16(text, 'be'))],
      ['little-endian without a byte order mark', utf16(text, 'le')],
      ['big-endian without a byte order mark', utf16(text, 'be')],
      ['without a mark, starting with a line break', utf16(`\n${text}`, 'le')],
    ])('refuses UTF-16 %s, naming it', (_, input) => {
      expect(error(input, 'main.xml')).toEqual(refusedAs('UTF-16'));
    });

    it.each([
      ['big-endian with a byte order mark', bytes(0, 0, 0xfe, 0xff, ...utf32(text, 'be'))],
      ['little-endian with a byte order mark', bytes(0xff, 0xfe, 0, 0, ...utf32(text, 'le'))],
      ['little-endian without a byte order mark', utf32(text, 'le')],
      ['big-endian without a byte order mark', utf32(text, 'be')],
    ])('refuses UTF-32 %s, naming it', (_, input) => {
      expect(error(input, 'main.xml')).toEqual(refusedAs('UTF-32'));
    });
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
