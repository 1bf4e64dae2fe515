import type { FlowNode } from '../../schema/flow';
import type { FlowRule } from '../types';
import { decisionNodes, verbNodes } from './names';

const MESSAGE =
  'Not connected to the incoming call, so it never runs and is not exported. Connect it, or delete it.';

export const unreachableNode: FlowRule = {
  id: 'unreachable-node',
  severity: 'warning',
  description:
    'A verb or decision that no path from the incoming call reaches is never run nor exported.',
  scope: 'flow',
  reads: 'structure',
  *check(context) {
    const { graph } = context;
    const unreached = (node: FlowNode) => !graph.isReachable(node.id);
    for (const node of verbNodes(context)) {
      if (unreached(node)) yield { nodeId: node.id, message: MESSAGE };
    }
    for (const { node } of decisionNodes(context)) {
      if (unreached(node)) yield { nodeId: node.id, message: MESSAGE };
    }
  },
};
