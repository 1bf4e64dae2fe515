import { NEXT_OUTLET } from '../../schema/flow';
import type { Rule } from '../types';
import { outletConnected, verbNodes } from './names';

/**
 * Dial, Record, SMS, Hold, Resume and Refer continue in their action document when it is set
 * (rcml-verbs.md §2): the verbs connected after them in the same document never run.
 */
export const neverRunsAfterAction: Rule = {
  id: 'never-runs-after-action',
  severity: 'warning',
  description: 'Verbs after a verb whose action document takes over never run.',
  *check(context) {
    const { graph, resolve } = context;
    for (const node of verbNodes(context)) {
      const { def } = resolve(node);
      if (!def.endsDocumentWithAction || !outletConnected(graph, node.id, NEXT_OUTLET)) continue;
      const next = def.outlets.find((o) => o.id === NEXT_OUTLET)?.label ?? 'Then';
      const connected = def.outlets.find(
        (o) => o.kind === 'action' && outletConnected(graph, node.id, o.id),
      );
      const typed = def.attributes.find((f) => f.outlet && node.attributes[f.name]?.trim());
      if (connected) {
        yield {
          nodeId: node.id,
          message: `The verbs connected to “${next}” never run: with “${connected.label}” connected, the call continues in that document after the ${def.label}. Move them after “${connected.label}”, or disconnect one of the two.`,
        };
      } else if (typed) {
        yield {
          nodeId: node.id,
          message: `The verbs connected to “${next}” never run: with “${typed.label}” filled in, the call continues in that document after the ${def.label}. Clear “${typed.label}”, or disconnect “${next}”.`,
        };
      }
    }
  },
};
