/**
 * Documents are derived, never drawn: `main.xml` holds the chain from the incoming call, and
 * every node an action outlet points at starts another document, as does any node reached from
 * two places (a join). A chain that runs into another document's first node ends with a
 * Redirect to it.
 *
 * Decisions are in no document: each is a route of the flow server (`/<name>`), and each of its
 * outlets starts a document (or leads to another decision). Whatever leads into a decision (the
 * incoming call, a chain's Redirect, an action) points at its route.
 */
import { findVerb } from '../verbs';
import { boundedMemo } from './boundedMemo';
import { analyzeFlow, sameIdsAndEdges, type FlowGraph } from './graph';
import { findKind, nodeOutlets } from '../kinds';
import type { Flow, FlowNode } from '../schema/flow';

export const MAIN_FILE = 'main.xml';

export interface DocumentPlan {
  readonly fileName: string;
  /** The first node, undefined for an empty main document. */
  readonly startId: string | undefined;
  /** The document's verbs, in order. */
  readonly nodes: readonly FlowNode[];
  /** Where those verbs are in `flow.nodes`: `order[from]` up to `order[to - 1]` of the plan. */
  readonly from: number;
  readonly to: number;
  /** File the document continues in through a Redirect written after its last verb. */
  readonly continuesIn: string | undefined;
}

/** A decision the flow server takes, at its own route. */
export interface DecisionPlan {
  /** The decision node. */
  readonly node: FlowNode;
  /** Route name: served at `/<name>`; actions and Redirects into the decision point there. */
  readonly name: string;
  /** Outlet id → the file name of the document, or the name of the decision, it leads to. */
  readonly outlets: Readonly<Record<string, string>>;
}

export interface FlowDocuments {
  /** The flow planned. */
  readonly flow: Flow;
  /**
   * `main.xml` first (unless the incoming call goes straight into a decision), then in the order
   * a caller could reach them.
   */
  readonly documents: readonly DocumentPlan[];
  /** Decisions a call can reach, in the order it could reach them. */
  readonly decisions: readonly DecisionPlan[];
  /** Where the incoming call starts: `main.xml`, or the name of the decision it goes into. */
  readonly entry: string;
  /** The file that holds a node, or the route name of a decision, for nodes that are exported. */
  fileOf(nodeId: string): string | undefined;
  /** By node position: which of `documents` holds the node, or -1. */
  readonly documentAt: Int32Array;
  /** By node position: which of `decisions` the node is, or -1. */
  readonly decisionAt: Int32Array;
  /** Positions in `flow.nodes` of every exported node, document after document. */
  readonly order: Int32Array;
}

/**
 * The documents of a flow, planned afresh: nothing is kept here (a FlowAnalysis keeps them).
 * Given the plan of the flow it was edited from, the plan carries over when the edit changed no
 * node id, connection or label (typing in a field, a drag).
 */
export function planDocuments(
  flow: Flow,
  previous?: FlowDocuments,
  graph: FlowGraph = analyzeFlow(flow),
  slugOf: (label: string) => string = fileNameFromLabel,
): FlowDocuments {
  return previous && sameIdsAndEdges(previous.flow, flow) && sameLabels(previous.flow, flow)
    ? replan(previous, flow, graph)
    : buildPlan(flow, graph, slugOf);
}

/**
 * The graph and the plan of each flow an owner asked about (a store, a serializer, a validation
 * run), so that everyone it passes them to shares one; and the flow it looked at last, so that
 * the next flow, usually one edit away, reuses its graph and plan. Owned and passed in: two
 * owners never see each other's flows, and nothing derived from a flow is kept at module level.
 */
export class FlowAnalysis {
  readonly #graphs = new WeakMap<Flow, FlowGraph>();
  readonly #plans = new WeakMap<Flow, FlowDocuments>();
  #graph: FlowGraph | undefined;
  #plan: FlowDocuments | undefined;
  /**
   * fileNameFromLabel, remembered: labels come back on every edit (the whole plan is rebuilt),
   * and normalising and five replacements per labelled document add up.
   */
  readonly #slugOf = boundedMemo(fileNameFromLabel, 5_000);

