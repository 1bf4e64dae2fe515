import type { NodeRule } from '../types';

const ACTION = 'action';

/**
 * The open-source server (rcml-verbs.md §3.7) does not post a Gather without `action` back to the
 * current document, as the docs say: it drops the input and runs the next verb. Other dialects
 * may behave like the docs, so the rule speaks for RCML only.
 */
export const gatherWithoutAction: NodeRule = {
  id: 'gather-without-action',
  severity: 'warning',
  description: 'A Gather with nowhere to send the input: the caller’s keys or words are lost.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(node, { dialect, connected, resolve }) {
    if (dialect.id !== 'rcml' || node.kind !== 'gather') return;
    if (connected(ACTION) || node.attributes[ACTION]?.trim()) return;
    const { def, fields } = resolve(node);
    const outlet = def.outlets.find((o) => o.id === ACTION)?.label ?? 'After input';
    const url = fields.get(ACTION)?.label ?? 'Go to URL';
    yield {
      nodeId: node.id,
      field: ACTION,
      message: `What the caller enters is thrown away: “${outlet}” is not connected and “${url}” is empty, so the platform just goes on to the next verb. Connect “${outlet}” to the verbs that use the input, or fill in “${url}”.`,
    };
  },
};
