import hljs from 'highlight.js/lib/core';
import xml from 'highlight.js/lib/languages/xml';

hljs.registerLanguage('xml', xml);

/** Highlighted lines kept between edits; an edit usually changes one or two lines. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/**
 * Highlighted markup for one line of the document (highlight.js escapes the text itself).
 * The serializer writes one element per line, so lines highlight correctly on their own; a
 * line inside a multi-line text is at worst coloured as plain text.
 */
export function highlightLine(line: string): string {
  let html = cache.get(line);
  if (html === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    html = hljs.highlight(line, { language: 'xml', ignoreIllegals: true }).value;
    cache.set(line, html);
  }
  return html;
}
