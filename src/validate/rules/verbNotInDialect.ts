import type { NodeRule } from '../types';

export const verbNotInDialect: NodeRule = {
  id: 'verb-not-in-dialect',
  severity: 'error',
  description: 'A verb the chosen dialect does not have is not run by the platform.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(node, { dialect, resolve }) {
    const verb = resolve(node);
    if (verb.availability === 'absent') {
      yield {
        nodeId: node.id,
        message: `${dialect.label} has no ${verb.def.label} verb, so ${dialect.vendor} will not run it. Delete it, or switch the dialect.`,
      };
    }
  },
};
