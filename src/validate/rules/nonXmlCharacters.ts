import { hasNonXmlCharacters } from '../../xml/sanitize';
import type { Rule } from '../types';
import { verbNodes } from './names';

export const nonXmlCharacters: Rule = {
  id: 'non-xml-characters',
  severity: 'warning',
  description: 'Invisible control characters that XML cannot carry; the export leaves them out.',
  *check({ flow }) {
    for (const node of verbNodes(flow.nodes)) {
      const values: [string, string][] = Object.entries(node.attributes);
      if (node.text !== undefined) values.push(['text', node.text]);
      for (const [field, value] of values) {
        if (hasNonXmlCharacters(value)) {
          yield {
            nodeId: node.id,
            field,
            message:
              'Contains invisible control characters (often from a paste) that XML cannot carry. They are left out of the export; retype the text to be sure.',
          };
        }
      }
    }
  },
};
