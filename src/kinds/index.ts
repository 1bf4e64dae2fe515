/**
 * The registry of node kinds: one lookup from a node's `kind` to what every layer asks of it
 * (its outlets, face, fields, whether it is part of the call, whether it is written out).
 * The kinds themselves are listed in registry.ts.
 */
import type { DecisionDef } from '../schema/decisions';
import type { DialectId, FlowNode } from '../schema/flow';
import { registeredKinds } from './registry';
import type { KindFields, NodeKind, NodeOutlet } from './types';

export type * from './types';

const byId = new Map<string, NodeKind>(registeredKinds.map((kind) => [kind.id, kind]));

/** The kind of that id, or undefined when none is registered (a newer RCML Studio's). */
export function findKind(id: string): NodeKind | undefined {
  return byId.get(id);
}

/** The node's kind, or undefined when none is registered. */
export function kindOf(node: Pick<FlowNode, 'kind'>): NodeKind | undefined {
  return byId.get(node.kind);
}

/** Whether a kind of that id is registered. */
export function isKnownKind(id: string): boolean {
  return byId.has(id);
}

/** The kind's name for people ("Say", "Check caller"); the id when none is registered. */
export function kindLabel(id: string): string {
  return byId.get(id)?.label ?? id;
}

const NO_FIELDS: KindFields = { attributes: new Map(), body: undefined };

/**
 * The kind's fields as written in a dialect, or without one as Compare names them in any; none
 * for a kind no one registered (its values are cut to the default limits, named by their name).
 */
export function kindFields(id: string, dialect?: DialectId): KindFields {
  const kind = byId.get(id);
  if (!kind) return NO_FIELDS;
  return dialect ? kind.fieldsIn(dialect) : kind.fields;
}

/** Every outlet of the node, in the order the node shows them (a Menu has one per key). */
export function nodeOutlets(node: Pick<FlowNode, 'kind' | 'attributes'>): readonly NodeOutlet[] {
  return byId.get(node.kind)?.outlets(node.attributes) ?? [];
}

/** Whether two outlets of the node may lead to the same node (see NodeKind). */
export function outletsMayShareTarget(node: Pick<FlowNode, 'kind'>): boolean {
  return byId.get(node.kind)?.outletsMayShareTarget ?? false;
}

/** Whether the node is part of the call (not a note): connections may lead to and from it. */
export function isInCall(node: Pick<FlowNode, 'kind'>): boolean {
  return byId.get(node.kind)?.inCall ?? true;
}

/** The decision definition of a decision node, for the code of decisions alone. */
export function decisionOf(node: Pick<FlowNode, 'kind'>): DecisionDef | undefined {
  return byId.get(node.kind)?.decision;
}
