import { nextOutlet } from './fields';
import { duration } from './summaries';
import type { VerbDef } from '../schema/verbs';

export const pause: VerbDef = {
  id: 'pause',
  element: 'Pause',
  label: 'Pause',
  group: 'control',
  description: 'Wait a few seconds in silence. Before any other verb, the phone keeps ringing.',
  icon: 'pause',
  attributes: [
    {
      name: 'length',
      label: 'Length',
      kind: 'integer',
      platformDefault: '1',
      min: 1,
      max: 3600,
      unit: 'seconds',
    },
  ],
  outlets: [nextOutlet()],
  // A Pause on a ringing call delays the answer instead of answering (Pause then Reject works).
  answersCall: false,
  terminal: false,
  summary: (node) => `Waits ${duration(node.attributes.length || '1')} in silence`,
};
