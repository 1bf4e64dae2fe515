import { nextOutlet } from './fields';
import type { VerbDef } from '../schema/verbs';

const ADDRESS_LIST = 'Comma-separated email addresses.';

export const email: VerbDef = {
  id: 'email',
  element: 'Email',
  label: 'Email',
  group: 'messages',
  description: 'Send an email during the call, e.g. to tell staff someone called.',
  icon: 'email',
  attributes: [
    {
      name: 'to',
      label: 'To',
      kind: 'text',
      required: true,
      placeholder: 'e.g. someone@example.com',
      help: 'The server needs a mail service set up, or nothing is sent.',
    },
    {
      name: 'from',
      label: 'From',
      kind: 'text',
      required: true,
      placeholder: 'e.g. calls@example.com',
    },
    { name: 'cc', label: 'Copy to', kind: 'text', help: ADDRESS_LIST },
    {
      name: 'bcc',
      label: 'Blind copy to',
      kind: 'text',
      // The docs spell it Bcc; the server reads only the lower-case name, written as it is here
      // (nothing the user needs to know or do).
      help: ADDRESS_LIST,
    },
    {
      name: 'subject',
      label: 'Subject',
      kind: 'text',
      platformDefault: 'Restcomm Email Service',
      // Lower case, as the server reads it: the docs spell it Subject.
      help: 'The subject line of the email.',
    },
  ],
  body: {
    name: 'text',
    label: 'Message',
    kind: 'text',
    multiline: true,
  },
  // The open-source server has no action for Email: the call simply goes on.
  outlets: [nextOutlet()],
  answersCall: true,
  terminal: false,
  summary: (node) => (node.attributes.to ? `Emails ${node.attributes.to}` : 'No recipient yet'),
  inspectorOrder: ['to', 'subject', 'text', 'from'],
};
