import { NEXT_OUTLET } from '../../schema/flow';
import type { NodeRule } from '../types';

/**
 * Dial, Record, SMS, Hold, Resume and Refer continue in their action document when it is set
 * (rcml-verbs.md §2): the verbs connected after them in the same document never run.
 */
export const neverRunsAfterAction: NodeRule = {
  id: 'never-runs-after-action',
  severity: 'warning',
  description: 'Verbs after a verb whose action document takes over never run.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(node, { connected, resolve }) {
    const { def } = resolve(node);
    if (!def.endsDocumentWithAction || !connected(NEXT_OUTLET)) return;
    const next = def.outlets.find((o) => o.id === NEXT_OUTLET)?.label ?? 'Then';
    const action = def.outlets.find((o) => o.kind === 'action' && connected(o.id));
    const typed = def.attributes.find((f) => f.outlet && node.attributes[f.name]?.trim());
    if (action) {
      yield {
        nodeId: node.id,
        message: `The verbs connected to “${next}” never run: with “${action.label}” connected, the call continues in that document after the ${def.label}. Move them after “${action.label}”, or disconnect one of the two.`,
      };
    } else if (typed) {
      yield {
        nodeId: node.id,
        message: `The verbs connected to “${next}” never run: with “${typed.label}” filled in, the call continues in that document after the ${def.label}. Clear “${typed.label}”, or disconnect “${next}”.`,
      };
    }
  },
};
