import { screeningFields, statusCallbackFields } from './fields';
import type { VerbDef } from '../schema/verbs';

/** `<Sip>` noun of Dial (the docs' heading says "SIP"; the element is `Sip`). */
export const sip: VerbDef = {
  id: 'sip',
  element: 'Sip',
  label: 'SIP address',
  group: 'connect',
  description: 'A SIP address to ring, such as a desk phone or another phone system.',
  icon: 'sip',
  noun: true,
  attributes: [
    {
      name: 'username',
      label: 'SIP user name',
      kind: 'text',
      help: 'For SIP authentication. Left empty when the caller is an app user, their own credentials are used.',
    },
    { name: 'password', label: 'SIP password', kind: 'text' },
    ...screeningFields,
    ...statusCallbackFields,
    {
      name: 'name',
      label: 'Video name',
      kind: 'text',
      help: 'Only for video calls. Leave it empty.',
      advanced: true,
    },
  ],
  body: {
    name: 'text',
    label: 'SIP address',
    kind: 'text',
    required: true,
    placeholder: 'e.g. sip:alice@example.com',
    help: 'Under 255 characters. Custom headers may follow after ? (under 1024 characters), and ;transport=tcp or udp.',
  },
  outlets: [],
  answersCall: false,
  terminal: false,
  summary: (node) => node.text || 'No address yet',
};
