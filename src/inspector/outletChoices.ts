/**
 * What an outlet picker offers: the nodes an outlet can lead to, each under a name a person can
 * tell apart from the others ("Sales", `Say “Welcome to…”`, "Reject 2").
 */
import { analyzeFlow, type FlowGraph } from '../model/graph';
import { connectionProblem } from '../model/operations';
import { kindLabel } from '../kinds';
import { START_NODE_ID, START_VERB, type Flow, type FlowNode } from '../schema/flow';
import { excerpt } from '../verbs/summaries';

export interface OutletChoice {
  readonly id: string;
  readonly name: string;
  /**
   * Another outlet of the same verb that leads to this node already ("Then"). A verb leads to a
   * node through one outlet only, so choosing it here would take it from there: it is shown, but
   * cannot be chosen (arrow keys on a picker choose every option they pass).
   */
  readonly takenBy?: string;
}

/** Only the start of a long text can show in a picker; the rest is never read. */
const TEXT_LOOKED_AT = 200;

const isStart = (node: FlowNode) => node.id === START_NODE_ID || node.kind === START_VERB;

/**
 * What a picker remembers between edits, owned by the caller: each node's own name (its label,
 * or its kind and the start of its text; null when only its kind and number can name it) by
 * node object, and the last choices with what they were worked out from. An edit changes one
 * node, so typing in a large flow neither reads every text again nor builds new names when none
 * changed.
 */
export interface NamingMemory {
  readonly ownNames: WeakMap<FlowNode, string | null>;
  last?: { readonly keys: readonly (string | null)[]; readonly choices: ChoicesByNode };
}

export type ChoicesByNode = ReadonlyMap<string, OutletChoice>;

export function namingMemory(): NamingMemory {
  return { ownNames: new WeakMap() };
}

/**
 * A choice for every node but the incoming call, in flow order, each under a name of its own:
 * its label when it has one; else its kind and the start of its text; else its kind, numbered
 * when the flow has several of that kind ("Reject 2" is the flow's second Reject). A name given
 * already gets " (2)", " (3)"…. The very same map as last time when no name changed.
 */
export function nodeChoices(
  nodes: readonly FlowNode[],
  memory: NamingMemory = namingMemory(),
): ChoicesByNode {
  const named = nodes.filter((node) => !isStart(node));
  const keys: (string | null)[] = [];
  for (const node of named) {
    let own = memory.ownNames.get(node);
    if (own === undefined) memory.ownNames.set(node, (own = ownName(node)));
    keys.push(node.id, node.kind, own);
  }
  const { last } = memory;
  if (last && sameKeys(last.keys, keys)) return last.choices;
  const choices = uniqueNames(named, keys);
  memory.last = { keys, choices };
  return choices;
}

function sameKeys(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `keys` holds id, kind and own name of each node, in turn. */
function uniqueNames(nodes: readonly FlowNode[], keys: readonly (string | null)[]): ChoicesByNode {
  const ofKind = new Map<string, number>();
  for (const node of nodes) ofKind.set(node.kind, (ofKind.get(node.kind) ?? 0) + 1);
  const seenOfKind = new Map<string, number>();
  const bases: [string, string][] = nodes.map((node, i) => {
    const ordinal = (seenOfKind.get(node.kind) ?? 0) + 1;
    seenOfKind.set(node.kind, ordinal);
    const kind = kindLabel(node.kind);
    const own = keys[3 * i + 2];
    return [node.id, own ?? (ofKind.get(node.kind)! > 1 ? `${kind} ${ordinal}` : kind)];
  });

  // Every base name is reserved first, so a later " (2)" never takes a name a node has itself.
  const taken = new Set(bases.map(([, base]) => base));
  const given = new Set<string>();
  // Where the search for a free " (n)" resumes for each name: the ones below are given already,
  // so a thousand Says that read the same are named in one pass, not a thousand.
  const nextSuffix = new Map<string, number>();
  const choices = new Map<string, OutletChoice>();
  for (const [id, base] of bases) {
    let name = base;
    if (given.has(name)) {
      let n = nextSuffix.get(base) ?? 2;
      while (given.has(`${base} (${n})`) || taken.has(`${base} (${n})`)) n++;
      name = `${base} (${n})`;
      nextSuffix.set(base, n + 1);
    }
    given.add(name);
    choices.set(id, { id, name });
  }
  return choices;
}

function ownName(node: FlowNode): string | null {
  const label = node.label?.trim();
  if (label) return label;
  const text = excerpt(node.text?.slice(0, TEXT_LOOKED_AT), '');
  return text ? `${kindLabel(node.kind)} ${text}` : null;
}

/**
 * The nodes an outlet can lead to, in flow order: never the incoming call or the node itself,
 * nor a node the model refuses to connect (`connectionProblem`). The node the outlet leads to now
 * is always offered, so the picker can show it. `takenBy` names, by target, the other outlets of
 * the source that lead there.
 *
 * The model is asked once per kind of target: beyond the start and the node itself, whether a
 * connection is allowed depends on the source, the outlet and the target's kind. Asking for each
 * of 5,000 targets took seconds for a Menu (its outlets are read from its keys on every call);
 * outletChoices.test.ts checks that the answer is the same as asking for each.
 */
export function outletChoices(
  flow: Flow,
  choicesByNode: ChoicesByNode,
  source: string,
  outlet: string,
  current: string | undefined,
  takenBy: ReadonlyMap<string, string> = new Map(),
  graph: FlowGraph = analyzeFlow(flow),
): OutletChoice[] {
  const refusedKind = new Map<string, boolean>();
  const choices: OutletChoice[] = [];
  for (const node of flow.nodes) {
    if (node.id !== current) {
      if (node.id === source || isStart(node)) continue;
      let refused = refusedKind.get(node.kind);
      if (refused === undefined) {
        refused = connectionProblem(flow, source, outlet, node.id, graph) !== undefined;
        refusedKind.set(node.kind, refused);
      }
      if (refused) continue;
    }
    const choice = choicesByNode.get(node.id) ?? { id: node.id, name: node.id };
    const taken = node.id === current ? undefined : takenBy.get(node.id);
    choices.push(taken === undefined ? choice : { ...choice, takenBy: taken });
  }
  return choices;
}

/** Whether two choice lists read the same (so a picker can keep the options it rendered). */
export function sameChoices(a: readonly OutletChoice[], b: readonly OutletChoice[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x.id !== y.id || x.name !== y.name || x.takenBy !== y.takenBy) return false;
  }
  return true;
}
