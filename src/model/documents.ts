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

/**
 * fileNameFromLabel, remembered: labels come back on every edit (the whole plan is rebuilt), and
 * normalising and five replacements per labelled document add up. Bounded, to stay small.
 */
const slugs = new Map<string, string>();
const MAX_SLUGS = 5_000;

function slugOf(label: string): string {
  let slug = slugs.get(label);
  if (slug === undefined) {
    if (slugs.size >= MAX_SLUGS) slugs.clear();
    slug = fileNameFromLabel(label);
    slugs.set(label, slug);
  }
  return slug;
}

function buildPlan(flow: Flow): FlowDocuments {
  const { nodeById, outgoing, incoming, reachable } = analyzeFlow(flow);
  const mainFirst = outgoing.get(START_NODE_ID)?.get(NEXT_OUTLET)?.target;

  // Which nodes start a document: the main chain's first verb, action targets, and joins (more
  // than one connection into it from where a call can go). Asked only of the nodes a `next`
  // leads to, so it looks at their incoming edges rather than counting every edge up front.
  const isStart = (id: string, from: FlowNode): boolean => {
    if (id === mainFirst) return true;
    let count = 0;
    for (const edge of incoming.get(id) ?? []) {
      if (!reachable.has(edge.source)) continue;
      count += 1;
      if (count > 1) return true;
      // Usually the one edge in is the `next` the walk came along: its source is at hand.
      const source = edge.source === from.id ? from : nodeById.get(edge.source)!;
      const outlet = findVerb(source.verb)?.outlets.find((o) => o.id === edge.outlet);
      if (outlet?.kind === 'action') return true;
    }
    return false;
  };

  // Walk documents breadth-first from main, so files are listed in the order calls reach them.
  const names = new Map<string, string>();
  const used = new Set<string>([MAIN_FILE]);
  if (mainFirst) names.set(mainFirst, MAIN_FILE);
  const queue: (string | undefined)[] = [mainFirst];
  const queued = new Set<string | undefined>(queue);
  const documents: DocumentPlan[] = [];
  const fileOf = new Map<string, string>();
  // Where each base name's search for a free `-n` suffix resumes (see nameOf).
  const nextSuffix = new Map<string, number>();

  // An index, not queue.shift(): shifting is O(documents) each time.
  for (let head = 0; head < queue.length; head++) {
    const startId = queue[head];
    const fileName = startId ? nameOf(startId) : MAIN_FILE;
    const nodes: FlowNode[] = [];
    let continuesIn: string | undefined;
    let id = startId;
    while (id) {
      const node = nodeById.get(id)!;
      nodes.push(node);
      fileOf.set(id, fileName);
      const outlets = outgoing.get(id);
      // Most verbs have only a `next` connection: nothing to queue then.
      if (outlets && (outlets.size > 1 || !outlets.has(NEXT_OUTLET))) {
        for (const edge of outlets.values()) if (edge.outlet !== NEXT_OUTLET) enqueue(edge.target);
      }
      const next = outlets?.get(NEXT_OUTLET)?.target;
      if (next && isStart(next, node)) {
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
    const base = (node.label && slugOf(node.label)) || node.id;
    name = `${base}.xml`;
    if (used.has(name)) {
      // The first free `-n` from 2. Names are only ever added, so every suffix below the one
      // found last time is still taken: resume there instead of counting from 2 again (which
      // made a label used by many documents quadratic).
      let n = nextSuffix.get(base) ?? 2;
      while (used.has(`${base}-${n}.xml`)) n++;
      name = `${base}-${n}.xml`;
      nextSuffix.set(base, n + 1);
    }
    used.add(name);
    names.set(id, name);
    return name;
  }
}
