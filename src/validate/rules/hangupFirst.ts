import type { FlowRule } from '../types';
import { callStates, type CallStates } from './callStates';

/**
 * On the open-source server a Hangup on a ringing call answers it first, then hangs up
 * (rcml-verbs.md §2, §6.7): the call is billed. Reject refuses it without answering. The call
 * rings until something answers it (see callStates): at the start of the incoming call, and on
 * the branches of a decision connected straight to it. Other dialects differ (Plivo's and
 * Bandwidth's Hangup refuse), so RCML only.
 */
export const hangupFirst: FlowRule = {
  id: 'hangup-first',
  severity: 'warning',
  description: 'A Hangup before anything answers the call answers it (billed) just to end it.',
  scope: 'flow',
  reads: 'structure',
  *check(context) {
    const { flow, exportedNodes, graph } = context;
    if (flow.dialect !== 'rcml') return;
    let states: CallStates | undefined; // worked out at the first Hangup: most flows have none
    for (const node of exportedNodes) {
      if (node.kind !== 'hangup') continue;
      states ??= callStates(context);
      if (!states.ringing(graph.indexOf(node.id))) continue;
      yield {
        nodeId: node.id,
        message:
          'This Hangup runs while the phone is still ringing, so the platform answers the call (and it is billed) only to hang up. To refuse the call without answering it, use Reject instead.',
      };
    }
  },
};
