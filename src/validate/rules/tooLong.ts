import type { ResolvedField } from '../../dialects/types';
import type { FlowNode } from '../../model/types';
import type { Rule } from '../types';
import { verbNodes } from './names';

export const tooLong: Rule = {
  id: 'too-long',
  severity: 'error',
  description: 'A text longer than the platform accepts.',
  *check({ flow, dialect, resolve }) {
    for (const node of verbNodes(flow.nodes)) {
      const verb = resolve(node);
      const fields: ResolvedField[] = verb.body
        ? [...verb.attributes, verb.body]
        : [...verb.attributes];
      for (const field of fields) {
        const value = valueOf(node, field.name);
        const length = [...value].length;
        if (field.maxLength !== undefined && length > field.maxLength) {
          yield {
            nodeId: node.id,
            field: field.name,
            message: `${field.label} is ${length} characters; ${dialect.label} allows at most ${field.maxLength}. Shorten it.`,
          };
        }
      }
    }
  },
};

function valueOf(node: FlowNode, name: string): string {
  return (name === 'text' ? node.text : node.attributes[name]) ?? '';
}
