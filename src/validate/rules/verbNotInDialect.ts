import type { Rule } from '../types';
import { verbNodes } from './names';

export const verbNotInDialect: Rule = {
  id: 'verb-not-in-dialect',
  severity: 'error',
  description: 'A verb the chosen dialect does not have is not run by the platform.',
  *check(context) {
    const { dialect, resolve } = context;
    for (const node of verbNodes(context)) {
      const verb = resolve(node);
      if (verb.availability === 'absent') {
        yield {
          nodeId: node.id,
          message: `${dialect.label} has no ${verb.def.label} verb, so ${dialect.vendor} will not run it. Delete it, or switch the dialect.`,
        };
      }
    }
  },
};
