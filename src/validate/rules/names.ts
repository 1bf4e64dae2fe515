import type { ResolvedField, ResolvedVerb } from '../../dialects/types';
import type { FlowGraph } from '../../model/graph';
import type { FlowNode, NestedElement } from '../../model/types';
import { findVerb } from '../../verbs';
import type { ValidationContext } from '../types';

/** How a message names a node: its label when the user gave one, else its verb. */
export function nodeName(node: FlowNode): string {
  return node.label ? `“${node.label}”` : (findVerb(node.verb)?.label ?? node.verb);
}

/** Every node but the "Incoming call" one. */
export function verbNodes(nodes: readonly FlowNode[]): FlowNode[] {
  return nodes.filter((node) => !findVerb(node.verb)?.isStart);
}

/** One element a node writes: the node itself, or a noun or verb nested in it. */
export interface ElementRef {
  readonly node: FlowNode;
  readonly element: FlowNode | NestedElement;
  /** Set when the element is nested in the node (Dial's Number, Gather's Say). */
  readonly childId?: string;
  readonly verb: ResolvedVerb;
}

/** Every verb node, each followed by its nested elements, with the verb as the dialect has it. */
export function* everyElement({
  flow,
  resolve,
}: Pick<ValidationContext, 'flow' | 'resolve'>): Generator<ElementRef> {
  for (const node of verbNodes(flow.nodes)) {
    yield { node, element: node, verb: resolve(node) };
    for (const child of node.children ?? []) {
      // A nested element the catalog does not know (kept from an import) has nothing to check.
      if (!findVerb(child.verb)) continue;
      yield { node, element: child, childId: child.id, verb: resolve(child) };
    }
  }
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

/** The fields of an element: its attributes in the dialect, then its body. */
export function fieldsOf(verb: ResolvedVerb): readonly ResolvedField[] {
  return verb.body ? [...verb.attributes, verb.body] : verb.attributes;
}

/** A field's value; the body is the field named `text`. */
export function valueOf(element: FlowNode | NestedElement, name: string): string | undefined {
  return name === 'text' ? element.text : element.attributes[name];
}

export function outletConnected(graph: FlowGraph, nodeId: string, outlet: string): boolean {
  return graph.outgoing.get(nodeId)?.has(outlet) ?? false;
}

/**
 * Whether a connected outlet writes this field (an action URL, Redirect's target): the
 * connection then wins over whatever was typed.
 */
export function filledByOutlet(graph: FlowGraph, ref: ElementRef, field: ResolvedField): boolean {
  return (
    !ref.childId && field.outlet !== undefined && outletConnected(graph, ref.node.id, field.outlet)
  );
}
