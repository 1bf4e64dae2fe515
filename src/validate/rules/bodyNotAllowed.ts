import { bodyAllowed } from '../../dialects';
import type { Rule } from '../types';
import { verbNodes } from './names';

export const bodyNotAllowed: Rule = {
  id: 'body-not-allowed',
  severity: 'error',
  description: 'Text inside a verb where the dialect does not allow any.',
  *check(context) {
    const { resolve } = context;
    for (const node of verbNodes(context)) {
      const { bodyRule, body } = resolve(node);
      if (node.text === undefined || bodyAllowed(bodyRule, node.attributes)) continue;
      const what = body?.label ?? 'text inside it';
      yield {
        nodeId: node.id,
        field: 'text',
        message:
          bodyRule.kind === 'only-when'
            ? `${bodyRule.explanation} Remove the ${what.toLowerCase()}, or change the ${bodyRule.attribute}.`
            : `${bodyRule.kind === 'forbidden' ? bodyRule.explanation : ''} Remove the ${what.toLowerCase()}.`.trim(),
      };
    }
  },
};
