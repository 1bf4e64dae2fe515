import { Copy } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { Session } from '../platform';
import type { CallActions } from './callActions';
import { CallEnding } from './CallEnding';
import { CallerInput, type CallerActions } from './CallerInput';
import { callStatus, lastHeard } from './callStatus';
import { TranscriptView } from './TranscriptView';
import type { useSpeech } from './useSpeech';

/**
 * The call on show: its controls, where it stands, what the caller hears and can do, how it
 * ended, and its transcript (kept scrolled to the newest line).
 */
export function CallView({
  session,
  actions,
  callerActions,
  onStep,
  onRun,
  onRestart,
  onCopy,
  speech,
  stale,
}: {
  session: Session;
  actions: CallActions;
  callerActions: CallerActions;
  onStep(): void;
  onRun(): void;
  onRestart(): void;
  onCopy(): void;
  speech: ReturnType<typeof useSpeech>;
  /** The flow was changed since the call was placed. */
  stale: boolean;
}) {
  const running = session.state.kind === 'running';
  const ended = session.state.kind === 'ended';
  const heard = lastHeard(session);
  const transcript = useRef<HTMLDivElement>(null);

  // The newest lines stay in view.
  useEffect(() => {
    const box = transcript.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [session.events.length]);

  return (
    <div className="sim-call">
      <div role="group" aria-label="Call controls" className="sim-controls">
        <button type="button" className="button" disabled={!running} onClick={onStep}>
          Step
        </button>
        <button type="button" className="button primary" disabled={!running} onClick={onRun}>
          Run
        </button>
        <button type="button" className="button" onClick={onRestart}>
          Restart
        </button>
        <button type="button" className="button danger" disabled={ended} onClick={actions.hangUp}>
          End call
        </button>
      </div>
      {stale && (
        <p className="sim-stale">
          The flow has changed since this call started: Restart to try it as it is now.
        </p>
      )}
      {!ended && <p className="sim-status">{callStatus(session)}</p>}
      {heard && !ended && (
        <p className="sim-caption">
          <span className="sim-caption-label">Caller hears</span> {heard}
        </p>
      )}
      {speech.state.kind === 'pausing' && (
        <p className="sim-pausing">
          Pause: {speech.state.seconds} s of silence{' '}
          <button type="button" className="button small" onClick={speech.skip}>
            Skip pause
          </button>
        </p>
      )}
      <CallerInput session={session} actions={callerActions} />
      {session.state.kind === 'ended' && <CallEnding end={session.state.end} />}
      <div className="sim-transcript-head">
        <h3 className="panel-title">Transcript</h3>
        <button type="button" className="button small" onClick={onCopy}>
          <Copy size={14} aria-hidden="true" /> Copy transcript
        </button>
      </div>
      <div ref={transcript} className="sim-transcript-box">
        <TranscriptView events={session.events} />
      </div>
    </div>
  );
}
