/**
 * Where each outlet of a node leads, compared between two versions: "Matches now leads to
 * Blocked", "Otherwise no longer connected". Connections are compared by their ends (source,
 * outlet, target), never by edge id, so a connection made again the same way is no change.
 */
import { nodeOutlets } from '../kinds';
import type { Flow, FlowNode } from '../schema/flow';

/** The flow's connections by source node and outlet. */
export class Connections {
  readonly #from = new Map<string, Map<string, string[]>>();

  constructor(flow: Flow) {
    for (const edge of flow.edges) {
      let outlets = this.#from.get(edge.source);
      if (!outlets) this.#from.set(edge.source, (outlets = new Map()));
      const targets = outlets.get(edge.outlet);
      if (targets) targets.push(edge.target);
      else outlets.set(edge.outlet, [edge.target]);
    }
  }

  /** Outlet id → targets, for one source node (empty when nothing leads out of it). */
  from(source: string): ReadonlyMap<string, readonly string[]> {
    return this.#from.get(source) ?? NONE;
  }
}

const NONE: ReadonlyMap<string, readonly string[]> = new Map();

/**
 * How the connections out of `after` changed since `before` (absent for a node just added,
 * whose connections are new rather than changed), in the order the node shows its outlets.
 */
export function connectionDetails(
  before: FlowNode | undefined,
  after: FlowNode,
  was: ReadonlyMap<string, readonly string[]>,
  now: ReadonlyMap<string, readonly string[]>,
  nameOf: (id: string) => string,
): string[] {
  if (same(was, now)) return [];
  const labels = new Map<string, string>();
  for (const node of before ? [after, before] : [after]) {
    for (const outlet of nodeOutlets(node)) {
      if (!labels.has(outlet.id)) labels.set(outlet.id, outlet.label);
    }
  }
  // Outlets the definitions no longer name (a Menu key taken away) follow, as the edges hold them.
  const outlets = new Set([...labels.keys(), ...was.keys(), ...now.keys()]);
  const leads = before ? 'now leads to' : 'leads to';
  const sentences: string[] = [];
  for (const outlet of outlets) {
    const old = was.get(outlet) ?? [];
    const targets = now.get(outlet) ?? [];
    const label = labels.get(outlet) ?? outlet;
    if (targets.length === 0) {
      if (old.length > 0) sentences.push(`${label} no longer connected`);
      continue;
    }
    for (const target of targets) {
      if (!old.includes(target)) sentences.push(`${label} ${leads} ${nameOf(target)}`);
    }
    // Several targets on one outlet only come from a hand-made file; say when one went.
    if (targets.length > 1 || old.length > 1) {
      for (const target of old) {
        if (!targets.includes(target))
          sentences.push(`${label} no longer leads to ${nameOf(target)}`);
      }
    }
  }
  return sentences;
}

/** Whether every outlet leads where it led (most nodes of a large flow: checked first). */
function same(
  was: ReadonlyMap<string, readonly string[]>,
  now: ReadonlyMap<string, readonly string[]>,
): boolean {
  if (was.size !== now.size) return false;
  for (const [outlet, targets] of now) {
    const old = was.get(outlet);
    if (!old || old.length !== targets.length || targets.some((t, i) => old[i] !== t)) {
      return false;
    }
  }
  return true;
}
