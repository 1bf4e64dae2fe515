/** Escaping for XML text and attribute values: the one way user text reaches a document. */

/*
 * One pass that both cleans and escapes (for text, the same result as sanitize.ts's xmlText
 * followed by escaping): characters XML 1.0 cannot carry (C0 controls but tab, LF and CR; lone surrogates;
 * U+FFFE, U+FFFF) are left out; CR LF and a lone CR become LF in text (a parser reads them so);
 * in attribute values tab, LF and CR are written as character references (`&#9;`, `&#10;`,
 * `&#13;`), the only way they survive a parser, which turns them into spaces when written as
 * they are (an imported `a="x&#10;y"` exports unchanged); `&`, `<` and `>` are escaped
 * everywhere and `"` in attribute values. Every `&` is escaped, even one that starts
 * something entity-shaped (`&amp;`, `&#60;`): it is the user's text, not markup.
 *
 * Most values need none of this: one native regex search finds that out (a loop over the
 * characters in JavaScript took twice as long), and the value is used as it is. Otherwise the
 * loop copies runs of plain characters in slices.
 */
// Control characters are exactly what these look for.
/* eslint-disable no-control-regex */
const SPECIAL_IN_TEXT = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const SPECIAL_IN_ATTRIBUTE =
  /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */

export function escapeText(value: string): string {
  const first = value.search(SPECIAL_IN_TEXT);
  return first < 0 ? value : escapeFrom(value, first, false);
}

export function escapeAttribute(value: string): string {
  const first = value.search(SPECIAL_IN_ATTRIBUTE);
  return first < 0 ? value : escapeFrom(value, first, true);
}

function escapeFrom(value: string, first: number, attribute: boolean): string {
  let out = value.slice(0, first);
  let start = first;
  // Just after a CR: an LF that follows it (once left-out characters are gone) belongs to it.
  let afterCr = false;
  const length = value.length;
  for (let i = first; i < length; i++) {
    const c = value.charCodeAt(i);
    // From `?` up to the surrogates nothing needs escaping: most letters end here.
    if (c >= 0x3f && c < 0xd800) {
      afterCr = false;
      continue;
    }
    let replacement: string;
    if (c === 0x26) replacement = '&amp;';
    else if (c === 0x3c) replacement = '&lt;';
    else if (c === 0x3e) replacement = '&gt;';
    else if (c === 0x22 && attribute) replacement = '&quot;';
    else if (attribute && (c === 0x09 || c === 0x0a || c === 0x0d)) replacement = `&#${c};`;
    else if (c === 0x0d) replacement = '\n';
    else if (c === 0x0a && afterCr) replacement = '';
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(value, i + 1)) {
      // A surrogate pair: one character, kept.
      i++;
      afterCr = false;
      continue;
    } else if (c < 0x20 ? c !== 0x0a && c !== 0x09 : c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe)) {
      // Left out; a CR before it still joins an LF after it.
      if (i > start) out += value.slice(start, i);
      start = i + 1;
      continue;
    } else {
      afterCr = false;
      continue;
    }
    if (i > start) out += value.slice(start, i);
    out += replacement;
    start = i + 1;
    afterCr = c === 0x0d;
  }
  return start < length ? out + value.slice(start) : out;
}

function isLowSurrogate(value: string, index: number): boolean {
  const c = value.charCodeAt(index);
  return c >= 0xdc00 && c <= 0xdfff;
}
