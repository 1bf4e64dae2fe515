import hljs from 'highlight.js/lib/core';
import xml from 'highlight.js/lib/languages/xml';

hljs.registerLanguage('xml', xml);

/** Highlighted markup for an XML text; highlight.js escapes the text itself. */
export function highlightXml(text: string): string {
  return hljs.highlight(text, { language: 'xml', ignoreIllegals: true }).value;
}
