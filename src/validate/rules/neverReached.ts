import { NEXT_OUTLET } from '../../schema/flow';
import type { FlowRule } from '../types';
import { nodeName, verbNodes } from './names';

/**
 * Verbs kept after a Reject, Hangup or Redirect (an import keeps them in place) are written to
 * the document but never run: the call has ended or moved on.
 */
export const neverReached: FlowRule = {
  id: 'never-reached',
  severity: 'warning',
  description: 'Verbs after a verb that ends the document never run.',
  scope: 'flow',
  reads: 'structure',
  *check(context) {
    const { graph, resolve } = context;
    const reported = new Set<string>();
    // Verbs only: a decision has no `next` (every outlet is a branch), and ends nothing.
    for (const node of verbNodes(context)) {
      if (!graph.isReachable(node.id) || !resolve(node).def.terminal) continue;
      if (reported.has(node.id)) continue; // a terminal that itself never runs: reported already
      let edge = graph.edgeFrom(node.id, NEXT_OUTLET);
      while (edge && !reported.has(edge.target)) {
        reported.add(edge.target);
        yield {
          nodeId: edge.target,
          message: `Never runs: it comes after ${nodeName(node)}, which ends the document. It is exported in place; delete it, or move it before ${nodeName(node)}.`,
        };
        edge = graph.edgeFrom(edge.target, NEXT_OUTLET);
      }
    }
  },
};
