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
  for (const [name, value] of element.attributes) attributes[name] = xmlAttributeValue(value);
  const node = parent.ele(element.name, attributes);
  if (element.text) node.txt(xmlText(element.text));
  for (const child of element.children) append(node, child);
}
