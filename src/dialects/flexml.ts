import type { FieldOption } from '../schema/verbs';
import type { DialectDef } from './types';

/** FlexML `<Reject reason>` values, in the order of CarrierX's table (seed 001). */
export const flexmlRejectReasons: readonly FieldOption[] = [
  {
    value: 'redirect',
    label: 'Redirect',
    code: '302 Moved Temporarily',
    description: 'tells the carrier the number has moved for now',
    meaning: { sip: 302, family: 'unavailable' },
  },
  {
    value: 'forbidden',
    label: 'Forbidden',
    code: '403 Forbidden',
    description: 'refuses the call',
    meaning: { sip: 403, family: 'decline' },
  },
  {
    value: 'rejected',
    label: 'Rejected',
    code: '403 Forbidden',
    description: 'refuses the call (the default)',
    caveat:
      'In FlexML “rejected” is 403 Forbidden, not 603 as in RCML and VoiceML. For 603 choose “Decline”.',
    meaning: { sip: 403, family: 'decline' },
  },
  {
    value: 'not-found',
    label: 'Not found',
    code: '404 Not Found',
    description: 'tells the carrier the number could not be found',
    meaning: { sip: 404, family: 'not-found' },
  },
  {
    value: 'busy-here',
    label: 'Busy here',
    code: '486 Busy Here',
    description: 'caller hears a busy signal',
    meaning: { sip: 486, family: 'busy' },
  },
  {
    value: 'bad-gateway',
    label: 'Bad gateway',
    code: '502 Bad Gateway',
    description: 'tells the carrier the network is out of order',
    meaning: { sip: 502, family: 'unavailable' },
  },
  {
    value: 'unavailable',
    label: 'Unavailable',
    code: '503 Service Unavailable',
    description: 'a temporary failure; the carrier may try again later',
    meaning: { sip: 503, family: 'unavailable' },
  },
  {
    value: 'busy',
    label: 'Busy everywhere',
    code: '600 Busy Everywhere',
    description: 'tells the carrier every destination is busy',
    caveat:
      'FlexML’s “busy” is 600 Busy Everywhere, not 486 as in RCML. For 486 choose “Busy here”.',
    meaning: { sip: 600, family: 'busy' },
  },
  {
    value: 'decline',
    label: 'Decline',
    code: '603 Decline',
    description: 'the number does not wish to take the call',
    meaning: { sip: 603, family: 'decline' },
  },
  {
    value: 'does-not-exist',
    label: 'Does not exist',
    code: '604 Does Not Exist Anywhere',
    description: 'tells the carrier the number does not exist anywhere',
    meaning: { sip: 604, family: 'not-found' },
  },
  {
    value: 'unwanted',
    label: 'Unwanted',
    code: '607 Unwanted',
    description: 'refuses the caller; later calls from them will be refused too',
    meaning: { sip: 607, family: 'decline' },
  },
  {
    value: 'intermediary-rejected',
    label: 'Intermediary rejected',
    code: '608 Rejected',
    description: 'refused by a screening service; your message goes back in Call-Info',
    meaning: { sip: 608, family: 'decline' },
  },
];

export const flexml: DialectDef = {
  id: 'flexml',
  label: 'FlexML',
  vendor: 'CarrierX',
  numberSetting:
    'the FlexML URL (“calls URL”) of the FlexML application linked to your number in the CarrierX portal',
  // Only some FlexML verbs are documented to us: a verb missing here may still exist.
  verbListComplete: false,
  verbs: {
    start: { support: 'documented' },
    // CarrierX documents these verbs, but their attributes are not known to us (rcml-verbs.md §5).
    say: { support: 'listed' },
    play: { support: 'listed' },
    gather: { support: 'listed' },
    record: { support: 'listed' },
    dial: { support: 'listed' },
    number: { support: 'listed' },
    hangup: { support: 'listed' },
    reject: {
      support: 'documented',
      attributes: { reason: { options: flexmlRejectReasons }, errorMessage: null },
      body: {
        kind: 'only-when',
        attribute: 'reason',
        value: 'intermediary-rejected',
        explanation: 'FlexML returns a message only with the reason “Intermediary rejected”.',
      },
    },
  },
};
