import { resolveVerb, type ResolvedVerb } from '../dialects';
import {
  documentUrl,
  FlowAnalysis,
  MAIN_FILE,
  type DocumentPlan,
  samePlan,
  type FlowDocuments,
} from '../model/documents';
import type { FlowGraph } from '../model/graph';
import type { DialectId, Flow, FlowNode, NestedElement } from '../schema/flow';
import {
  attributeStart,
  DocumentText,
  endStartTag,
  endTag,
  startTag,
  tagOf,
  type Tag,
  VERB_DEPTH,
  writeAttribute,
  writeAttributes,
  writeElement,
  type AttributeStart,
} from './write';

/** One file the platform fetches. */
export interface RcmlDocument {
  readonly fileName: string;
  readonly xml: string;
}

export const MAIN_DOCUMENT = MAIN_FILE;

/** Values that replace fields when writing: the URLs connected outlets lead to. */
type FieldOverrides = Readonly<Record<string, string>>;

/**
 * The documents a flow exports, `main.xml` first.
 *
 * Without a serializer, this one flow is written on its own, afresh. A caller that follows a
 * flow through its edits (a store, the preview, a benchmark) passes its own FlowSerializer,
 * which keeps each flow's documents (the preview and the download are the same strings) and
 * writes again only the documents an edit changed.
 */
export function serializeFlow(flow: Flow, serializer?: FlowSerializer): readonly RcmlDocument[] {
  return (serializer ?? new FlowSerializer()).serialize(flow);
}

/**
 * Writes flows one after another, remembering the last one written with its graph and plan.
 * When an edit kept its documents as they were planned (no connection or label changed: typing
 * in a field, a drag), a document none of whose nodes changed is the same text as before, and
 * only the edited verb's document is written again (whole documents, not each verb's text: see
 * BENCHMARKS.md).
 *
 * Owned by whoever serializes (one per store): two serializers never see each other's flows.
 * The graph and plan come from the FlowAnalysis it is given (a store shares its own with
 * validation and the canvas), else from one of its own.
 */
export class FlowSerializer {
  readonly analysis: FlowAnalysis;
  #last: LastWritten | undefined;
  /** The documents of each flow written. */
  readonly #written = new WeakMap<Flow, Written>();
  readonly #writings = new Map<DialectId, DialectWritings>();

  constructor(analysis: FlowAnalysis = new FlowAnalysis()) {
    this.analysis = analysis;
  }

  serialize(flow: Flow): readonly RcmlDocument[] {
    if (this.#last?.flow === flow) return this.#last.written.documents;
    const plan = this.analysis.plan(flow);
    let written = this.#written.get(flow);
    if (!written) {
      const graph = this.analysis.graph(flow);
      const before = this.#before(flow, plan);
      written = writeDocuments(flow, graph, plan, before, this.#writingsIn(flow));
      this.#written.set(flow, written);
    }
    this.#last = { flow, plan, written };
    return written.documents;
  }

  /** The flow written last, when its documents are planned as this flow's are. */
  #before(flow: Flow, plan: FlowDocuments): LastWritten | undefined {
    const last = this.#last;
    // The same documents over the same node positions; the dialect and base URL are the rest
    // of what a document's text depends on, besides its own nodes.
    return last &&
      samePlan(last.plan, plan) &&
      last.flow.dialect === flow.dialect &&
      last.flow.baseUrl === flow.baseUrl
      ? last
      : undefined;
  }

  #writingsIn(flow: Flow): DialectWritings {
    let writings = this.#writings.get(flow.dialect);
    if (!writings) this.#writings.set(flow.dialect, (writings = new DialectWritings(flow.dialect)));
    return writings;
  }
}

interface LastWritten {
  readonly flow: Flow;
  readonly plan: FlowDocuments;
  readonly written: Written;
}

interface Written {
  readonly documents: readonly RcmlDocument[];
  /** The URL of each document, as actions and Redirects write it. */
  readonly urls: readonly string[];
}

function writeDocuments(
  flow: Flow,
  graph: FlowGraph,
  plan: FlowDocuments,
  before: LastWritten | undefined,
  writings: DialectWritings,
): Written {
  const { nodes, edges } = flow;
  const { documents: plans, documentAt, decisionAt, order } = plan;
  const unchanged = (plan: DocumentPlan) => {
    for (let k = plan.from; k < plan.to; k++) {
      if (nodes[order[k]!] !== before!.flow.nodes[order[k]!]) return false;
    }
    return true;
  };
  const { outStart, outEnd, outEdges, edgeTarget, actionEdge } = graph.indexed;
  // The same names under the same base URL when the plan carried over.
  const urls =
    before?.written.urls ?? plans.map((plan) => documentUrl(flow.baseUrl, plan.fileName));
  // An action into a decision points at the decision's route on the flow server.
  const urlOf = (i: number): string =>
    documentAt[i]! >= 0
      ? urls[documentAt[i]!]!
      : documentUrl(flow.baseUrl, plan.decisions[decisionAt[i]!]!.name);

  /** The URLs a node's connected action outlets write into its fields. */
  function overridesOf(i: number, writing: VerbWriting): FieldOverrides | undefined {
    let overrides: Record<string, string> | undefined;
    const { def } = writing.verb;
    for (let k = outStart[i]!; k < outEnd[i]!; k++) {
      const e = outEdges[k]!;
      if (!actionEdge[e]) continue;
      const outlet = edges[e]!.outlet;
      if (!writing.actionOutlets.includes(outlet)) continue;
      const url = urlOf(edgeTarget[e]!);
      overrides ??= {};
      for (const field of def.attributes) if (field.outlet === outlet) overrides[field.name] = url;
      if (def.body?.outlet === outlet) overrides.text = url;
    }
    return overrides;
  }

  const documents = plans.map((plan, at): RcmlDocument => {
    if (before && unchanged(plan)) return before.written.documents[at]!;
    const out = new DocumentText();
    for (let k = plan.from; k < plan.to; k++) {
      const i = order[k]!;
      const node = nodes[i]!;
      if (node.raw) {
        writeElement(out, node.raw, VERB_DEPTH);
        continue;
      }
      const writing = writings.of(node.kind);
      if (!writesElement(writing)) continue;
      // Only a verb with an action outlet has fields a connection fills with a document's URL.
      const overrides = writing.actionOutlets.length > 0 ? overridesOf(i, writing) : undefined;
      writeNode(out, node, writing, writings, overrides, VERB_DEPTH);
    }
    if (plan.continuesIn) {
      const redirect = tagOf(REDIRECT_ELEMENT);
      startTag(out, VERB_DEPTH, redirect);
      const url = documentUrl(flow.baseUrl, plan.continuesIn);
      endStartTag(out, VERB_DEPTH, redirect, url, false);
    }
    return { fileName: plan.fileName, xml: out.finish() };
  });
  return { documents, urls };
}