  graph(flow: Flow): FlowGraph {
    if (this.#graph?.flow === flow) return this.#graph;
    let graph = this.#graphs.get(flow);
    if (!graph) this.#graphs.set(flow, (graph = analyzeFlow(flow, this.#graph)));
    this.#graph = graph;
    return graph;
  }

  plan(flow: Flow): FlowDocuments {
    if (this.#plan?.flow === flow) return this.#plan;
    let plan = this.#plans.get(flow);
    if (!plan) {
      plan = planDocuments(flow, this.#plan, this.graph(flow), this.#slugOf);
      this.#plans.set(flow, plan);
    }
    this.#plan = plan;
    return plan;
  }
}

/**
 * Whether two plans hold the same documents over the same node positions: one carried over from
 * the other, or both made from flows with the same node ids, connections and labels (planning
 * is deterministic, so those plan alike even when made apart).
 */
export function samePlan(before: FlowDocuments, after: FlowDocuments): boolean {
  return (
    before.order === after.order ||
    (sameIdsAndEdges(before.flow, after.flow) && sameLabels(before.flow, after.flow))
  );
}

/** Labels name documents; node ids (the other names) are the same when the graph carried over. */
function sameLabels(before: Flow, after: Flow): boolean {
  for (let i = 0; i < after.nodes.length; i++) {
    const node = after.nodes[i]!;
    if (node !== before.nodes[i] && node.label !== before.nodes[i]!.label) return false;
  }
  return true;
}

/** The same documents and decisions, over the new flow's nodes. */
function replan(before: FlowDocuments, flow: Flow, graph: FlowGraph): FlowDocuments {
  const documents = before.documents.map(
    (d) =>
      new Document(flow.nodes, before.order, d.fileName, d.startId, d.from, d.to, d.continuesIn),
  );
  const decisions = before.decisions.map((d) => ({
    ...d,
    node: flow.nodes[graph.indexOf(d.node.id)]!,
  }));
  return documentsPlan(flow, { ...before, documents, decisions }, graph);
}

type PlanParts = Pick<
  FlowDocuments,
  'documents' | 'decisions' | 'entry' | 'documentAt' | 'decisionAt' | 'order'
>;

function documentsPlan(flow: Flow, parts: PlanParts, graph: FlowGraph): FlowDocuments {
  const { documents, decisions, entry, documentAt, decisionAt, order } = parts;
  return {
    flow,
    documents,
    decisions,
    entry,
    documentAt,
    decisionAt,
    order,
    fileOf(nodeId) {
      const i = graph.indexOf(nodeId);
      if (i < 0) return undefined;
      if (documentAt[i]! >= 0) return documents[documentAt[i]!]!.fileName;
      return decisionAt[i]! >= 0 ? decisions[decisionAt[i]!]!.name : undefined;
    },
  };
}

/** The URL an action or Redirect writes for a document, relative to the flow's base URL. */
export function documentUrl(baseUrl: string, fileName: string): string {
  const base = baseUrl.trim();
  if (!base) return fileName;
  return base.endsWith('/') ? `${base}${fileName}` : `${base}/${fileName}`;
}

/** A file name from a label: lower case, letters, digits and dashes. */
export function fileNameFromLabel(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug;
}

function buildPlan(flow: Flow, graph: FlowGraph, slugOf: (label: string) => string): FlowDocuments {
  const { start, next, outStart, outEnd, outEdges, edgeTarget, actionEdge, reachable } =
    graph.indexed;
  const { nodes, edges } = flow;
  const mainFirst = start >= 0 ? next[start]! : -1;
  const isDecision = new Uint8Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) if (findKind(nodes[i]!.kind)?.decision) isDecision[i] = 1;

  // A node starts a document when it is the main chain's first verb, the target of an action
  // outlet (any outlet but `next` leads to a document the platform fetches, a decision's too),
  // or a join: more than one connection into it from where a call can go. Counting stops at two.
  const into = new Uint8Array(nodes.length);
  const actionTarget = new Uint8Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    if (!reachable[i]) continue;
    for (let k = outStart[i]!; k < outEnd[i]!; k++) {
      const e = outEdges[k]!;
      const target = edgeTarget[e]!;
      if (into[target]! < 2) into[target]! += 1;
      if (actionEdge[e]) actionTarget[target] = 1;
    }
  }
  // A chain that runs into a decision hands the call to the decision's route, as to a document.
  const isStart = (i: number) =>
    i === mainFirst || into[i] === 2 || actionTarget[i] === 1 || isDecision[i] === 1;

  // Walk documents breadth-first from main, so files are listed in the order calls reach them.
  // Typed arrays rather than an array per document: at 10,000 verbs the plan is rebuilt on every
  // edit, and a few thousand small arrays were most of what it allocated.
  const names = new Array<string | undefined>(nodes.length);
  const used = new Set<string>([MAIN_FILE]);
  const mainIsDocument = mainFirst < 0 || !isDecision[mainFirst];
  if (mainFirst >= 0 && mainIsDocument) names[mainFirst] = MAIN_FILE;
  const queue = new Int32Array(nodes.length + 1);
  let queueEnd = 0;
  queue[queueEnd++] = mainFirst;
  const queued = new Uint8Array(nodes.length);
  if (mainFirst >= 0) queued[mainFirst] = 1;
  const documents: DocumentPlan[] = [];
  const decisions: DecisionPlan[] = [];
  const documentAt = new Int32Array(nodes.length).fill(-1);
  const decisionAt = new Int32Array(nodes.length).fill(-1);
  const order = new Int32Array(nodes.length);
  let written = 0;
  // Where each base name's search for a free `-n` suffix resumes (see nameOf).
  const nextSuffix = new Map<string, number>();

  for (let head = 0; head < queueEnd; head++) {
    const first = queue[head]!;
    if (first >= 0 && isDecision[first]) {
      planDecision(first);
      continue;
    }
    const fileName = first >= 0 ? nameOf(first) : MAIN_FILE;
    const from = written;
    let continuesIn: string | undefined;
    for (let i = first; i >= 0;) {
      order[written++] = i;
      documentAt[i] = documents.length;
      for (let k = outStart[i]!; k < outEnd[i]!; k++) {
        const e = outEdges[k]!;
        if (actionEdge[e]) enqueue(edgeTarget[e]!);
      }
      const after = next[i]!;
      if (after >= 0 && isStart(after)) {
        continuesIn = nameOf(after);
        enqueue(after);
        break;
      }
      i = after;
    }
    const startId = first >= 0 ? nodes[first]!.id : undefined;
    documents.push(new Document(nodes, order, fileName, startId, from, written, continuesIn));
  }
  const entry = mainIsDocument ? MAIN_FILE : nameOf(mainFirst);
  const parts = { documents, decisions, entry, documentAt, decisionAt, order };
  return documentsPlan(flow, parts, graph);

  function planDecision(i: number): void {
    const outlets: Record<string, string> = {};
    for (let k = outStart[i]!; k < outEnd[i]!; k++) {
      const e = outEdges[k]!;
      const target = edgeTarget[e]!;
      outlets[edges[e]!.outlet] = nameOf(target, i, edges[e]!.outlet);
      enqueue(target);
    }
    decisionAt[i] = decisions.length;
    decisions.push({ node: nodes[i]!, name: nameOf(i), outlets });
  }

  /** The name the first verb of a document's chain gives what it does, if one does. */
  function whatItDoes(first: number): string | undefined {
    for (let i = first, steps = 0; i >= 0 && steps < nodes.length; steps++) {
      const named = findVerb(nodes[i]!.kind)?.documentName;
      if (named) return named;
      i = next[i]!;
      if (i >= 0 && isStart(i)) return undefined;
    }
    return undefined;
  }

  function enqueue(i: number): void {
    if (queued[i]) return;
    queued[i] = 1;
    nameOf(i);
    queue[queueEnd++] = i;
  }

  /**
   * A node's document file name, or a decision's route name. An unlabelled decision is named
   * after its kind ("check-hours"); an unlabelled document a decision's outlet alone starts,
   * after the branch ("closed.xml"); one reached from several places, for what it does
   * ("voicemail.xml", from its verbs' definitions), else after its first node's id.
   */
  function nameOf(i: number, decision?: number, outlet?: string): string {
    let name = names[i];
    if (name) return name;
    const node = nodes[i]!;
    const kind = isDecision[i] ? findKind(node.kind)?.decision : undefined;
    const branch =
      decision === undefined || kind || into[i] === 2
        ? undefined
        : outletLabel(nodes[decision]!, outlet!);
    const base =
      (node.label && slugOf(node.label)) ||
      (kind && slugOf(kind.label)) ||
      (branch && slugOf(branch)) ||
      (!kind && into[i] === 2 && whatItDoes(i)) ||
      node.id;
    const extension = kind ? '' : '.xml';
    name = `${base}${extension}`;
    if (used.has(name)) {
      // The first free `-n` from 2. Names are only ever added, so every suffix below the one
      // found last time is still taken: resume there instead of counting from 2 again (which
      // made a label used by many documents quadratic).
      const key = `${base}${extension}`;
      let n = nextSuffix.get(key) ?? 2;
      while (used.has(`${base}-${n}${extension}`)) n++;
      name = `${base}-${n}${extension}`;
      nextSuffix.set(key, n + 1);
    }
    used.add(name);
    names[i] = name;
    return name;
  }
}

/** The label of a decision's outlet ("Closed", "Key 1"), for naming what it leads to. */
function outletLabel(node: FlowNode, outlet: string): string | undefined {
  return nodeOutlets(node).find((o) => o.id === outlet)?.label;
}

class Document implements DocumentPlan {
  #nodes: readonly FlowNode[] | undefined;

  constructor(
    private readonly flowNodes: readonly FlowNode[],
    private readonly order: Int32Array,
    readonly fileName: string,
    readonly startId: string | undefined,
    readonly from: number,
    readonly to: number,
    readonly continuesIn: string | undefined,
  ) {}

  /** Built on first use: the export reads positions, and only a few rules read nodes. */
  get nodes(): readonly FlowNode[] {
    this.#nodes ??= Array.from(this.order.subarray(this.from, this.to), (i) => this.flowNodes[i]!);
    return this.#nodes;
  }
}
