import type { VerbDef } from '../schema/verbs';

export const hangup: VerbDef = {
  id: 'hangup',
  element: 'Hangup',
  label: 'Hangup',
  group: 'end',
  description: 'End the call. On a ringing call it answers first (billed): use Reject to refuse.',
  icon: 'hangup',
  attributes: [],
  outlets: [],
  answersCall: true,
  terminal: true,
  summary: () => 'Ends the call',
};
