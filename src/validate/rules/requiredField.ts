import type { Rule } from '../types';
import { verbNodes } from './names';

export const requiredField: Rule = {
  id: 'required-field',
  severity: 'error',
  description: 'A field the platform needs is empty.',
  *check({ flow, resolve }) {
    for (const node of verbNodes(flow.nodes)) {
      const verb = resolve(node);
      if (verb.body?.required && !node.text?.trim()) {
        yield {
          nodeId: node.id,
          field: 'text',
          message: `${verb.def.label} needs “${verb.body.label}”. Fill it in.`,
        };
      }
      for (const field of verb.attributes) {
        if (field.required && !node.attributes[field.name]?.trim()) {
          yield {
            nodeId: node.id,
            field: field.name,
            message: `${verb.def.label} needs “${field.label}”. Fill it in.`,
          };
        }
      }
    }
  },
};
