/**
 * What every layer asks of a node whatever its kind: a verb from the verb catalog (src/verbs), a
 * decision from the decision catalog (src/decisions), or a note (src/notes). A node's `verb`
 * names one of them; the catalogs never share a name.
 */
import { decisionOutlets, findDecision, type DecisionDef } from '../decisions';
import { findNote, isNoteKind } from '../notes';
import { findVerb } from '../verbs';
import type { FlowNode } from '../schema/flow';

/** An outlet of a node, verb or decision, as the canvas, the inspector and connections see it. */
export interface NodeOutlet {
  readonly id: string;
  readonly label: string;
  /**
   * `next` continues the same document; `action` leads to a document the platform fetches;
   * `branch` is a decision's outcome: the flow server answers with the document it leads to.
   */
  readonly kind: 'next' | 'action' | 'branch';
  readonly help?: string;
}

type NodeFields = Pick<FlowNode, 'kind' | 'attributes'>;

/** The decision definition of a node, or undefined for a verb. */
export function decisionOf(node: Pick<FlowNode, 'kind'>): DecisionDef | undefined {
  return findDecision(node.kind);
}

export function isDecisionNode(node: Pick<FlowNode, 'kind'>): boolean {
  return findDecision(node.kind) !== undefined;
}

/** A note: text on the canvas that no call runs, no document holds and no connection reaches. */
export function isNoteNode(node: Pick<FlowNode, 'kind'>): boolean {
  return isNoteKind(node.kind);
}

/**
 * A decision's outlets by its fields object: a Menu's are read from its keys, and pickers and
 * connection checks ask for them once per candidate node. Keyed by the object, so nothing is
 * kept once a flow lets go of it, and an edit (a new object) is read afresh.
 */
const decisionOutletsOf = new WeakMap<object, readonly NodeOutlet[]>();

/** Every outlet of the node, in the order the node shows them (a Menu has one per key). */
export function nodeOutlets(node: NodeFields): readonly NodeOutlet[] {
  const decision = findDecision(node.kind);
  if (!decision) return findVerb(node.kind)?.outlets ?? [];
  let outlets = decisionOutletsOf.get(node.attributes);
  if (!outlets) {
    outlets = decisionOutlets(decision, node.attributes).map((outlet) => ({
      ...outlet,
      kind: 'branch' as const,
    }));
    decisionOutletsOf.set(node.attributes, outlets);
  }
  return outlets;
}

/**
 * Whether two outlets of the node may lead to the same node. A decision's outcomes may ("Busy"
 * and "No answer" to one voicemail); a verb's may not: connecting a second outlet to where the
 * first leads moves the connection.
 */
export function outletsMayShareTarget(node: Pick<FlowNode, 'kind'>): boolean {
  return isDecisionNode(node);
}

/** The catalog's name for a kind of node ("Say", "Check caller"); the id when none knows it. */
export function kindLabel(verb: string): string {
  return findVerb(verb)?.label ?? findDecision(verb)?.label ?? findNote(verb)?.label ?? verb;
}

/** Whether the catalogs know the kind (a verb, a decision or a note). */
export function isKnownKind(verb: string): boolean {
  return findVerb(verb) !== undefined || findDecision(verb) !== undefined || isNoteKind(verb);
}
