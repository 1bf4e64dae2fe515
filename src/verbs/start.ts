import type { VerbDef } from '../schema/verbs';

/** The "Incoming call" node every flow starts from. It writes no element. */
export const start: VerbDef = {
  id: 'start',
  element: '',
  label: 'Incoming call',
  group: 'control',
  description: 'Where every call begins: the first verb connected here runs when the phone rings.',
  icon: 'phone-incoming',
  attributes: [],
  outlets: [
    {
      id: 'next',
      label: 'First verb',
      kind: 'next',
      help: 'What callers meet first: this step runs as soon as the phone rings.',
    },
  ],
  answersCall: false,
  terminal: false,
  isStart: true,
  summary: () => 'When a call comes in',
};
