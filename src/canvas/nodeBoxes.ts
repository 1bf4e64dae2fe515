/**
 * The box each node takes on the canvas: what React Flow measured when it has drawn the node,
 * else the size it is drawn at (a decision grows with its outlets, a verb is one node's size).
 * Tidy up lays the flow out with these, and connections are routed around them.
 */
import { NODE_HEIGHT, NODE_WIDTH, type NodeSize } from '../model/layout';
import { kindOf, nodeOutlets } from '../kinds';
import type { FlowNode } from '../schema/flow';
import { DECISION_WIDTH, decisionHeight } from './decisionGeometry';

export type MeasuredSizes = ReadonlyMap<string, NodeSize>;

export function nodeSize(node: FlowNode, measured: MeasuredSizes): NodeSize {
  const size = measured.get(node.id);
  if (size && size.width > 0 && size.height > 0) return size;
  if (kindOf(node)?.face === 'decision') {
    return { width: DECISION_WIDTH, height: decisionHeight(nodeOutlets(node).length) };
  }
  return { width: NODE_WIDTH, height: NODE_HEIGHT };
}
