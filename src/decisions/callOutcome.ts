import type { DecisionDef } from '../schema/decisions';

export const callOutcome: DecisionDef = {
  kind: 'callOutcome',
  label: 'Call outcome',
  description: 'After a Dial: choose what happens next by how the dialled call went.',
  fields: [],
  follows: { verb: 'dial', outlet: 'action' },
  outlets: [
    {
      id: 'answered',
      label: 'Answered',
      help: 'Someone answered; the call with them has ended.',
      mayLeadNowhere: true,
    },
    { id: 'busy', label: 'Busy', help: 'The line was busy.' },
    { id: 'noAnswer', label: 'No answer', help: 'Nobody answered before “Ring for” ran out.' },
    {
      id: 'failed',
      label: 'Failed',
      help: 'The call could not be placed or was cancelled (also when the platform sent no outcome).',
    },
  ],
};
