import type { Rule } from '../types';
import { everyElement, fieldsOf, valueOf, where } from './names';

export const tooLong: Rule = {
  id: 'too-long',
  severity: 'error',
  description: 'A text longer than the platform accepts.',
  *check(context) {
    for (const ref of everyElement(context)) {
      for (const field of fieldsOf(ref.verb)) {
        if (field.maxLength === undefined) continue;
        const length = [...(valueOf(ref.element, field.name) ?? '')].length;
        if (length > field.maxLength) {
          yield {
            ...where(ref, field.name),
            message: `${field.label} is ${length} characters; ${context.dialect.label} allows at most ${field.maxLength}. Shorten it.`,
          };
        }
      }
    }
  },
};
