import type { NodeRule } from '../types';
import { selectFields, where } from './names';

const integerFields = selectFields((field) => field.kind === 'integer', 'attributes');

export const invalidNumber: NodeRule = {
  id: 'invalid-number',
  severity: 'error',
  description: 'A number field holding something other than a whole number in its range.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(_node, context) {
    for (const ref of context.elements) {
      for (const field of integerFields(ref.verb)) {
        const value = ref.element.attributes[field.name];
        if (value === undefined) continue;
        const n = Number(value);
        const unit = field.unit ? ` ${field.unit}` : '';
        if (!/^\d+$/.test(value.trim())) {
          yield {
            ...where(ref, field.name),
            message: `${field.label} must be a whole number${unit ? ` of${unit}` : ''}, not “${value}”.`,
          };
        } else if (
          (field.min !== undefined && n < field.min) ||
          (field.max !== undefined && n > field.max)
        ) {
          yield {
            ...where(ref, field.name),
            message: `${field.label} must be between ${field.min ?? 0} and ${field.max ?? '∞'}${unit}.`,
          };
        }
      }
    }
  },
};
