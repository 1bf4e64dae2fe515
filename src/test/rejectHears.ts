/**
 * What the caller hears for each Reject reason, where /work/shared/reference/reject-dialects.md
 * says it, transcribed by hand (as rejectFacts.ts is): tests compare the simulator with this,
 * never with the code's own dialect tables. A reason missing here is not documented.
 */
import type { DialectId } from '../schema/flow';

export type Heard = 'busy signal' | 'not in service';

export const CALLER_HEARS: Readonly<Record<DialectId, Readonly<Record<string, Heard>>>> = {
  rcml: { rejected: 'not in service', busy: 'busy signal' },
  // The seed says “busy at this location”: 486 Busy Here, a busy signal in RCML and VoiceML too.
  flexml: { 'busy-here': 'busy signal' },
  voiceml: {
    'not-found': 'not in service',
    busy: 'busy signal',
    rejected: 'not in service',
    'no-answer': 'busy signal',
    'subscriber-absent': 'busy signal',
    'invalid-number-format': 'not in service',
    'service-unavailable': 'busy signal',
  },
};

/** VoiceML's Q.850 causes (the only dialect that documents them). */
export const VOICEML_Q850: Readonly<Record<string, number | undefined>> = {
  'not-found': 1,
  busy: 17,
  rejected: 21,
  'no-answer': 19,
  'subscriber-absent': 20,
  'invalid-number-format': 28,
  'service-unavailable': undefined,
};
