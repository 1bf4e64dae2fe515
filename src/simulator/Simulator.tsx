import { PhoneIncoming, Volume2, VolumeX, X } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { actionForKey } from '../app/actions/registry';
import { copyText } from '../app/exportFile';
import { transcriptText } from '../platform';
import { useActions, useAppStore, useAppStoreApi } from '../store/context';
import { callActions } from './callActions';
import type { CallerActions } from './CallerInput';
import { CallSetupForm } from './CallSetupForm';
import { CallView } from './CallView';
import { focusLanding } from '../ui/regions';
import { SIMULATE_BUTTON_ID } from './simulateButton';
import { TestCalls } from './TestCalls';
import { speechAvailable, useSpeech } from './useSpeech';
import '../styles/simulator.css';

/**
 * Where focus goes when the button pressed is gone or disabled (Start call folds away, Run ends
 * the call, the keypad goes once the Gather is over; src/ui/focusKeeper.ts): what the caller can
 * do now, else Run, else the first call control that works (Restart once the call has ended).
 */
const LANDINGS = focusLanding([
  '.sim-input button',
  '.sim-input input',
  '.sim-controls button.primary',
  '.sim-controls button',
]);

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
  const flow = useAppStore((s) => s.flow);
  const flowId = flow.id;
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
      data-focus-landing={LANDINGS}
      // Keys pressed here are the simulator's: Delete or an arrow must not edit the flow behind
      // it. Escape still reaches the document, to leave, and so do the keys that work in a field
      // too (F6, Ctrl/⌘+S, Ctrl/⌘+Enter, Alt+Shift+L…).
      onKeyDown={(event) => {
        if (event.key === 'Escape' || actionForKey(event.nativeEvent)?.inControls) return;
        event.stopPropagation();
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
        <CallView
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
