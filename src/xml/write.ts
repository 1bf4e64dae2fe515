import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { XmlElement } from './element';
import { xmlAttributeValue, xmlText } from './sanitize';

export const ROOT_ELEMENT = 'Response';

/**
 * Writes one RCML document: UTF-8 declaration, `<Response>` root, two-space indentation.
 * xmlbuilder2 does all escaping; nothing here concatenates user text into markup.
 */
export function writeDocument(verbs: readonly XmlElement[]): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(ROOT_ELEMENT);
  for (const verb of verbs) append(root, verb);
  return `${root.end({ prettyPrint: true, indent: '  ' })}\n`;
}

function append(parent: XMLBuilder, element: XmlElement): void {
  const attributes: Record<string, string> = {};
  for (const [name, value] of element.attributes) {
    const clean = xmlAttributeValue(value);
    if (clean !== '') attributes[name] = ampersandsAsEntities(clean);
  }
  const node = parent.ele(element.name, attributes);
  const text = element.text === undefined ? '' : xmlText(element.text);
  if (text) node.txt(ampersandsAsEntities(text));
  for (const child of element.children) append(node, child);
}

/**
 * xmlbuilder2 escapes `<`, `>` and `"`, but deliberately leaves an `&` that starts something
 * entity-shaped (`&copy;`, `&#65;`), so "R&D;" or "&amp;" typed by a user would come back
 * changed, or not parse at all. Turning every `&` into `&amp;` first gives it only `&amp;`
 * sequences, which it writes as they are: every user `&` reaches the file escaped once.
 */
function ampersandsAsEntities(value: string): string {
  return value.replace(/&/g, '&amp;');
}
