import { keyOutlet, parseKeys } from './keys';
import type { DecisionDef } from '../schema/decisions';

export const menu: DecisionDef = {
  kind: 'menu',
  label: 'Menu',
  description:
    'After a Gather: one branch per key the caller may press (“press 1 for sales”), and one for anything else.',
  fields: [
    {
      name: 'keys',
      label: 'Keys',
      kind: 'keys',
      placeholder: 'e.g. 1 2 3 * #',
      help: 'The keys or key sequences to expect, separated by spaces: 0 to 9, * and #, or sequences such as 10. Each gets its own branch.',
    },
  ],
  follows: { verb: 'gather', outlet: 'action' },
  keyOutlets: (attributes) => parseKeys(attributes.keys ?? '').keys.map(keyOutlet),
  outlets: [
    {
      id: 'other',
      label: 'Anything else',
      help: 'Any other keys, or none when the platform still asks (VoiceML always does). No input at all usually runs the Gather’s “Then”.',
    },
  ],
};
