/**
 * The call in plain text, a line per thing that happened, for reading, copying and comparing
 * saved calls. The last line of an ended call says how it ended: "Call ended: rejected, 486 Busy
 * Here".
 */
import { findDecision } from '../decisions';
import type { CallEnd, CallEvent, CallInput, RejectOutcome, Session, SessionSetup } from './types';
import { getDialect } from '../dialects';

export function transcript(session: Session): string[] {
  return session.events.flatMap(describeEvent);
}

export function transcriptText(session: Session): string {
  return transcript(session).join('\n');
}

/** How the call ended, in a few words: "rejected, 486 Busy Here". */
export function describeEnd(end: CallEnd): string {
  switch (end.how) {
    case 'rejected':
      return `rejected, ${end.reject.code}`;
    case 'hung-up':
      return 'hung up by the flow (Hangup)';
    case 'completed':
      return 'completed, no verbs left to run';
    case 'caller-hung-up':
      return 'the caller hung up';
    case 'loop':
      return `it loops. ${end.message}`;
    case 'left-flow':
      return `the call leaves the flow for ${end.url}, which the simulator cannot fetch`;
    case 'error':
      return `error. ${end.message}`;
  }
}

const quoted = (text: string) => `“${text}”`;
const element = (event: { element?: string }) => (event.element ? `<${event.element}>` : 'a verb');

export function describeEvent(event: CallEvent): string[] {
  switch (event.kind) {
    case 'call':
      return [describeSetup(event.setup)];
    case 'request': {
      const { method, url, results, body } = event.request;
      const sent = Object.entries(results).map(([name, value]) => `${name}=${value}`);
      const why = event.reason === 'incoming' ? ' (the incoming call)' : '';
      const shown = body !== null && sent.length ? ` with ${sent.join(', ')}` : '';
      return [`→ ${method} ${url}${why}${shown}`];
    }
    case 'decision': {
      const kind = findDecision(event.decision)?.label ?? event.decision;
      const to =
        event.target === null
          ? 'not connected: the flow server answers an empty document'
          : event.target;
      const name = event.name === kind ? kind : `${event.name} (${kind})`;
      return [`◆ ${name}: ${event.outletLabel} → ${to}`];
    }
    case 'document':
      return [`← ${event.fileName}`];
    case 'answered':
      return [`The call is answered (by ${element(event)}).`];
    case 'say': {
      const times = loopWords(event.loop);
      return [
        `${prompt(event.inGather)}Say (${event.voice}, ${event.language}): ${quoted(event.text)}${times}`,
      ];
    }
    case 'play':
      return [`${prompt(event.inGather)}Play: ${event.url}${loopWords(event.loop)}`];
    case 'pause':
      return [
        `${prompt(event.inGather)}Pause ${event.seconds} s${event.ringing ? ' (the phone keeps ringing)' : ''}`,
      ];
    case 'listen': {
      const { listensFor, numDigits, finishOnKey, timeout } = event.state;
      const what = [listensFor.keys ? 'keys' : '', listensFor.speech ? 'speech' : '']
        .filter(Boolean)
        .join(' or ');
      const limits = [
        listensFor.keys && numDigits !== null
          ? `${numDigits} ${numDigits === 1 ? 'key' : 'keys'}`
          : '',
        listensFor.keys ? `finish with ${[...finishOnKey].join(' or ')}` : '',
        `${timeout} s of silence ends it`,
      ].filter(Boolean);
      return [`Gather: waiting for ${what} (${limits.join('; ')})`];
    }
    case 'input':
      return [`${inputWords(event.input)}${event.outcome}`];
    case 'dial': {
      const targets = event.targets.map((t) => `${t.kind} ${t.value}`.trim()).join(', ');
      return [`Dial: ringing ${targets || 'nobody'} for ${event.timeout} s`];
    }
    case 'record':
      return [
        `Record: recording (up to ${event.maxLength} s${event.beep ? ', after a beep' : ''})`,
      ];
    case 'recorded':
      return [`Recorded ${event.seconds} s: ${event.url}`];
    case 'sent': {
      const what = event.channel === 'sms' ? 'SMS' : 'Email';
      const subject = event.subject ? `, subject ${quoted(event.subject)}` : '';
      return [`${what} sent to ${event.to} from ${event.from}${subject}: ${quoted(event.text)}`];
    }
    case 'rejected':
      return describeReject(event.reject);
    case 'skipped':
      return [`Skipped ${element(event)}: ${event.why}`];
    case 'note':
      return [`Note: ${event.text}`];
    case 'ended':
      return [`Call ended: ${describeEnd(event.end)}`];
  }
}

function describeSetup(setup: SessionSetup): string {
  const from = setup.from === null ? 'a withheld number' : setup.from;
  const when = `${localTime(setup.at, setup.timeZone)} ${setup.timeZone}`;
  return `Call from ${from} to ${setup.to} on ${when} (${getDialect(setup.dialect).label})`;
}

/** "2026-11-30 09:05" in the zone, as the opening hours read it. */
function localTime(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

function prompt(inGather: boolean): string {
  return inGather ? 'Gather prompt: ' : '';
}

function loopWords(loop: number): string {
  if (loop === 0) return ', again and again until the caller hangs up';
  return loop > 1 ? `, ${loop} times` : '';
}

function inputWords(input: CallInput): string {
  switch (input.kind) {
    case 'keys':
      return `Caller pressed ${[...input.keys].join(' ')}. `;
    case 'timeout':
      return 'Caller pressed nothing. ';
    case 'speech':
      return `Caller said ${quoted(input.words)}. `;
    // The outcome says it all.
    case 'dial':
    case 'stop-recording':
    case 'hang-up':
      return '';
  }
}

function describeReject(reject: RejectOutcome): string[] {
  const carrier = [
    reject.code,
    reject.q850 !== undefined ? `Q.850 cause ${reject.q850}` : '',
    reject.callInfo !== undefined ? `Call-Info: ${reject.callInfo}` : '',
    reject.errorCode
      ? `error_code ${reject.errorCode}, error_message ${quoted(reject.errorMessage ?? '')}`
      : '',
  ].filter(Boolean);
  const hears = reject.callerHearsDocumented
    ? `The caller hears ${reject.callerHears}.`
    : `The caller most likely hears ${reject.callerHears}: the dialect does not say what carriers play for ${reject.code}.`;
  return [
    `Reject (${reject.reason}): the carrier receives ${carrier.join('; ')}. ${hears}`,
    ...reject.notes.map((note) => `Note: ${note}`),
  ];
}
