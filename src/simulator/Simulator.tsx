import { Copy, PhoneIncoming, Volume2, VolumeX, X } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { copyText } from '../app/exportFile';
import { transcriptText, type Session } from '../platform';
import { useActions, useAppStore, useAppStoreApi } from '../store/context';
import { callActions, type CallActions } from './callActions';
import { CallEnding } from './CallEnding';
import { CallerInput, type CallerActions } from './CallerInput';
import { CallSetupForm } from './CallSetupForm';
import { callStatus, lastHeard } from './callStatus';
import { SIMULATE_BUTTON_ID } from './simulateButton';
import { TestCalls } from './TestCalls';
import { TranscriptView } from './TranscriptView';
import { speechAvailable, useSpeech } from './useSpeech';
import '../styles/simulator.css';

/**
 * The call simulator, beside the canvas: the call's set-up, then the call as the platform runs
 * it (step by step or straight through), what the caller can do, the transcript, and saved test
 * calls. The path is marked on the canvas from the store's `simulatedCall`.
 */
export default function Simulator() {
  const store = useAppStoreApi();
  const actions = useMemo(() => callActions(store), [store]);
  const session = useAppStore((s) => s.simulatedCall);
  const sound = useAppStore((s) => s.simulatorSound);
  const flowId = useAppStore((s) => s.flow.id);
  const flow = useAppStore((s) => s.flow);
  // The flow the call on show was placed to: an edit since then is not in the call.
  const [calledFlow, setCalledFlow] = useState(flow);
  const { closeSimulator, setSimulatorSound, showCall, notify } = useActions();
  // Whether the call goes on by itself after the caller's input: the last of Step and Run used.
  const [pace, setPace] = useState<'step' | 'run'>('run');
  const speech = useSpeech(session, sound);
  const panel = useRef<HTMLElement>(null);
  const caller = useRef<HTMLInputElement>(null);
  const canSpeak = speechAvailable();

  const leave = useCallback(() => {
    closeSimulator();
    document.getElementById(SIMULATE_BUTTON_ID)?.focus();
  }, [closeSimulator]);

  useEffect(() => caller.current?.focus(), []);

  // Another flow opened: the call on show was the last one's.
  const shownFlow = useRef(flowId);
  useEffect(() => {
    if (shownFlow.current === flowId) return;
    shownFlow.current = flowId;
    showCall(null);
  }, [flowId, showCall]);

  // The button pressed may be gone (the keypad once the Gather is over): keep focus here.
  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    panel.current
      ?.querySelector<HTMLElement>('.sim-input button, .sim-controls button:not(:disabled)')
      ?.focus();
  }, [session]);

  // Escape leaves the simulation, wherever focus is (but in a dialog, which Escape closes).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      event.preventDefault();
      leave();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [leave]);

  const goOn = () => {
    if (pace === 'run') actions.run();
  };
  /** A caller's input, then on, when the call runs straight through. */
  const thenGoOn =
    <A extends unknown[]>(act: (...args: A) => void) =>
    (...args: A) => {
      act(...args);
      goOn();
    };
  const callerActions: CallerActions = {
    press: thenGoOn(actions.press),
    noInput: thenGoOn(actions.noInput),
    speak: thenGoOn(actions.speak),
    dial: thenGoOn(actions.dial),
    stopRecording: thenGoOn(actions.stopRecording),
  };

  const copy = async () => {
    if (!session) return;
    try {
      await copyText(transcriptText(session));
      notify('Copied the transcript to the clipboard.', 'success');
    } catch {
      notify('The browser refused to copy the transcript.', 'warning');
    }
  };

  return (
    <section
      ref={panel}
      className="simulator"
      role="region"
      aria-label="Simulator"
      // Keys pressed here are the simulator's: Delete or an arrow must not edit the flow behind
      // it. Escape still reaches the document, to leave.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') event.stopPropagation();
      }}
    >
      <header className="sim-header">
        <h2 className="sim-title">
          <PhoneIncoming size={16} aria-hidden="true" /> Simulator
        </h2>
        <button
          type="button"
          className="button small"
          aria-pressed={sound}
          disabled={!canSpeak}
          title={canSpeak ? 'Speak what the caller hears' : 'This browser cannot speak'}
          onClick={() => setSimulatorSound(!sound)}
        >
          {sound ? (
            <Volume2 size={14} aria-hidden="true" />
          ) : (
            <VolumeX size={14} aria-hidden="true" />
          )}
          Sound
        </button>
        <button
          type="button"
          className="button small icon"
          aria-label="Close simulator"
          title="Close simulator (Escape)"
          onClick={leave}
        >
          <X size={14} aria-hidden="true" />
        </button>
      </header>
      <p className="sim-hint">
        Try a call before it is live: nothing is dialled, and the flow is not changed.
      </p>
      <CallSetupForm
        onStart={(setup) => {
          setCalledFlow(flow);
          actions.start(setup);
        }}
        callerRef={caller}
      />
      {session && (
        <Call
          session={session}
          actions={actions}
          callerActions={callerActions}
          onStep={() => {
            setPace('step');
            actions.step();
          }}
          onRun={() => {
            setPace('run');
            actions.run();
          }}
          onRestart={() => {
            setCalledFlow(flow);
            actions.restart();
          }}
          stale={calledFlow !== flow}
          onCopy={() => void copy()}
          speech={speech}
        />
      )}
      <TestCalls
        key={flowId}
        flowId={flowId}
        session={session}
        actions={{
          runAll: actions.runAll,
          showCase: (testCase) => {
            setCalledFlow(flow);
            actions.showCase(testCase);
          },
        }}
      />
    </section>
  );
}

function Call({
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