/** The element that hands a call to another document when a chain runs into it. */
const REDIRECT_ELEMENT = 'Redirect';

/**
 * Writes a node (or a nested element) in the dialect's spelling and the catalog's attribute
 * order, straight into the document's pieces.
 */
function writeNode(
  out: DocumentText,
  node: FlowNode | NestedElement,
  writing: ElementWriting,
  writings: DialectWritings,
  overrides: FieldOverrides | undefined,
  depth: number,
): void {
  const { verb, tag, fieldIndex, attributeStarts } = writing;
  const fields = verb.attributes;
  startTag(out, depth, tag);
  // The node's own values, by field position, in a scratch list kept between calls. (Looking
  // every catalog field up on the node was slow: most fields are absent, and a missing key is
  // the slowest lookup there is.)
  const values = node.attributes;
  const byField = writings.scratch;
  // Attributes outside this dialect's catalog (kept from an import) are written as they are,
  // after the others, in the order Object.entries gives them.
  let others: [string, string][] | undefined;
  for (const name in values) {
    if (!Object.hasOwn(values, name)) continue;
    const at = fieldIndex.get(name);
    if (at !== undefined) byField[at] = values[name];
    else (others ??= []).push([name, values[name]!]);
  }
  const listed: [string, string][] | undefined = others && [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const value =
      overrides?.[field.name] ??
      byField[i] ??
      (field.alwaysWrite ? field.platformDefault : undefined);
    byField[i] = undefined;
    if (value === undefined || value === '') continue;
    if (listed) listed.push([field.xmlName, value]);
    else writeAttribute(out, attributeStarts[i]!, value);
  }
  // Only an import brings other attributes, and one may repeat a name written above.
  if (listed) writeAttributes(out, [...listed, ...others!]);

  const children = 'children' in node ? node.children : undefined;
  let hasChildren = false;
  for (const child of children ?? NO_CHILDREN) {
    hasChildren ||= child.raw !== undefined || writesElement(writings.of(child.kind));
  }
  const text = overrides?.text ?? node.text;
  if (endStartTag(out, depth, tag, text, hasChildren)) {
    for (const child of children!) {
      if (child.raw) writeElement(out, child.raw, depth + 1);
      else {
        const written = writings.of(child.kind);
        if (writesElement(written)) writeNode(out, child, written, writings, undefined, depth + 1);
      }
    }
    endTag(out, depth, tag);
  }
}

const NO_CHILDREN: readonly NestedElement[] = [];

/** A verb as the dialect writes it, with what writing it often needs worked out once. */
interface VerbWriting {
  readonly verb: ResolvedVerb;
  /** The element's markup; none for a verb that writes no element (see writesElement). */
  readonly tag: Tag | undefined;
  /** Position of each attribute field in `verb.attributes`. */
  readonly fieldIndex: ReadonlyMap<string, number>;
  /** How each attribute field starts, in the dialect's spelling. */
  readonly attributeStarts: readonly AttributeStart[];
  /** Ids of the outlets whose connection fills a field with a document's URL. */
  readonly actionOutlets: readonly string[];
}

/** A verb that writes an element. */
type ElementWriting = VerbWriting & { readonly tag: Tag };

/**
 * The verbs of one dialect as it writes them. resolveVerb builds a `dialect:verb` key on every
 * call; here it is asked once per verb, and its answers (which never change at run time) kept.
 */
class DialectWritings {
  readonly #verbs = new Map<string, VerbWriting>();
  /** Values by field position for writeNode; every slot is left undefined after use. */
  readonly scratch: (string | undefined)[] = [];

  constructor(private readonly dialect: DialectId) {}

  of(verbId: string): VerbWriting {
    let writing = this.#verbs.get(verbId);
    if (!writing) {
      const verb = resolveVerb(verbId, this.dialect);
      writing = {
        verb,
        tag: verb.element === '' ? undefined : tagOf(verb.element),
        fieldIndex: new Map(verb.attributes.map((field, i) => [field.name, i])),
        attributeStarts: verb.attributes.map((field) => attributeStart(field.xmlName)),
        actionOutlets: verb.def.outlets.filter((o) => o.kind === 'action').map((o) => o.id),
      };
      this.#verbs.set(verbId, writing);
    }
    return writing;
  }
}

/**
 * Whether a catalog verb writes an element at all. The "Incoming call" writes none, nor does an
 * unknown verb without its imported element; only a damaged flow file puts them where elements
 * are written (an edge into the start node): they are left out rather than written as `</>`,
 * which is not XML (the writer refuses an empty name).
 */
function writesElement(writing: VerbWriting): writing is ElementWriting {
  return writing.tag !== undefined;
}
