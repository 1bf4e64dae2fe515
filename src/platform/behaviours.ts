/**
 * One behaviour per verb: what the platform does when it reaches the element. Whether a verb
 * answers the call is the catalog's `answersCall`, applied before the behaviour runs (session.ts);
 * defaults come from the catalog's `platformDefault`; actions from its action outlets.
 * Behaviours that wait leave the call in a waiting state; inputs.ts carries on from there.
 */
import type { VerbElement } from './elements';
import { actionOrOn, actionUrl, follow, goOn } from './moves';
import { rejectOutcome } from './reject';
import { SIMULATED_CALL_SID, WITHHELD_FROM } from './requests';
import { addEvents, endCall } from './sessionState';
import type { CallEvent, DialTarget, Session } from './types';
import { absoluteUrl, flowAddresses } from './urls';

export type Behaviour = (
  session: Session,
  verb: VerbElement,
  nodeId: string | undefined,
) => Session;

const at = (verb: VerbElement, nodeId: string | undefined) => ({
  element: verb.name,
  ...(nodeId ? { nodeId } : {}),
});

/** Say, Play and Pause, on their own or as a Gather's prompts. */
function soundEvent(
  session: Session,
  verb: VerbElement,
  nodeId: string | undefined,
  inGather: boolean,
): CallEvent | undefined {
  switch (verb.verb?.def.id) {
    case 'say':
      return {
        kind: 'say',
        text: verb.text,
        voice: verb.value('voice') ?? '',
        language: verb.value('language') ?? '',
        loop: verb.number('loop'),
        inGather,
        ...at(verb, nodeId),
      };
    case 'play': {
      const documentPath = session.position?.document.path ?? '/';
      const resolved = absoluteUrl(flowAddresses(session.flow.baseUrl), verb.text, documentPath);
      return {
        kind: 'play',
        url: verb.text,
        ...(resolved ? { resolvedUrl: resolved } : {}),
        loop: verb.number('loop'),
        inGather,
        ...at(verb, nodeId),
      };
    }
    case 'pause':
      return {
        kind: 'pause',
        seconds: verb.number('length'),
        ringing: !session.answered,
        inGather,
        ...at(verb, nodeId),
      };
    default:
      return undefined;
  }
}

/** Say and Play: heard, then on; `loop="0"` repeats until the caller hangs up. */
const sound: Behaviour = (session, verb, nodeId) => {
  const event = soundEvent(session, verb, nodeId, false)!;
  const heard = addEvents(session, event);
  if ('loop' in event && event.loop === 0) {
    const forever = addEvents(heard, {
      kind: 'note',
      text: `${verb.name} repeats until the caller hangs up: nothing after it runs.`,
      ...at(verb, nodeId),
    });
    return { ...forever, state: { kind: 'waiting-for-hangup' } };
  }
  return goOn(heard);
};

const pause: Behaviour = (session, verb, nodeId) =>
  goOn(addEvents(session, soundEvent(session, verb, nodeId, false)!));

