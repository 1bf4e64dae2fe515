import type { DecisionDef } from '../../decisions';
import type { ResolvedField, ResolvedVerb } from '../../dialects/types';
import { decisionOf, kindLabel, kindOf } from '../../kinds';
import type { FlowNode, NestedElement } from '../../schema/flow';
import { findVerb } from '../../verbs';
import type { ElementRef, NodeContext, ValidationContext } from '../types';

export type { ElementRef };

/** How a message names a node: its label when the user gave one, else its kind ("Say"). */
export function nodeName(node: Pick<FlowNode, 'label' | 'kind'>): string {
  return node.label ? `“${node.label}”` : kindLabel(node.kind);
}

/** A decision node with its definition. */
export interface DecisionRef {
  readonly node: FlowNode;
  readonly def: DecisionDef;
}

interface NodeLists {
  readonly verbs: readonly FlowNode[];
  readonly decisions: readonly DecisionRef[];
}

/** What the node lists are worked out from, and where a run keeps them. */
type RunOf = Pick<ValidationContext, 'flow' | 'run'>;

/**
 * The verb nodes and the decision nodes, apart. Most rules start here, so the lists are worked
 * out once per validation run.
 */
function nodeLists({ flow, run }: RunOf): NodeLists {
  return run.once(listNodes, flow.nodes);
}

function listNodes(nodes: readonly FlowNode[]): NodeLists {
  const verbs: FlowNode[] = [];
  const decisions: DecisionRef[] = [];
  for (const node of nodes) {
    const def = decisionOf(node);
    if (def) decisions.push({ node, def });
    else if (kindOf(node)?.exported ?? true) verbs.push(node);
  }
  return { verbs, decisions };
}

/**
 * Every verb node: neither the "Incoming call" nor a decision (decisions write no XML and have
 * no verb to resolve; the decision rules check them) nor a note (no rule checks a note).
 */
export function verbNodes(context: RunOf): readonly FlowNode[] {
  return nodeLists(context).verbs;
}

/** Every decision node (Check caller, Check hours, Menu, Call outcome), in flow order. */
export function decisionNodes(context: RunOf): readonly DecisionRef[] {
  return nodeLists(context).decisions;
}

/**
 * A verb node, then its nested elements, with the verb as the dialect has it: what the rules on
 * fields walk. Worked out once per node checked (NodeContext.elements).
 */
export function elementsOf(
  node: FlowNode,
  resolve: (element: FlowNode | NestedElement) => ResolvedVerb,
): ElementRef[] {
  const refs: ElementRef[] = [{ node, element: node, verb: resolve(node) }];
  for (const child of node.children ?? []) {
    // A nested element the catalog does not know (kept from an import) has nothing to check.
    if (!findVerb(child.kind)) continue;
    refs.push({ node, element: child, childId: child.id, verb: resolve(child) });
  }
  return refs;
}

/** Where a finding points: the node, the nested element when there is one, and the field. */
export function where(
  ref: ElementRef,
  field?: string,
): { nodeId: string; childId?: string; field?: string } {
  return {
    nodeId: ref.node.id,
    ...(ref.childId ? { childId: ref.childId } : {}),
    ...(field ? { field } : {}),
  };
}

/** How a message names an element: "Dial", or "Number in Dial" for a nested one. */
export function elementName(ref: ElementRef): string {
  return ref.childId ? `${ref.verb.def.label} in ${nodeName(ref.node)}` : ref.verb.def.label;
}

const fieldsByVerb = new WeakMap<ResolvedVerb, readonly ResolvedField[]>();

/** The fields of an element: its attributes in the dialect, then its body. */
export function fieldsOf(verb: ResolvedVerb): readonly ResolvedField[] {
  if (!verb.body) return verb.attributes;
  let fields = fieldsByVerb.get(verb);
  if (!fields) {
    fields = [...verb.attributes, verb.body];
    fieldsByVerb.set(verb, fields);
  }
  return fields;
}

/**
 * The fields of a verb that `keep` selects, in the order of `fieldsOf` (or of the attributes
 * alone): rules that check one kind of field skip the others without looking at them. Worked
 * out once per verb (resolved verbs are never rebuilt), not once per element.
 */
export function selectFields(
  keep: (field: ResolvedField) => boolean,
  from: 'attributes' | 'fields' = 'fields',
): (verb: ResolvedVerb) => readonly ResolvedField[] {
  const selected = new WeakMap<ResolvedVerb, readonly ResolvedField[]>();
  return (verb) => {
    let fields = selected.get(verb);
    if (!fields) {
      fields = (from === 'fields' ? fieldsOf(verb) : verb.attributes).filter(keep);
      selected.set(verb, fields);
    }
    return fields;
  };
}

/** A field's value; the body is the field named `text`. */
export function valueOf(element: FlowNode | NestedElement, name: string): string | undefined {
  return name === 'text' ? element.text : element.attributes[name];
}

/**
 * Whether a connected outlet writes this field (an action URL, Redirect's target): the
 * connection then wins over whatever was typed.
 */
export function filledByOutlet(
  connected: NodeContext['connected'],
  ref: ElementRef,
  field: ResolvedField,
): boolean {
  return !ref.childId && field.outlet !== undefined && connected(field.outlet);
}
