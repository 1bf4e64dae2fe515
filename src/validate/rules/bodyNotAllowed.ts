import { bodyAllowed } from '../../dialects';
import type { NodeRule } from '../types';

export const bodyNotAllowed: NodeRule = {
  id: 'body-not-allowed',
  severity: 'error',
  description: 'Text inside a verb where the dialect does not allow any.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(node, { resolve }) {
    const { bodyRule, body } = resolve(node);
    if (node.text === undefined || bodyAllowed(bodyRule, node.attributes)) return;
    const what = body?.label ?? 'text inside it';
    yield {
      nodeId: node.id,
      field: 'text',
      message:
        bodyRule.kind === 'only-when'
          ? `${bodyRule.explanation} Remove the ${what.toLowerCase()}, or change the ${bodyRule.attribute}.`
          : `${bodyRule.kind === 'forbidden' ? bodyRule.explanation : ''} Remove the ${what.toLowerCase()}.`.trim(),
    };
  },
};
