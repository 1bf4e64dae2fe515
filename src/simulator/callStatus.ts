/**
 * Where the simulated call stands, in a sentence for the status line: what runs next, what the
 * caller is asked for, or how the call ended.
 */
import { describeEnd, type Session } from '../platform';

export function callStatus(session: Session): string {
  const { state, position } = session;
  switch (state.kind) {
    case 'running': {
      if (!position) return 'The call is starting.';
      const next = position.document.verbs[position.index];
      if (!next) return `No verbs left in ${position.document.fileName}: Step ends the call.`;
      return `Next: <${next.name}> in ${position.document.fileName}. Step runs it; Run goes on until the caller is needed.`;
    }
    case 'waiting-for-input': {
      const what = [
        state.listensFor.keys ? 'press keys' : '',
        state.listensFor.speech ? 'say something' : '',
      ].filter(Boolean);
      const entered = state.entered ? ` Keys so far: ${state.entered}.` : '';
      return `The caller is asked to ${what.join(' or ')}.${entered}`;
    }
    case 'waiting-for-dial-outcome': {
      const who = state.targets.map((t) => t.value || t.kind).join(', ') || 'nobody';
      return `Ringing ${who} for up to ${state.timeout} s: choose what happens.`;
    }
    case 'recording':
      return `Recording the caller (up to ${state.maxLength} s).`;
    case 'waiting-for-hangup':
      return 'The caller hears this again and again until they hang up: End call hangs up.';
    case 'ended':
      return `Call ended: ${describeEnd(state.end)}`;
  }
}

/** The words the caller heard last (a Say, or a Play's address), for the caption. */
export function lastHeard(session: Session): string | undefined {
  for (let i = session.events.length - 1; i >= 0; i--) {
    const event = session.events[i]!;
    if (event.kind === 'say') return `“${event.text}”`;
    if (event.kind === 'play') return `A recording: ${event.url}`;
    // What the caller heard before they answered is no longer on the line.
    if (event.kind === 'input') return undefined;
  }
  return undefined;
}
