import type { FieldOption } from '../schema/verbs';
import type { DialectDef } from './types';

const EVERYWHERE = 'Honoured by every RCML platform';
const HOSTED = 'Hosted platform only';
const HOSTED_CAVEAT =
  'Honoured by the hosted platform only: other platforms refuse the call as “rejected” (603) instead.';

/** RCML `<Reject reason>` values: seeds 000 and 003, and rcml-verbs.md §4. */
export const rcmlRejectReasons: readonly FieldOption[] = [
  {
    value: 'rejected',
    label: 'Rejected',
    code: '603 Decline',
    description: 'caller hears the standard “not in service” message',
    group: EVERYWHERE,
    meaning: { sip: 603, family: 'decline' },
  },
  {
    value: 'busy',
    label: 'Busy',
    code: '486 Busy Here',
    description: 'caller hears a busy signal',
    group: EVERYWHERE,
    meaning: { sip: 486, family: 'busy' },
  },
  {
    value: 'forbidden',
    label: 'Forbidden',
    code: '403 Forbidden',
    description: 'refuses a call from an untrusted origin',
    group: HOSTED,
    caveat: HOSTED_CAVEAT,
    meaning: { sip: 403, family: 'decline' },
  },
  {
    value: 'anonymity_disallowed',
    label: 'Anonymity disallowed',
    code: '433 Anonymity Disallowed',
    description: 'refuses a caller who hides their number',
    group: HOSTED,
    caveat: HOSTED_CAVEAT,
    meaning: { sip: 433, family: 'decline' },
  },
  {
    value: 'address_incomplete',
    label: 'Address incomplete',
    code: '484 Address Incomplete',
    description: 'tells the carrier the dialled number is wrong or incomplete',
    group: HOSTED,
    caveat: HOSTED_CAVEAT,
    meaning: { sip: 484, family: 'not-found' },
  },
  {
    value: 'no_route',
    label: 'No route',
    code: '404 No Route',
    description: 'tells the carrier there is no route to this destination',
    group: HOSTED,
    caveat: HOSTED_CAVEAT,
    meaning: { sip: 404, family: 'not-found' },
  },
  {
    value: 'service_unavailable',
    label: 'Service unavailable',
    code: '503 Service Unavailable',
    description: 'asks the carrier to send the call elsewhere (temporary trouble)',
    group: HOSTED,
    caveat: HOSTED_CAVEAT,
    meaning: { sip: 503, family: 'unavailable' },
  },
  {
    value: 'unwanted',
    label: 'Unwanted',
    code: '607 Unwanted',
    description: 'refuses a caller on your block list',
    group: HOSTED,
    caveat: HOSTED_CAVEAT,
    meaning: { sip: 607, family: 'decline' },
  },
];

export const rcml: DialectDef = {
  id: 'rcml',
  label: 'RCML',
  vendor: 'Restcomm and CallAPI platforms',
  numberSetting: 'the phone number’s Voice URL (“Voice Request URL”), under Numbers in Restcomm',
  verbListComplete: true,
  verbs: {
    start: { support: 'documented' },
    say: { support: 'documented' },
    play: { support: 'documented' },
    gather: { support: 'documented' },
    record: { support: 'documented' },
    dial: { support: 'documented' },
    number: { support: 'documented' },
    client: { support: 'documented' },
    sip: { support: 'documented' },
    conference: { support: 'documented' },
    hold: { support: 'documented' },
    resume: { support: 'documented' },
    refer: { support: 'documented' },
    sms: { support: 'documented' },
    email: { support: 'documented' },
    pause: { support: 'documented' },
    redirect: { support: 'documented' },
    hangup: { support: 'documented' },
    reject: {
      support: 'documented',
      attributes: { reason: { options: rcmlRejectReasons }, errorMessage: null },
      body: { kind: 'forbidden', explanation: 'An RCML Reject has no body.' },
    },
  },
};
