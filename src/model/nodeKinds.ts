/**
 * What every layer asks of a node whatever its kind: a verb from the verb catalog (src/verbs) or
 * a decision from the decision catalog (src/decisions). A node's `verb` names either; the two
 * catalogs never share a name.
 */
import { decisionOutlets, findDecision, type DecisionDef } from '../decisions';
import { findVerb } from '../verbs';
import type { FlowNode } from './types';

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

type NodeFields = Pick<FlowNode, 'verb' | 'attributes'>;

/** The decision definition of a node, or undefined for a verb. */
export function decisionOf(node: Pick<FlowNode, 'verb'>): DecisionDef | undefined {
  return findDecision(node.verb);
}

export function isDecisionNode(node: Pick<FlowNode, 'verb'>): boolean {
  return findDecision(node.verb) !== undefined;
}

/** Every outlet of the node, in the order the node shows them (a Menu has one per key). */
export function nodeOutlets(node: NodeFields): readonly NodeOutlet[] {
  const decision = findDecision(node.verb);
  if (decision) {
    return decisionOutlets(decision, node.attributes).map((outlet) => ({
      ...outlet,
      kind: 'branch' as const,
    }));
  }
  return findVerb(node.verb)?.outlets ?? [];
}

/** The catalog's name for a kind of node ("Say", "Check caller"); the id when neither knows it. */
export function kindLabel(verb: string): string {
  return findVerb(verb)?.label ?? findDecision(verb)?.label ?? verb;
}

/** Whether the catalogs know the kind (a verb or a decision). */
export function isKnownKind(verb: string): boolean {
  return findVerb(verb) !== undefined || findDecision(verb) !== undefined;
}
