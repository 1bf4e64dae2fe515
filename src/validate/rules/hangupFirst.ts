import { planDocuments } from '../../model/documents';
import type { Rule } from '../types';

/**
 * On the open-source server a Hangup on a ringing call answers it first, then hangs up
 * (rcml-verbs.md §2, §6.7): the call is billed. Reject refuses it without answering. Only
 * `main.xml` runs on a ringing call: every other document is reached through a verb that
 * answered it. Other dialects differ (Plivo's and Bandwidth's Hangup refuse), so RCML only.
 */
export const hangupFirst: Rule = {
  id: 'hangup-first',
  severity: 'warning',
  description: 'A Hangup before anything answers the call answers it (billed) just to end it.',
  *check({ flow, resolve }) {
    if (flow.dialect !== 'rcml') return;
    for (const node of planDocuments(flow).documents[0]?.nodes ?? []) {
      const { def } = resolve(node);
      if (node.verb === 'hangup') {
        yield {
          nodeId: node.id,
          message:
            'This Hangup runs while the phone is still ringing, so the platform answers the call (and it is billed) only to hang up. To refuse the call without answering it, use Reject instead.',
        };
      }
      if (def.answersCall) return;
    }
  },
};
