import { screeningFields, statusCallbackFields } from './fields';
import type { VerbDef } from '../schema/verbs';

/** `<Client>` noun of Dial: a user of the app (a softphone or browser) to ring. */
export const client: VerbDef = {
  id: 'client',
  element: 'Client',
  label: 'App user',
  group: 'connect',
  description: 'A user of your app, such as a softphone or browser, to ring.',
  icon: 'client',
  noun: true,
  attributes: [
    ...screeningFields,
    ...statusCallbackFields,
    {
      name: 'name',
      label: 'Video name',
      kind: 'text',
      help: 'Only for video calls, in place of the user name. Leave it empty.',
      advanced: true,
    },
  ],
  body: {
    name: 'text',
    label: 'User name',
    kind: 'text',
    required: true,
    placeholder: 'e.g. alice',
    help: 'The name the user registered with. Custom SIP headers may follow after ?.',
  },
  outlets: [],
  answersCall: false,
  terminal: false,
  summary: (node) => node.text || 'No user yet',
};
