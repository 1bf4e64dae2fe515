import { methodField } from './fields';
import type { VerbDef } from '../schema/verbs';

export const redirect: VerbDef = {
  id: 'redirect',
  element: 'Redirect',
  label: 'Redirect',
  group: 'control',
  description: 'Continue the call with the verbs of another document.',
  icon: 'redirect',
  attributes: [methodField('method', 'Method')],
  body: {
    name: 'text',
    label: 'Go to URL',
    kind: 'url',
    outlet: 'action',
    required: true,
    help: 'The document the call continues in. Connect the outlet on the canvas, or type the URL of a document elsewhere.',
  },
  // Only an action outlet: nothing after a Redirect in the same document ever runs.
  outlets: [
    {
      id: 'action',
      label: 'Go to',
      kind: 'action',
      help: 'Where the call goes: the platform fetches this document and carries on with its steps.',
    },
  ],
  answersCall: true,
  terminal: true,
  summary: (node) => (node.text ? `Goes to ${node.text}` : 'Not connected'),
};
