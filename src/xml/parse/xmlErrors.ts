/**
 * Plain-language explanations of XML errors. The strict parser (saxes) names the rule that was
 * broken; the people importing a document need to know what to change.
 */

const PREDEFINED_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const ONLY_ENTITIES =
  'Only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#160; can be used';

export interface TextProblem {
  readonly index: number;
  readonly message: string;
}

/**
 * The first `&` that XML cannot read, outside comments, CDATA sections and processing
 * instructions, looking no further than `end`. The strict parser reports such an `&` only where
 * it gives up (often at the end of the document), so this finds where the problem really is.
 */
export function findBadReference(text: string, end: number): TextProblem | undefined {
  const markup = /[&<]/g;
  const reference = /&([^\s&;<>"']{0,64});/y;
  let i = 0;
  while (i < end) {
    markup.lastIndex = i;
    const found = markup.exec(text);
    if (!found || found.index >= end) return undefined;
    i = found.index;
    if (found[0] === '<') {
      const skipped = skipMarkup(text, i);
      if (skipped < 0) return undefined;
      i = skipped;
      continue;
    }
    reference.lastIndex = i;
    const name = reference.exec(text)?.[1];
    if (!name) {
      return {
        index: i,
        message:
          'This “&” does not start a character reference. To write an ampersand, write &amp; (for example “R&amp;D”).',
      };
    }
    if (name.startsWith('#')) {
      if (!/^#([0-9]+|x[0-9a-fA-F]+)$/.test(name)) {
        return {
          index: i,
          message: `“&${name};” is not a valid character reference: write &#160; or &#xA0; with digits. To write an ampersand, write &amp;.`,
        };
      }
    } else if (!PREDEFINED_ENTITIES.has(name)) {
      return {
        index: i,
        message: `“&${name};” is an entity XML does not know without a DTD, and DTDs are refused. ${ONLY_ENTITIES}; to write an ampersand, write &amp;.`,
      };
    }
    i = reference.lastIndex;
  }
  return undefined;
}

/** Index just past a comment, CDATA section or processing instruction at `i`; -1 if unended. */
function skipMarkup(text: string, i: number): number {
  const sections: readonly (readonly [string, string])[] = [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
  ];
  for (const [open, close] of sections) {
    if (text.startsWith(open, i)) {
      const endAt = text.indexOf(close, i + open.length);
      return endAt < 0 ? -1 : endAt + close.length;
    }
  }
  // A DOCTYPE is refused on its own; nothing inside it is read.
  if (text.startsWith('<!DOCTYPE', i)) return -1;
  return i + 1;
}

/** Characters XML 1.0 does not allow anywhere, not even escaped. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function findForbiddenCharacter(text: string): TextProblem | undefined {
  const match = NOT_XML_CHAR.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const what =
    code < 0x20
      ? code === 0
        ? `a NUL character (${hex})`
        : `a control character (${hex})`
      : code >= 0xd800 && code <= 0xdfff
        ? `a broken character (half of a UTF-16 pair, ${hex})`
        : `the non-character ${hex}`;
  return {
    index: match.index,
    message: `The document contains ${what}, which XML does not allow anywhere, not even escaped. Remove it and import again.`,
  };
}

export const DOCTYPE_REFUSED =
  'The document has a DOCTYPE declaration. RCML never needs one, and a DOCTYPE can define entities that expand to enormous text or read files from your computer, so documents with one are refused. Delete the <!DOCTYPE …> declaration and import again.';

/** A plain sentence for a saxes error message (without its "line:column: " prefix). */
export function explainXmlError(message: string): string {
  const exact: Record<string, string> = {
    'text data outside of root node.':
      'There is text outside <Response>. Everything in an RCML document goes inside <Response>…</Response>.',
    'documents may contain only one root.':
      'There is a second element after </Response>. An RCML document has one <Response> that holds every verb.',
    'document must contain a root element.': 'The document contains no elements.',
    'unexpected end.': 'The document ends in the middle of a tag, comment or declaration.',
    'unquoted attribute value.':
      'An attribute value is not in quotes. Write values in quotes, for example reason="busy".',
    'attribute without value.':
      'An attribute has no value. Write it as name="value", for example reason="busy".',
    'no whitespace between attributes.': 'Two attributes are not separated by a space.',
    'malformed character entity.':
      'This character reference stands for a character XML does not allow (such as &#0;).',
    'the string "]]>" is disallowed in char data.':
      'The text “]]>” is not allowed in XML text. Write it as ]]&gt;.',
    'malformed comment.': 'A comment is not written correctly: a comment cannot contain “--”.',
    'forward-slash in opening tag not followed by >.':
      'A “/” inside a tag must be followed by “>” (as in <Hangup/>).',
    'weird empty close tag.': 'A closing tag has no name: write </Say>, not </>.',
    'disallowed character.': 'The document contains a character XML does not allow here.',
  };
  const known = exact[message];
  if (known) return known;
  const duplicate = /^duplicate attribute: (.*)\.$/.exec(message);
  if (duplicate) return `The attribute ${duplicate[1]} appears twice on the same element.`;
  if (/tag name|closing tag|attribute name|malformed name/.test(message)) {
    return 'A tag or attribute name contains a character that names cannot have, or a “<” is not followed by a tag name. To write “<” in text, write &lt;.';
  }
  if (/XML declaration|xml declaration|version number|encoding value|standalone/.test(message)) {
    return `The XML declaration at the top (<?xml version="1.0" encoding="UTF-8"?>) is not written correctly: ${message}`;
  }
  if (/processing instruction/.test(message)) {
    return `A processing instruction (<?…?>) is not written correctly: ${message}`;
  }
  return `The document is not well-formed XML: ${message}`;
}
