import { resolveVerb } from '../dialects';
import { documentUrl, MAIN_FILE, planDocuments, type DocumentPlan } from '../model/documents';
import { analyzeFlow } from '../model/graph';
import type { DialectId, Flow, FlowNode, NestedElement } from '../model/types';
import { getVerb } from '../verbs';
import type { XmlElement } from './element';
import { writeDocument } from './write';

/** One file the platform fetches. */
export interface RcmlDocument {
  readonly fileName: string;
  /** Nodes whose verbs this document holds, in order. */
  readonly nodeIds: readonly string[];
  readonly xml: string;
}

export const MAIN_DOCUMENT = MAIN_FILE;

/** Values that replace fields when writing: the URLs connected outlets lead to. */
type FieldOverrides = Readonly<Record<string, string>>;

/** The element a node writes, in the dialect's spelling and the catalog's attribute order. */
export function nodeToElement(
  node: FlowNode | NestedElement,
  dialect: DialectId,
  overrides: FieldOverrides = {},
): XmlElement {
  // An element the catalog does not know goes back out exactly as it came in.
  if (node.raw) return node.raw;
  const verb = resolveVerb(node.verb, dialect);
  const attributes: [string, string][] = [];
  for (const field of verb.attributes) {
    const value =
      overrides[field.name] ??
      node.attributes[field.name] ??
      (field.alwaysWrite ? field.platformDefault : undefined);
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
  const text = overrides.text ?? node.text;
  return {
    name: verb.element,
    attributes,
    ...(text !== undefined ? { text } : {}),
    children,
  };
}

const cache = new WeakMap<Flow, readonly RcmlDocument[]>();

/**
 * The documents a flow exports, `main.xml` first. Memoised per flow object, so the preview and
 * the download are the same strings.
 */
export function serializeFlow(flow: Flow): readonly RcmlDocument[] {
  let documents = cache.get(flow);
  if (!documents) {
    documents = planDocuments(flow).documents.map((plan) => serializeDocument(flow, plan));
    cache.set(flow, documents);
  }
  return documents;
}

function serializeDocument(flow: Flow, plan: DocumentPlan): RcmlDocument {
  const { fileOf } = planDocuments(flow);
  const { outgoing } = analyzeFlow(flow);
  const urlOf = (file: string) => documentUrl(flow.baseUrl, file);

  const elements = plan.nodes.map((node) => {
    const def = getVerb(node.verb);
    const overrides: Record<string, string> = {};
    for (const outlet of def.outlets) {
      const target = outgoing.get(node.id)?.get(outlet.id)?.target;
      const file = target && outlet.kind === 'action' ? fileOf.get(target) : undefined;
      if (!file) continue;
      for (const field of def.attributes) {
        if (field.outlet === outlet.id) overrides[field.name] = urlOf(file);
      }
      if (def.body?.outlet === outlet.id) overrides.text = urlOf(file);
    }
    return nodeToElement(node, flow.dialect, overrides);
  });
  if (plan.continuesIn) {
    elements.push({
      name: REDIRECT_ELEMENT,
      attributes: [],
      text: urlOf(plan.continuesIn),
      children: [],
    });
  }
  return {
    fileName: plan.fileName,
    nodeIds: plan.nodes.map((n) => n.id),
    xml: writeDocument(elements),
  };
}

/** The element that hands a call to another document when a chain runs into it. */
const REDIRECT_ELEMENT = 'Redirect';
