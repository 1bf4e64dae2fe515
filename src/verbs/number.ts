import { screeningFields, statusCallbackFields } from './fields';
import type { VerbDef } from '../schema/verbs';

/** `<Number>` noun of Dial: a phone number to ring. */
export const number: VerbDef = {
  id: 'number',
  element: 'Number',
  label: 'Number',
  group: 'connect',
  description: 'A phone number to ring.',
  icon: 'number',
  noun: true,
  attributes: [
    {
      name: 'sendDigits',
      label: 'Digits to send',
      kind: 'text',
      help: 'Keys pressed for the caller once the number answers, e.g. an extension (wwww1234). Some platforms ignore this.',
    },
    ...screeningFields,
    ...statusCallbackFields,
  ],
  body: {
    name: 'text',
    label: 'Phone number',
    kind: 'phone',
    required: true,
    placeholder: 'e.g. +14155550123',
    help: 'In international E.164 form: + and country code. Custom SIP headers may follow after ?.',
  },
  outlets: [],
  answersCall: false,
  terminal: false,
  summary: (node) => node.text || 'No number yet',
};
