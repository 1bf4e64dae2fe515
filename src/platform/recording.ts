/** What a stopped recording reports to the Record's action. */
import type { VerbElement } from './elements';
import { SIMULATED_CALL_SID } from './requests';
import { addEvents } from './sessionState';
import type { Session } from './types';

/** How long a recording lasts when the person trying the flow does not say. */
export const DEFAULT_RECORDING_SECONDS = 10;

export interface RecordingStop {
  /** The key that stopped it, or `hangup` when the caller hung up (RCML's Digits). */
  readonly key?: string;
  readonly seconds?: number;
}

/** The recording's event, and the parameters RCML sends its action: RecordingUrl, … */
export function recordingResults(
  session: Session,
  verb: VerbElement,
  stop: RecordingStop,
): { session: Session; results: Record<string, string> } {
  const number = session.recordings + 1;
  // Not a real address (.invalid): the simulator records nothing.
  const url = `https://recordings.invalid/${SIMULATED_CALL_SID}/RE${number}.wav`;
  const seconds = Math.max(0, Math.round(stop.seconds ?? DEFAULT_RECORDING_SECONDS));
  const nodeId = session.position?.nodeId;
  const recorded = addEvents(
    { ...session, recordings: number },
    { kind: 'recorded', url, seconds, element: verb.name, ...(nodeId ? { nodeId } : {}) },
  );
  const results: Record<string, string> = {
    RecordingUrl: url,
    RecordingDuration: String(seconds),
    ...(stop.key ? { Digits: stop.key } : {}),
  };
  return { session: recorded, results };
}
