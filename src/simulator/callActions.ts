/**
 * What the simulator's buttons do: each asks the platform model (src/platform) for the next
 * session and puts it on show in the store. The flow is only read, through the store's own
 * serializer, so the documents the call gets are the very bytes the preview shows.
 */
import type { FlowDocuments } from '../model/documents';
import {
  dialOutcome,
  end,
  press,
  replay,
  run,
  runAll,
  speak,
  startCall,
  step,
  stopRecording,
  type CallSetup,
  type CaseResult,
  type DialOutcome,
  type Session,
  type TestCase,
} from '../platform';
import type { RouteTable } from '../router';
import { tableFromFlow } from '../router/flowTable';
import type { AppStore } from '../store/createAppStore';
import { selectPlan } from '../store/selectors';
import type { AppState } from '../store/types';

export interface CallActions {
  /** Places a call to the flow as it is now; the call holds its first document. */
  start(setup: CallSetup): void;
  step(): void;
  /** Runs until the call waits for the caller or ends. */
  run(): void;
  /** The same call again, from the start, against the flow as it is now. */
  restart(): void;
  /** The caller hangs up. */
  hangUp(): void;
  press(keys: string): void;
  noInput(): void;
  speak(words: string): void;
  dial(outcome: DialOutcome): void;
  stopRecording(): void;
  /** Replays a saved call against the flow as it is now, and shows it. */
  showCase(testCase: TestCase): void;
  /** Replays every saved call against the flow as it is now. */
  runAll(cases: readonly TestCase[]): CaseResult[];
}

/** The flow as the flow server would serve it: its route table and its documents plan. */
export function servedFlow(state: AppState): { table: RouteTable; plan: FlowDocuments } {
  return { table: tableFromFlow(state.flow, state.derived.serializer), plan: selectPlan(state) };
}

export function callActions(store: AppStore): CallActions {
  const current = () => store.getState().simulatedCall;
  /** Applies a move to the call on show; nothing happens without one. */
  const move = (next: (session: Session) => Session) => {
    const session = current();
    if (session) store.getState().showCall(next(session));
  };
  const start = (setup: CallSetup) => {
    const { table, plan } = servedFlow(store.getState());
    store.getState().showCall(startCall(table, plan, setup));
  };

  return {
    start,
    step: () => move(step),
    run: () => move(run),
    restart() {
      const session = current();
      // The dialect is left out: a restarted call runs in the flow's dialect of the moment.
      if (session) start({ from: session.setup.from, to: session.setup.to, at: session.setup.at });
    },
    hangUp: () => move(end),
    press: (keys) => move((session) => press(session, keys)),
    noInput: () => move((session) => press(session, 'timeout')),
    speak: (words) => move((session) => speak(session, words)),
    dial: (outcome) => move((session) => dialOutcome(session, outcome)),
    stopRecording: () => move((session) => stopRecording(session)),
    showCase(testCase) {
      const { table, plan } = servedFlow(store.getState());
      store.getState().showCall(replay(table, plan, testCase).session);
    },
    runAll(cases) {
      const { table, plan } = servedFlow(store.getState());
      return runAll(table, plan, cases);
    },
  };
}