/** Keys a Gather accepts as its finish key; anything else reads as `#` on the open-source server. */
const FINISH_KEYS = /^[0-9*#]{1,12}$/;

const gather: Behaviour = (session, verb, nodeId) => {
  const prompts: CallEvent[] = [];
  for (const child of verb.children(session.setup.dialect)) {
    const event = soundEvent(session, child, undefined, true);
    prompts.push(
      event ?? {
        kind: 'skipped',
        why: `A Gather plays only Say, Play and Pause: <${child.name}> inside it does not run.`,
        ...at(child, undefined),
      },
    );
  }
  const input = (verb.value('input') ?? '').toLowerCase();
  const speech = input.includes('speech');
  const numDigits = Number.parseInt(verb.written('numDigits') ?? '', 10);
  const finishOnKey = verb.written('finishOnKey') ?? '';
  const state = {
    kind: 'waiting-for-input' as const,
    listensFor: { keys: input.includes('dtmf') || !speech, speech },
    numDigits: numDigits >= 1 ? numDigits : null,
    finishOnKey: FINISH_KEYS.test(finishOnKey) ? finishOnKey : '#',
    timeout: verb.number('timeout'),
    entered: '',
    language: verb.value('language') ?? '',
  };
  const listening = addEvents(session, ...prompts, { kind: 'listen', state, ...at(verb, nodeId) });
  return { ...listening, state };
};

/** Record: recording until it is stopped (inputs.ts). `-1` means no key stops it. */
const record: Behaviour = (session, verb, nodeId) => {
  const keys = verb.value('finishOnKey') ?? '';
  const finishOnKey = keys === '-1' ? '' : FINISH_KEYS.test(keys) ? keys : '#';
  const state = {
    kind: 'recording' as const,
    maxLength: verb.number('maxLength'),
    finishOnKey,
    timeout: verb.number('timeout'),
  };
  const started = addEvents(session, {
    kind: 'record',
    maxLength: state.maxLength,
    beep: verb.value('playBeep') !== 'false',
    ...at(verb, nodeId),
  });
  return { ...started, state };
};

/**
 * Dial: rings its nouns (or the body: with `@` a SIP address, `client…` an app user, else a
 * number, as the platform reads it) and waits for the outcome the user picks (inputs.ts).
 */
const dial: Behaviour = (session, verb, nodeId) => {
  const nouns = verb.children(session.setup.dialect);
  const targets: DialTarget[] = nouns.length
    ? nouns.map((noun) => ({
        kind: noun.verb?.def.id ?? noun.name,
        value: noun.text || noun.written('name') || '',
      }))
    : [{ kind: bodyTarget(verb.text), value: verb.text }];
  const state = {
    kind: 'waiting-for-dial-outcome' as const,
    targets,
    timeout: verb.number('timeout'),
  };
  const ringing = addEvents(session, {
    kind: 'dial',
    targets,
    timeout: state.timeout,
    ...at(verb, nodeId),
  });
  return { ...ringing, state };
};

function bodyTarget(text: string): string {
  if (text.includes('@')) return 'sip';
  return text.startsWith('client') ? 'client' : 'number';
}

/** Sms: to the caller and from the number called unless given; an empty one stops the call. */
const sms: Behaviour = (session, verb, nodeId) => {
  if (!verb.text) {
    return endCall(session, {
      how: 'error',
      message: 'An SMS with no message stops the call with an error (14103).',
    });
  }
  const sent = addEvents(session, {
    kind: 'sent',
    channel: 'sms',
    to: verb.written('to') ?? session.setup.from ?? WITHHELD_FROM,
    from: verb.written('from') ?? session.setup.to,
    text: verb.text,
    ...at(verb, nodeId),
  });
  // The action is requested at once, while the message is being sent.
  return actionOrOn(sent, verb, {
    SmsSid: `SM${SIMULATED_CALL_SID.slice(2)}`,
    SmsStatus: 'sending',
  });
};

const email: Behaviour = (session, verb, nodeId) => {
  const to = verb.written('to');
  const from = verb.written('from');
  if (!to || !from) {
    const why = 'An Email needs both To and From: the platform sends nothing.';
    return goOn(addEvents(session, { kind: 'skipped', why, ...at(verb, nodeId) }));
  }
  const subject = verb.value('subject');
  const sent = addEvents(session, {
    kind: 'sent',
    channel: 'email',
    to,
    from,
    text: verb.text,
    ...(subject ? { subject } : {}),
    ...at(verb, nodeId),
  });
  return goOn(sent);
};

/** Redirect: on to its URL; with none, the platform goes on with the next verb. */
const redirect: Behaviour = (session, verb, nodeId) => {
  const url = actionUrl(verb);
  if (url) return follow(session, verb, url, 'redirect');
  const why = 'This Redirect has no URL: the platform goes on with the next verb.';
  return goOn(addEvents(session, { kind: 'skipped', why, ...at(verb, nodeId) }));
};

const hangup: Behaviour = (session) => endCall(session, { how: 'hung-up' });

/**
 * Reject refuses a ringing call. Once the call is answered it cannot: the open-source RCML
 * server skips it and runs the next verb (rcml-verbs.md §4).
 */
const reject: Behaviour = (session, verb, nodeId) => {
  if (!session.answered) {
    const outcome = rejectOutcome(verb);
    const refused = addEvents(session, { kind: 'rejected', reject: outcome, ...at(verb, nodeId) });
    return endCall(refused, { how: 'rejected', reject: outcome });
  }
  const answeredBy = session.events.find((event) => event.kind === 'answered');
  const by = answeredBy && 'element' in answeredBy ? ` (by <${answeredBy.element}>)` : '';
  const platform =
    session.setup.dialect === 'rcml'
      ? 'Some platforms skip it and go on with the next step, as the simulator does.'
      : `${verb.verb?.dialect.label ?? 'This dialect'}’s documentation does not say what happens; the simulator does as some RCML platforms do: it skips the Reject and goes on with the next step.`;
  const why = `The call was already answered${by}, so this Reject cannot refuse it. ${platform}`;
  return goOn(addEvents(session, { kind: 'skipped', why, ...at(verb, nodeId) }));
};

/** Catalog verb id → behaviour. A verb missing here is skipped, and the transcript says why. */
export const BEHAVIOURS: Readonly<Record<string, Behaviour>> = {
  say: sound,
  play: sound,
  pause,
  gather,
  record,
  dial,
  sms,
  email,
  redirect,
  hangup,
  reject,
};
