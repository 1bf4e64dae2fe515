import { actionField, actionOutlet, methodField, nextOutlet } from './fields';
import { excerpt } from './summaries';
import type { VerbDef } from './types';

export const sms: VerbDef = {
  id: 'sms',
  element: 'Sms',
  label: 'SMS',
  group: 'messages',
  description: 'Send a text message during the call, by default to the caller.',
  icon: 'sms',
  attributes: [
    {
      name: 'to',
      label: 'Send to',
      kind: 'phone',
      placeholder: '+14155550123',
      help: 'In E.164 form. Defaults to the caller. An invalid number stops the call.',
    },
    {
      name: 'from',
      label: 'Send from',
      kind: 'phone',
      placeholder: '+14155550123',
      help: 'In E.164 form. Defaults to the number that was called. An invalid number stops the call.',
    },
    actionField(
      'Document fetched as soon as the message is handed over for sending; the verbs after SMS then never run.',
    ),
    methodField(),
    {
      name: 'statusCallback',
      label: 'Status callback URL',
      kind: 'url',
      help: 'Meant to receive delivery updates, but the open-source server ignores it and reports to the action URL.',
    },
  ],
  body: {
    name: 'text',
    label: 'Message',
    kind: 'text',
    required: true,
    multiline: true,
    placeholder: 'Thanks for calling…',
    help: 'An empty message stops the call with an error.',
  },
  outlets: [
    nextOutlet('Then', 'Runs once the message is sent, unless “After sending” is connected.'),
    actionOutlet(
      'After sending',
      'The platform fetches this document right after handing the message over, with its status.',
    ),
  ],
  answersCall: true,
  terminal: false,
  endsDocumentWithAction: true,
  summary: (node) => excerpt(node.text, 'No message yet'),
};
