import type { NodeRule } from '../types';

const NUM_DIGITS = 'numDigits';

/**
 * The open-source server keeps numDigits in the interpreter and never resets it (rcml-verbs.md
 * §3.7): a Gather without it inherits the value of an earlier Gather in the same call.
 */
export const gatherNumDigits: NodeRule = {
  id: 'gather-num-digits',
  severity: 'warning',
  description: 'A Gather without a number of keys may silently reuse an earlier Gather’s.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(node, { dialect, resolve }) {
    if (dialect.id !== 'rcml') return;
    if (node.kind !== 'gather' || node.attributes[NUM_DIGITS]?.trim()) return;
    const label = resolve(node).fields.get(NUM_DIGITS)?.label ?? 'Number of keys';
    yield {
      nodeId: node.id,
      field: NUM_DIGITS,
      // The open-source server, named in words a caller's manager uses: “some platforms”.
      message: `“${label}” is not set, so some platforms reuse the number set on an earlier Gather in the same call, if there was one, and may stop listening before the caller has finished. Set it on this Gather.`,
    };
  },
};
