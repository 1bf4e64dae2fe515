import type { Rule } from '../types';
import { verbNodes } from './names';

export const unreachableNode: Rule = {
  id: 'unreachable-node',
  severity: 'warning',
  description: 'A verb that no path from the incoming call reaches is never run nor exported.',
  *check({ flow, graph }) {
    for (const node of verbNodes(flow.nodes)) {
      if (!graph.isReachable(node.id)) {
        yield {
          nodeId: node.id,
          message:
            'Not connected to the incoming call, so it never runs and is not exported. Connect it, or delete it.',
        };
      }
    }
  },
};
