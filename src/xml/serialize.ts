import { resolveVerb } from '../dialects';
import { analyzeFlow } from '../model/graph';
import type { DialectId, Flow, FlowNode, NestedElement } from '../model/types';
import type { XmlElement } from './element';
import { writeDocument } from './write';

/** One file the platform fetches. */
export interface RcmlDocument {
  /** Shown on the preview tab. */
  readonly title: string;
  readonly fileName: string;
  /** Nodes whose verbs this document holds, in order. */
  readonly nodeIds: readonly string[];
  readonly xml: string;
}

export const MAIN_DOCUMENT = 'main.xml';

/** The element a node writes, in the dialect's spelling and the catalog's attribute order. */
export function nodeToElement(node: FlowNode | NestedElement, dialect: DialectId): XmlElement {
  const verb = resolveVerb(node.verb, dialect);
  const attributes: [string, string][] = [];
  for (const field of verb.attributes) {
    const value =
      node.attributes[field.name] ?? (field.alwaysWrite ? field.platformDefault : undefined);
    if (value !== undefined && value !== '') attributes.push([field.xmlName, value]);
  }
  // Attributes outside this dialect's catalog (kept from an import) are written as they are.
  for (const [name, value] of Object.entries(node.attributes)) {
    if (!verb.fields.has(name)) attributes.push([name, value]);
  }
  const children =
    'children' in node && node.children
      ? node.children.map((child) => nodeToElement(child, dialect))
      : [];
  return {
    name: verb.element,
    attributes,
    ...(node.text !== undefined ? { text: node.text } : {}),
    children,
  };
}

const cache = new WeakMap<Flow, readonly RcmlDocument[]>();

/**
 * The documents a flow exports. Memoised per flow object, so the preview and the download are
 * the same string.
 */
export function serializeFlow(flow: Flow): readonly RcmlDocument[] {
  let documents = cache.get(flow);
  if (!documents) {
    documents = [serializeMain(flow)];
    cache.set(flow, documents);
  }
  return documents;
}

function serializeMain(flow: Flow): RcmlDocument {
  const chain = analyzeFlow(flow).mainChain;
  return {
    title: 'main',
    fileName: MAIN_DOCUMENT,
    nodeIds: chain.map((n) => n.id),
    xml: writeDocument(chain.map((node) => nodeToElement(node, flow.dialect))),
  };
}
