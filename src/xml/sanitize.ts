// Characters XML 1.0 cannot carry at all, even escaped (C0 controls but tab, CR, LF; lone
// surrogates; U+FFFE/U+FFFF). A writer that passed them through would produce a broken document.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function hasNonXmlCharacters(value: string): boolean {
  NOT_XML_CHAR.lastIndex = 0;
  return NOT_XML_CHAR.test(value);
}

/** Element text as a parser will read it back: no impossible characters, LF line ends. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/\r\n?/g, '\n');
}
