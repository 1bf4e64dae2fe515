import type { Rule } from '../types';
import { nodeName } from './names';

/**
 * Reject (and any verb that only works on a ringing call) must run before anything answers the
 * call. Pause keeps the call ringing, so Pause then Reject is fine.
 */
export const answeredBeforeReject: Rule = {
  id: 'answered-before-reject',
  severity: 'error',
  description: 'A Reject after a verb that answers the call cannot refuse it.',
  *check({ graph, exportedNodes, resolve }) {
    let answeredBy: string | undefined;
    const inMain = new Set<string>();
    for (const node of graph.mainChain) {
      inMain.add(node.id);
      const { def } = resolve(node);
      if (def.beforeAnswerOnly && answeredBy) {
        yield {
          nodeId: node.id,
          message: `${answeredBy} answers the call before this ${def.label} runs, so the call can no longer be refused (the platform skips the ${def.label}). Move the ${def.label} to the start; only Pauses may come before it.`,
        };
      }
      if (def.answersCall && !answeredBy) answeredBy = nodeName(node);
    }
    for (const node of exportedNodes) {
      const { def } = resolve(node);
      if (def.beforeAnswerOnly && !inMain.has(node.id)) {
        yield {
          nodeId: node.id,
          message: `This ${def.label} runs only after the call has been answered, so it cannot refuse the call. Connect it at the start of the incoming call.`,
        };
      }
    }
  },
};
