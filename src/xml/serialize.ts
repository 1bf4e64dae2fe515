import { resolveVerb, type ResolvedVerb } from '../dialects';
import { documentUrl, MAIN_FILE, planDocuments, type DocumentPlan } from '../model/documents';
import { analyzeFlow } from '../model/graph';
import type { DialectId, Flow, FlowNode, NestedElement } from '../model/types';
import type { OutletDef } from '../verbs';
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
  overrides?: FieldOverrides,
): XmlElement {
  // An element the catalog does not know goes back out exactly as it came in.
  if (node.raw) return node.raw;
  return elementOf(node, writingOf(node.verb, dialect), dialect, overrides);
}

function elementOf(
  node: FlowNode | NestedElement,
  { verb, fieldIndex }: VerbWriting,
  dialect: DialectId,
  overrides: FieldOverrides | undefined,
): XmlElement {
  const fields = verb.attributes;
  // The node's own values, by field position. (Looking every catalog field up on the node was
  // slow: most fields are absent, and a missing key is the slowest lookup there is.)
  const values = node.attributes;
  const byField: (string | undefined)[] = new Array<string | undefined>(fields.length);
  // Attributes outside this dialect's catalog (kept from an import) are written as they are,
  // after the others, in the order Object.entries gives them.
  let others: [string, string][] | undefined;
  for (const name in values) {
    if (!Object.hasOwn(values, name)) continue;
    const at = fieldIndex.get(name);
    if (at !== undefined) byField[at] = values[name];
    else (others ??= []).push([name, values[name]!]);
  }
  const attributes: [string, string][] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const value =
      overrides?.[field.name] ??
      byField[i] ??
      (field.alwaysWrite ? field.platformDefault : undefined);
    if (value !== undefined && value !== '') attributes.push([field.xmlName, value]);
  }
  if (others) attributes.push(...others);
  let children: readonly XmlElement[] = NO_CHILDREN;
  if ('children' in node && node.children && node.children.length > 0) {
    const nested: XmlElement[] = [];
    for (const child of node.children) {
      if (child.raw) nested.push(child.raw);
      else {
        const writing = writingOf(child.verb, dialect);
        if (writesElement(writing)) nested.push(elementOf(child, writing, dialect, undefined));
      }
    }
    children = nested;
  }
  const text = overrides?.text ?? node.text;
  return text !== undefined
    ? { name: verb.element, attributes, text, children }
    : { name: verb.element, attributes, children };
}

/** Shared by every element without children (XmlElement lists are read-only). */
const NO_CHILDREN: readonly XmlElement[] = [];

/** A verb as the dialect writes it, with what writing it often needs worked out once. */
interface VerbWriting {
  readonly verb: ResolvedVerb;
  /** Position of each attribute field in `verb.attributes`. */
  readonly fieldIndex: ReadonlyMap<string, number>;
  /** Outlets whose connection fills a field with a document's URL. */
  readonly actionOutlets: readonly OutletDef[];
}

/**
 * resolveVerb builds a `dialect:verb` key on every call; here it is asked once per element, so
 * its answers (which never change at run time) are kept by dialect, then by verb.
 */
const writings = new Map<DialectId, Map<string, VerbWriting>>();

function writingOf(verbId: string, dialect: DialectId): VerbWriting {
  let verbs = writings.get(dialect);
  if (!verbs) writings.set(dialect, (verbs = new Map()));
  let writing = verbs.get(verbId);
  if (!writing) {
    const verb = resolveVerb(verbId, dialect);
    writing = {
      verb,
      fieldIndex: new Map(verb.attributes.map((field, i) => [field.name, i])),
      actionOutlets: verb.def.outlets.filter((outlet) => outlet.kind === 'action'),
    };
    verbs.set(verbId, writing);
  }
  return writing;
}

/**
 * Whether a catalog verb writes an element at all. The "Incoming call" writes none, nor does an
 * unknown verb without its imported element; only a damaged flow file puts them where elements
 * are written (an edge into the start node): they are left out rather than written as `</>`,
 * which is not XML (the writer refuses an empty name).
 */
function writesElement(writing: VerbWriting): boolean {
  return writing.verb.element !== '';
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

  const elements: XmlElement[] = [];
  const nodeIds: string[] = [];
  for (const node of plan.nodes) {
    nodeIds.push(node.id);
    const writing = writingOf(node.verb, flow.dialect);
    if (node.raw) {
      elements.push(node.raw);
      continue;
    }
    if (!writesElement(writing)) continue;
    // Only a verb with an action outlet can have a field a connection fills: only then is the
    // node's connection looked up (a lookup in a map as large as the flow).
    let overrides: Record<string, string> | undefined;
    const connected = writing.actionOutlets.length > 0 ? outgoing.get(node.id) : undefined;
    if (connected) {
      const { def } = writing.verb;
      for (const outlet of writing.actionOutlets) {
        const target = connected.get(outlet.id)?.target;
        const file = target ? fileOf.get(target) : undefined;
        if (!file) continue;
        overrides ??= {};
        for (const field of def.attributes) {
          if (field.outlet === outlet.id) overrides[field.name] = urlOf(file);
        }
        if (def.body?.outlet === outlet.id) overrides.text = urlOf(file);
      }
    }
    elements.push(cachedElementOf(node, writing, flow.dialect, overrides));
  }
  if (plan.continuesIn) {
    elements.push({
      name: REDIRECT_ELEMENT,
      attributes: [],
      text: urlOf(plan.continuesIn),
      children: [],
    });
  }
  return { fileName: plan.fileName, nodeIds, xml: writeDocument(elements) };
}

/**
 * The element each node wrote last time, with what it was written from. An edit replaces one
 * node object; every other node finds its element here, and the writer finds that element's
 * lines in its own cache, so an edit costs the verbs it changed plus a join.
 */
const elements = new WeakMap<
  FlowNode,
  { dialect: DialectId; overrides: string; element: XmlElement }
>();

function cachedElementOf(
  node: FlowNode,
  writing: VerbWriting,
  dialect: DialectId,
  overrides: FieldOverrides | undefined,
): XmlElement {
  const key = overrides ? JSON.stringify(overrides) : '';
  const cached = elements.get(node);
  if (cached && cached.dialect === dialect && cached.overrides === key) return cached.element;
  const element = elementOf(node, writing, dialect, overrides);
  elements.set(node, { dialect, overrides: key, element });
  return element;
}

/** The element that hands a call to another document when a chain runs into it. */
const REDIRECT_ELEMENT = 'Redirect';
