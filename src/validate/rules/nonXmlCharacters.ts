import { hasNonXmlCharacters } from '../../xml/sanitize';
import type { Rule } from '../types';
import { everyElement, where } from './names';

export const nonXmlCharacters: Rule = {
  id: 'non-xml-characters',
  severity: 'warning',
  description: 'Invisible control characters that XML cannot carry; the export leaves them out.',
  *check(context) {
    for (const ref of everyElement(context)) {
      const values: [string, string][] = Object.entries(ref.element.attributes);
      if (ref.element.text !== undefined) values.push(['text', ref.element.text]);
      for (const [field, value] of values) {
        if (hasNonXmlCharacters(value)) {
          yield {
            ...where(ref, field),
            message:
              'Contains invisible control characters (often from a paste) that XML cannot carry. They are left out of the export; retype the text to be sure.',
          };
        }
      }
    }
  },
};
