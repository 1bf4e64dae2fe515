import type { Rule } from '../types';
import { verbNodes } from './names';

/** Enumerated values must be choices of this dialect; catalog attributes must exist in it. */
export const valueNotAllowed: Rule = {
  id: 'value-not-allowed',
  severity: 'error',
  description: 'A value, or an attribute, that the chosen dialect does not have.',
  *check({ flow, dialect, resolve }) {
    for (const node of verbNodes(flow.nodes)) {
      const verb = resolve(node);
      for (const [name, value] of Object.entries(node.attributes)) {
        const field = verb.fields.get(name);
        if (!field) {
          const known = verb.def.attributes.find((f) => f.name === name);
          if (known) {
            yield {
              nodeId: node.id,
              field: name,
              message: `${dialect.label} has no “${known.label}” for ${verb.def.label}. Remove it, or switch the dialect.`,
            };
          }
          continue;
        }
        if (field.options && !field.options.some((o) => o.value === value)) {
          yield {
            nodeId: node.id,
            field: name,
            message: `“${value}” is not a ${field.label.toLowerCase()} ${dialect.label} knows. Pick one from the list.`,
          };
        }
      }
    }
  },
};
