import { actionField, actionOutlet, methodField, nextOutlet } from './fields';
import { excerpt } from './summaries';
import type { VerbDef } from '../schema/verbs';

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
      placeholder: 'e.g. +14155550123',
      help: 'In E.164 form. Defaults to the caller. An invalid number stops the call.',
    },
    {
      name: 'from',
      label: 'Send from',
      kind: 'phone',
      placeholder: 'e.g. +14155550123',
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
      help: 'Meant to receive delivery updates, but some platforms ignore it and send them where “After sending” leads.',
      advanced: true,
    },
  ],
  body: {
    name: 'text',
    label: 'Message',
    kind: 'text',
    required: true,
    multiline: true,
    placeholder: 'e.g. Thanks for calling…',
    help: 'An empty message stops the call with an error.',
  },
  outlets: [
    nextOutlet(
      'Then',
      'Where the call goes once the message is sent, unless “After sending” is connected.',
    ),
    actionOutlet(
      'After sending',
      'Where the call goes right after the message is handed over; the platform sends its status.',
    ),
  ],
  answersCall: true,
  terminal: false,
  endsDocumentWithAction: true,
  summary: (node) => {
    const text = excerpt(node.text, '');
    if (!text) return 'No message yet';
    return node.attributes.to ? `Texts ${node.attributes.to}: ${text}` : `Texts the caller ${text}`;
  },
  inspectorOrder: ['to', 'text', 'from'],
};
