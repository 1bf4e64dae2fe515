/**
 * Documents are derived, never drawn: `main.xml` holds the chain from the incoming call, and
 * every node an action outlet points at starts another document, as does any node reached from
 * two places (a join). A chain that runs into another document's first node ends with a
 * Redirect to it.
 */
import { findVerb } from '../verbs';
import { analyzeFlow } from './graph';
import { NEXT_OUTLET, START_NODE_ID, type Flow, type FlowNode } from './types';

export const MAIN_FILE = 'main.xml';

export interface DocumentPlan {
  readonly fileName: string;
  /** The first node, absent for an empty main document. */
  readonly startId?: string;
  readonly nodes: readonly FlowNode[];
  /** File the document continues in through a Redirect written after its last verb. */
  readonly continuesIn?: string;
}

export interface FlowDocuments {
  /** `main.xml` first, then in the order a caller could reach them. */
  readonly documents: readonly DocumentPlan[];
  /** Which document holds each exported node. */
  readonly fileOf: ReadonlyMap<string, string>;
}

const cache = new WeakMap<Flow, FlowDocuments>();

export function planDocuments(flow: Flow): FlowDocuments {
  let plan = cache.get(flow);
  if (!plan) {
    plan = buildPlan(flow);
    cache.set(flow, plan);
  }
  return plan;
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

function buildPlan(flow: Flow): FlowDocuments {
  const { nodeById, outgoing, reachable } = analyzeFlow(flow);
  const mainFirst = outgoing.get(START_NODE_ID)?.get(NEXT_OUTLET)?.target;

  // Which nodes start a document: the main chain's first verb, action targets, and joins.
  const incoming = new Map<string, number>();
  const actionTargets = new Set<string>();
  for (const edge of flow.edges) {
    if (!reachable.has(edge.source) || !nodeById.has(edge.target)) continue;
    incoming.set(edge.target, (incoming.get(edge.target) ?? 0) + 1);
    const source = nodeById.get(edge.source)!;
    const outlet = findVerb(source.verb)?.outlets.find((o) => o.id === edge.outlet);
    if (outlet?.kind === 'action') actionTargets.add(edge.target);
  }
  const isStart = (id: string) =>
    id === mainFirst || actionTargets.has(id) || (incoming.get(id) ?? 0) > 1;

  // Walk documents breadth-first from main, so files are listed in the order calls reach them.
  const names = new Map<string, string>();
  const used = new Set<string>([MAIN_FILE]);
  if (mainFirst) names.set(mainFirst, MAIN_FILE);
  const queue: (string | undefined)[] = [mainFirst];
  const queued = new Set<string | undefined>(queue);
  const documents: DocumentPlan[] = [];
  const fileOf = new Map<string, string>();

  while (queue.length > 0) {
    const startId = queue.shift();
    const fileName = startId ? nameOf(startId) : MAIN_FILE;
    const nodes: FlowNode[] = [];
    let continuesIn: string | undefined;
    let id = startId;
    while (id) {
      const node = nodeById.get(id)!;
      nodes.push(node);
      fileOf.set(id, fileName);
      for (const edge of outgoing.get(id)?.values() ?? []) {
        if (edge.outlet !== NEXT_OUTLET) enqueue(edge.target);
      }
      const next = outgoing.get(id)?.get(NEXT_OUTLET)?.target;
      if (next && isStart(next)) {
        continuesIn = nameOf(next);
        enqueue(next);
        break;
      }
      id = next;
    }
    documents.push({
      fileName,
      ...(startId ? { startId } : {}),
      nodes,
      ...(continuesIn ? { continuesIn } : {}),
    });
  }
  return { documents, fileOf };

  function enqueue(id: string): void {
    if (queued.has(id)) return;
    queued.add(id);
    nameOf(id);
    queue.push(id);
  }

  function nameOf(id: string): string {
    let name = names.get(id);
    if (name) return name;
    const node = nodeById.get(id)!;
    const base = (node.label && fileNameFromLabel(node.label)) || node.id;
    name = `${base}.xml`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.xml`;
    used.add(name);
    names.set(id, name);
    return name;
  }
}
