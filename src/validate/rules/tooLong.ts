import { characterCount, isLongerThan } from '../../verbs/limits';
import type { NodeRule } from '../types';
import { selectFields, valueOf, where } from './names';

const limitedFields = selectFields((field) => field.maxLength !== undefined);

export const tooLong: NodeRule = {
  id: 'too-long',
  severity: 'error',
  description: 'A text longer than the platform accepts.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(_node, context) {
    for (const ref of context.elements) {
      for (const field of limitedFields(ref.verb)) {
        if (field.maxLength === undefined) continue;
        const value = valueOf(ref.element, field.name) ?? '';
        // Characters, not UTF-16 units, counted as the inspector counts them when it cuts.
        if (isLongerThan(value, field.maxLength)) {
          const length = characterCount(value);
          yield {
            ...where(ref, field.name),
            message: `${field.label} is ${length} characters; ${context.dialect.label} allows at most ${field.maxLength}. Shorten it.`,
          };
        }
      }
    }
  },
};
