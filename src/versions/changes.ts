/**
 * What changed between two versions of a flow, in plain words, as the Compare view lists them
 * above the XML diff: "Welcome: text changed", "Blocked callers: +1 415 555 0102 added",
 * "Blocked: removed". Nodes that only moved on the canvas are listed apart, as moves: a move
 * changes no call.
 *
 * Steps are named as the user sees them (their label, else their kind and the start of their
 * text: model/stepName), by their name in the newer version; a removed one by its last name.
 * Sentences follow the flow's node order (the newer version's, then removed nodes), so the
 * list reads top to bottom, the same way every time.
 */
import { getDialect } from '../dialects';
import { stepName } from '../model/stepName';
import type { Flow, FlowNode } from '../schema/flow';
import { connectionDetails, Connections } from './connections';
import { fieldSentences } from './fields';
import { nodeDetails } from './nodeDetails';

/** One change, as a sentence, with the node it is about so a view can point at it. */
export interface FlowChange {
  /** Absent for the flow's own settings (name, dialect, base URL). */
  readonly nodeId?: string;
  readonly sentence: string;
}

export interface FlowChangeList {
  readonly changes: readonly FlowChange[];
  /** Nodes whose only difference is where they sit on the canvas. */
  readonly moves: readonly FlowChange[];
}

/** The plain sentences: nothing changed when both lists are empty. */
export interface FlowChanges {
  changes: string[];
  moves: string[];
}

export function describeChanges(before: Flow, after: Flow): FlowChanges {
  const { changes, moves } = listChanges(before, after);
  return { changes: changes.map((c) => c.sentence), moves: moves.map((m) => m.sentence) };
}

export function listChanges(before: Flow, after: Flow): FlowChangeList {
  if (before === after) return { changes: [], moves: [] };
  const changes: FlowChange[] = flowDetails(before, after).map((sentence) => ({ sentence }));
  const moves: FlowChange[] = [];
  const oldNodes = byId(before.nodes);
  const newNodes = byId(after.nodes);
  const was = new Connections(before);
  const now = new Connections(after);
  const nameOf = (id: string) => stepName(newNodes.get(id) ?? oldNodes.get(id));

  for (const node of newNodes.values()) {
    const old = oldNodes.get(node.id);
    // Named only when something is told: most nodes of a large flow did not change.
    let named: string | undefined;
    const name = () => (named ??= stepName(node));
    const tell = (text: string) =>
      changes.push({ nodeId: node.id, sentence: `${name()}: ${text}` });
    if (!old || old.kind !== node.kind) {
      // The same id for another kind of step (an import) is one step gone and another added.
      if (old) changes.push({ nodeId: old.id, sentence: `${stepName(old)}: removed` });
      tell('added');
      connectionDetails(undefined, node, new Map(), now.from(node.id), nameOf).forEach(tell);
      continue;
    }
    const details = nodeDetails(old, node);
    const connections = connectionDetails(old, node, was.from(node.id), now.from(node.id), nameOf);
    for (const { within, text } of details) {
      if (within) changes.push({ nodeId: node.id, sentence: `${name()}, ${within}: ${text}` });
      else tell(text);
    }
    connections.forEach(tell);
    if (details.length === 0 && connections.length === 0 && moved(old, node)) {
      moves.push({ nodeId: node.id, sentence: `${name()} moved` });
    }
  }
  for (const node of oldNodes.values()) {
    if (newNodes.has(node.id)) continue;
    changes.push({ nodeId: node.id, sentence: `${stepName(node)}: removed` });
  }
  return { changes, moves };
}

/** The flow's own settings. */
function flowDetails(before: Flow, after: Flow): string[] {
  const sentences: string[] = [];
  if (before.name !== after.name) {
    sentences.push(`Flow renamed from “${before.name}” to “${after.name}”`);
  }
  if (before.dialect !== after.dialect) {
    const [from, to] = [getDialect(before.dialect).label, getDialect(after.dialect).label];
    sentences.push(`Dialect changed from ${from} to ${to}`);
  }
  const baseUrl = { name: 'baseUrl', label: 'Base URL', kind: 'url', body: false } as const;
  sentences.push(...fieldSentences(baseUrl, before.baseUrl, after.baseUrl));
  return sentences;
}

/** Nodes by id in flow order; should a file hold an id twice, its first node counts. */
function byId(nodes: readonly FlowNode[]): Map<string, FlowNode> {
  const map = new Map<string, FlowNode>();
  for (const node of nodes) if (!map.has(node.id)) map.set(node.id, node);
  return map;
}

function moved(before: FlowNode, after: FlowNode): boolean {
  return before.position.x !== after.position.x || before.position.y !== after.position.y;
}
