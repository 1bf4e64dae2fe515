import { hasNonXmlCharacters } from '../../xml/sanitize';
import type { NodeRule } from '../types';
import { where } from './names';

/**
 * Every character hasNonXmlCharacters may object to, in a plain regex that is much quicker than
 * its Unicode one: values without any of these (nearly all) need no closer look.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const MESSAGE =
  'Contains invisible control characters (often from a paste) that XML cannot carry. They are left out of the export; retype the text to be sure.';

function hasBadCharacters(value: string): boolean {
  return SUSPECT.test(value) && hasNonXmlCharacters(value);
}

export const nonXmlCharacters: NodeRule = {
  id: 'non-xml-characters',
  severity: 'warning',
  description: 'Invisible control characters that XML cannot carry; the export leaves them out.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(_node, context) {
    for (const ref of context.elements) {
      const { attributes, text } = ref.element;
      // Attributes in Object.entries order (own keys), then the body.
      for (const field in attributes) {
        if (Object.hasOwn(attributes, field) && hasBadCharacters(attributes[field]!)) {
          yield { ...where(ref, field), message: MESSAGE };
        }
      }
      if (text !== undefined && hasBadCharacters(text)) {
        yield { ...where(ref, 'text'), message: MESSAGE };
      }
    }
  },
};
