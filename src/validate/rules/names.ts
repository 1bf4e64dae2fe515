import { findVerb } from '../../verbs';
import type { FlowNode } from '../../model/types';

/** How a message names a node: its label when the user gave one, else its verb. */
export function nodeName(node: FlowNode): string {
  return node.label ? `“${node.label}”` : (findVerb(node.verb)?.label ?? node.verb);
}

/** Every node but the "Incoming call" one. */
export function verbNodes(nodes: readonly FlowNode[]): FlowNode[] {
  return nodes.filter((node) => !findVerb(node.verb)?.isStart);
}
