import hljs from 'highlight.js/lib/core';
import xml from 'highlight.js/lib/languages/xml';
import { boundedMemo } from '../model/boundedMemo';

hljs.registerLanguage('xml', xml);

/**
 * Highlighted markup for one line of the document (highlight.js escapes the text itself).
 * The serializer writes one element per line, so lines highlight correctly on their own; a
 * line inside a multi-line text is at worst coloured as plain text. Lines are kept between
 * edits (an edit usually changes one or two), a bounded number.
 */
export const highlightLine: (line: string) => string = boundedMemo(
  (line) => hljs.highlight(line, { language: 'xml', ignoreIllegals: true }).value,
  20_000,
);
