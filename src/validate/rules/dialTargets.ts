import type { NodeRule } from '../types';

/** A Dial writes no number of its own: without a nested noun it has nobody to call. */
export const dialTargets: NodeRule = {
  id: 'dial-targets',
  severity: 'error',
  description: 'A Dial with nobody to call.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(node, { resolve }) {
    if (node.kind !== 'dial' || (node.children?.length ?? 0) > 0) return;
    const list = resolve(node).def.nesting?.label ?? 'Who to call';
    yield {
      nodeId: node.id,
      message: `This Dial has nobody to call. Add a phone number, app user, SIP address or conference under “${list}”.`,
    };
  },
};
