/**
 * The charset a form or JSON body declares (`Content-Type: …; charset=utf-16le`). UTF-8 is the
 * default and the fast path; any other charset the runtime's TextDecoder knows (the Encoding
 * standard's: UTF-16LE/BE, windows-1252 for every Latin-1 label, Shift_JIS, GBK, …) is decoded;
 * anything else is refused by the caller with 415, never read as UTF-8.
 */

/** The `charset` parameter, unquoted and trimmed; undefined when there is none. */
export function declaredCharset(contentType: string): string | undefined {
  if (!contentType.includes(';')) return undefined;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;]*))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? '').trim() : undefined;
}

export const isUtf8 = (charset: string | undefined): boolean =>
  charset === undefined || /^(?:utf-?8|unicode-1-1-utf-8)$/i.test(charset);

/** A strict decoder for the label, or undefined when this runtime does not read it. */
export function decoderFor(charset: string): TextDecoder | undefined {
  try {
    return new TextDecoder(charset, { fatal: true });
  } catch {
    return undefined;
  }
}

const isHex = (byte: number) =>
  (byte >= 0x30 && byte <= 0x39) ||
  (byte >= 0x41 && byte <= 0x46) ||
  (byte >= 0x61 && byte <= 0x66);
const hexValue = (byte: number) => (byte <= 0x39 ? byte - 0x30 : (byte | 0x20) - 0x57);

/** `+` as a space and `%XX` as the byte XX, as the URL standard's form parser does. */
function unescapeBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    if (byte === 0x2b) out[length++] = 0x20;
    else if (byte === 0x25 && isHex(bytes[i + 1] ?? 0) && isHex(bytes[i + 2] ?? 0)) {
      out[length++] = hexValue(bytes[i + 1]!) * 16 + hexValue(bytes[i + 2]!);
      i += 2;
    } else out[length++] = byte;
  }
  return out.subarray(0, length);
}

/**
 * The fields of an `application/x-www-form-urlencoded` body in `decoder`'s charset, or undefined
 * when the body is not text in it. UTF-16 text is decoded first and its %-escapes read as UTF-8
 * (what browsers send for a UTF-16 page); in the ASCII-based charsets the body is split and
 * unescaped as bytes, then each name and value decoded, so that `%E9` in ISO-8859-1 is "é".
 */
export function formFieldsIn(
  bytes: Uint8Array,
  decoder: TextDecoder,
): [string, string][] | undefined {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return undefined;
  }
  if (decoder.encoding.startsWith('utf-16')) return [...new URLSearchParams(text)];
  // Escapes that are not text in the charset become U+FFFD, as in the URL standard's UTF-8.
  const lenient = new TextDecoder(decoder.encoding);
  const fields: [string, string][] = [];
  for (let start = 0; start < bytes.length;) {
    const found = bytes.indexOf(0x26, start);
    const end = found < 0 ? bytes.length : found;
    const field = bytes.subarray(start, end);
    if (field.length > 0) {
      const equals = field.indexOf(0x3d);
      const name = equals < 0 ? field : field.subarray(0, equals);
      const value = equals < 0 ? field.subarray(field.length) : field.subarray(equals + 1);
      fields.push([lenient.decode(unescapeBytes(name)), lenient.decode(unescapeBytes(value))]);
    }
    start = end + 1;
  }
  return fields;
}
