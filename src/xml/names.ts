/**
 * What XML can carry as an element or attribute name. The writer refuses any other name, so
 * everything that lets a flow in (flow files, stored flows, pasted verbs, imports) checks names
 * with this same rule first, and repairs or refuses there.
 */

// XML 1.0 Name characters without the colon (NCName), as xmlbuilder2 checked them.
const NAME_START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF' +
  '\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD' +
  '\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
/** A name with at most one colon, neither first nor last (`Say`, `x:Say`, `xml:lang`). */
// The combining marks U+0300–U+036F are name characters in XML, hence the range the rule flags.
export const QUALIFIED_NAME = new RegExp(
  // eslint-disable-next-line no-misleading-character-class
  `^[${NAME_START}][${NAME_CHAR}]*(?::[${NAME_CHAR}]+)?$`,
  'u',
);

/** Whether the writer can write `name` as an element or attribute name. */
export function isXmlName(name: string): boolean {
  return QUALIFIED_NAME.test(name);
}
