import type { Rule } from '../types';
import { verbNodes } from './names';

/** A Dial writes no number of its own: without a nested noun it has nobody to call. */
export const dialTargets: Rule = {
  id: 'dial-targets',
  severity: 'error',
  description: 'A Dial with nobody to call.',
  *check(context) {
    const { resolve } = context;
    for (const node of verbNodes(context)) {
      if (node.kind !== 'dial' || (node.children?.length ?? 0) > 0) continue;
      const list = resolve(node).def.nesting?.label ?? 'Who to call';
      yield {
        nodeId: node.id,
        message: `This Dial has nobody to call. Add a phone number, app user, SIP address or conference under “${list}”.`,
      };
    }
  },
};
