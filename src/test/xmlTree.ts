/** A strict XML reader for tests: any well-formedness error throws. */
import { SaxesParser } from 'saxes';

export interface XmlNode {
  readonly name: string;
  readonly attributes: Record<string, string>;
  /** The element's own character data, concatenated (whitespace included). */
  text: string;
  readonly children: XmlNode[];
}

/** Parses a whole document and returns its root element. DTDs are refused. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('doctype', () => {
    throw new Error('Unexpected DOCTYPE');
  });
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attributes: { ...tag.attributes },
      text: '',
      children: [],
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('cdata', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error('No root element');
  return root;
}

/** The verbs of an RCML document: the children of `<Response>`. */
export function verbsOf(xml: string): XmlNode[] {
  const root = parseXml(xml);
  if (root.name !== 'Response') throw new Error(`Root is <${root.name}>, not <Response>`);
  return root.children;
}

/** The single verb of a one-verb document. */
export function onlyVerb(xml: string): XmlNode {
  const verbs = verbsOf(xml);
  if (verbs.length !== 1) throw new Error(`Expected one verb, found ${verbs.length}`);
  return verbs[0]!;
}
