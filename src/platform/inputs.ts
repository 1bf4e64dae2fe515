/**
 * What the caller does while the call waits: keys and speech at a Gather, the outcome of a Dial
 * (the person trying the flow picks it), the end of a recording. Each is kept in the session's
 * inputs, so that the call can be replayed. An input the call is not waiting for changes nothing:
 * the same session comes back.
 */
import type { VerbElement } from './elements';
import { actionUrl, currentElement, follow, goOn } from './moves';
import { recordingResults, type RecordingStop } from './recording';
import { SIMULATED_CALL_SID } from './requests';
import { addEvents } from './sessionState';
import type { CallInput, CallState, DialOutcome, Session } from './types';

type Listening = Extract<CallState, { kind: 'waiting-for-input' }>;

/** How long an answered dialled call lasts when the person trying the flow does not say. */
export const DEFAULT_CALL_SECONDS = 60;

/** RCML's DialCallStatus for each outcome. */
export const DIAL_CALL_STATUS: Readonly<Record<DialOutcome, string>> = {
  answered: 'completed',
  busy: 'busy',
  'no-answer': 'no-answer',
  failed: 'failed',
};

const KEY = /^[0-9*#]$/;

/** The input is taken: kept, and the loop bound starts again (the caller did something). */
function taken(session: Session, input: CallInput, outcome: string, verb: VerbElement): Session {
  const nodeId = session.position?.nodeId;
  return {
    ...addEvents(session, {
      kind: 'input',
      input,
      outcome,
      element: verb.name,
      ...(nodeId ? { nodeId } : {}),
    }),
    inputs: [...session.inputs, input],
    fetchesInARow: 0,
    state: { kind: 'running' },
  };
}

/**
 * Keys pressed at a Gather, one after another (`'1'`, or `'12#'` at once), or `'timeout'` when
 * the caller lets the time run out. The Gather ends on a finish key (not sent) or once it has
 * numDigits keys; keys pressed after that are not heard. Without either, it keeps listening.
 */
export function press(session: Session, keys: string): Session {
  const state = session.state;
  const verb = currentElement(session);
  if (state.kind !== 'waiting-for-input' || !verb) return session;
  if (keys === 'timeout') return timedOut(session, state, verb);
  if (!state.listensFor.keys) return session;
  const pressed = [...keys].filter((key) => KEY.test(key)).join('');
  if (!pressed) return session;
  let entered = state.entered;
  let used = 0;
  let finished = false;
  for (const key of pressed) {
    used += 1;
    if (state.finishOnKey.includes(key)) {
      finished = true;
      break;
    }
    entered += key;
    if (state.numDigits !== null && entered.length >= state.numDigits) {
      finished = true;
      break;
    }
  }
  const input: CallInput = { kind: 'keys', keys: pressed };
  const unheard = pressed.slice(used);
  const lost = unheard ? ` (${unheard} came after the Gather had ended and is not heard)` : '';
  if (!finished) {
    const outcome = `Keys so far: ${entered}. The Gather waits for more keys${state.finishOnKey ? `, ${[...state.finishOnKey].join(' or ')} to finish` : ''}, or ${state.timeout} s of silence.`;
    return { ...taken(session, input, outcome, verb), state: { ...state, entered } };
  }
  return gathered(session, input, verb, { Digits: entered }, entered, lost);
}

function timedOut(session: Session, state: Listening, verb: VerbElement): Session {
  const input: CallInput = { kind: 'timeout' };
  if (state.entered) {
    return gathered(session, input, verb, { Digits: state.entered }, state.entered, '');
  }
  return gathered(session, input, verb, {}, '', '');
}

/** Words spoken at a Gather that listens for speech. */
export function speak(session: Session, words: string): Session {
  const state = session.state;
  const verb = currentElement(session);
  const said = words.trim();
  if (state.kind !== 'waiting-for-input' || !verb || !state.listensFor.speech || !said) {
    return session;
  }
  return gathered(session, { kind: 'speech', words: said }, verb, { SpeechResult: said }, said, '');
}

/**
 * The Gather is over. With input and an action the platform requests the action with it; with
 * no input it goes on after the Gather; with input but no action the open-source server throws
 * the input away and goes on (its docs say the action defaults to the current document).
 */
function gathered(
  session: Session,
  input: CallInput,
  verb: VerbElement,
  results: Record<string, string>,
  heard: string,
  lost: string,
): Session {
  const url = actionUrl(verb);
  if (!heard) {
    const outcome = `No input${input.kind === 'timeout' ? ' before the time ran out' : ''}: the platform goes on with the verbs after the Gather.`;
    return goOn(taken(session, input, outcome, verb));
  }
  if (!url) {
    const outcome = `Heard ${heard}${lost}, but “After input” leads nowhere: the simulator throws the input away and goes on with the next step, as some platforms do (others fetch this document again).`;
    return goOn(taken(session, input, outcome, verb));
  }
  // Said as the designer shows it: the outlet the call takes, and what goes with it in words.
  const sent = results.Digits !== undefined ? 'the keys pressed' : 'the words said';
  const outcome = `Heard ${heard}${lost}: the call goes on to “After input” with ${sent}.`;
  return follow(taken(session, input, outcome, verb), verb, url, 'action', results);
}

/** How the Dial went, as the person trying the flow decides it. */
export function dialOutcome(
  session: Session,
  outcome: DialOutcome,
  options: { readonly seconds?: number } = {},
): Session {
  const verb = currentElement(session);
  if (session.state.kind !== 'waiting-for-dial-outcome' || !verb) return session;
  const answered = outcome === 'answered';
  const seconds = Math.max(0, Math.round(options.seconds ?? (answered ? DEFAULT_CALL_SECONDS : 0)));
  const input: CallInput = {
    kind: 'dial',
    outcome,
    ...(options.seconds !== undefined ? { seconds: options.seconds } : {}),
  };
  const results = {
    DialCallStatus: DIAL_CALL_STATUS[outcome],
    DialCallSid: `CA${SIMULATED_CALL_SID.slice(2, -1)}2`,
    DialCallDuration: String(seconds),
  };
  const url = actionUrl(verb);
  const said = answered ? `answered; the call with them lasted ${seconds} s` : DIAL_WORDS[outcome];
  const then = url
    ? 'the call goes on to “After the call”, which is told how it went'
    : '“After the call” leads nowhere: the call goes on with the next step';
  const next = taken(session, input, `The dialled call: ${said}; ${then}.`, verb);
  return url ? follow(next, verb, url, 'action', results) : goOn(next);
}

const DIAL_WORDS: Readonly<Record<DialOutcome, string>> = {
  answered: 'answered',
  busy: 'busy',
  'no-answer': 'nobody answered before the ringing time ran out',
  failed: 'it could not be placed',
};

/** The recording stops (a key, silence, the longest length): its action gets the recording. */
export function stopRecording(session: Session, stop: RecordingStop = {}): Session {
  const verb = currentElement(session);
  if (session.state.kind !== 'recording' || !verb) return session;
  const input: CallInput = {
    kind: 'stop-recording',
    ...(stop.key !== undefined ? { key: stop.key } : {}),
    ...(stop.seconds !== undefined ? { seconds: stop.seconds } : {}),
  };
  const url = actionUrl(verb);
  const then = url
    ? 'the call goes on to “After recording” with the recording'
    : '“After recording” leads nowhere: the call goes on with the next step';
  const how = stop.key ? `Recording stopped with ${stop.key}` : 'Recording stopped';
  const { session: recorded, results } = recordingResults(
    taken(session, input, `${how}; ${then}.`, verb),
    verb,
    stop,
  );
  return url ? follow(recorded, verb, url, 'action', results) : goOn(recorded);
}
