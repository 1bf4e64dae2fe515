import type { FieldOption } from '../schema/verbs';
import type { DialectDef } from './types';

/** VoiceML `<Reject Reason>` values (seed 002); what a PSTN caller hears, SIP code and Q.850 cause. */
export const voicemlRejectReasons: readonly FieldOption[] = [
  {
    value: 'not-found',
    label: 'Not found',
    code: '404 Not Found',
    description: 'caller hears the operator’s “not in service” message',
    meaning: { sip: 404, q850: 1, family: 'not-found' },
  },
  {
    value: 'busy',
    label: 'Busy',
    code: '486 Busy Here',
    description: 'caller hears a busy signal',
    meaning: { sip: 486, q850: 17, family: 'busy' },
  },
  {
    value: 'rejected',
    label: 'Rejected',
    code: '603 Decline',
    description: 'caller hears the “not in service” message',
    meaning: { sip: 603, q850: 21, family: 'decline' },
  },
  {
    value: 'no-answer',
    label: 'No answer',
    code: '480 Temporarily Unavailable',
    description: 'caller hears a busy signal',
    meaning: { sip: 480, q850: 19, family: 'busy' },
  },
  {
    value: 'subscriber-absent',
    label: 'Subscriber absent',
    code: '480 Temporarily Unavailable',
    description: 'caller hears a busy signal',
    meaning: { sip: 480, q850: 20, family: 'busy' },
  },
  {
    value: 'invalid-number-format',
    label: 'Invalid number format',
    code: '484 Address Incomplete',
    description: 'caller hears the “not in service” message',
    meaning: { sip: 484, q850: 28, family: 'not-found' },
  },
  {
    value: 'service-unavailable',
    label: 'Service unavailable',
    code: '503 Service Unavailable',
    description: 'caller hears a busy signal',
    meaning: { sip: 503, family: 'unavailable' },
  },
];

export const VOICEML_ERROR_MESSAGE_MAX = 64;

export const voiceml: DialectDef = {
  id: 'voiceml',
  label: 'VoiceML',
  vendor: 'Enfonica Cloud Voice',
  numberSetting: 'the phone number’s VoiceML URL, in its voice settings in the Enfonica Console',
  // VoiceML's overview lists every action; RCML's Pause and Hangup are not among them.
  verbListComplete: true,
  verbs: {
    start: { support: 'documented' },
    // VoiceML actions with an RCML namesake; their PascalCase attributes are not known to us.
    // (VoiceML's Call, Input and Wait are different verbs, not spellings of Dial, Gather, Pause.)
    say: { support: 'listed' },
    play: { support: 'listed' },
    record: { support: 'listed' },
    redirect: { support: 'listed' },
    reject: {
      support: 'documented',
      attributes: {
        reason: { xmlName: 'Reason', options: voicemlRejectReasons },
        errorMessage: { xmlName: 'ErrorMessage', maxLength: VOICEML_ERROR_MESSAGE_MAX },
      },
      body: { kind: 'forbidden', explanation: 'A VoiceML Reject must not contain a body.' },
    },
  },
};
