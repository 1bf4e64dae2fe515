import { temporal } from 'zundo';
import {
  createStore,
  type StateCreator,
  type StoreApi,
  type StoreMutatorIdentifier,
} from 'zustand/vanilla';
import type { Flow } from '../schema/flow';
import { memoryClipboard, type FlowClipboard } from '../persist/clipboard';
import { createDocumentSlice } from './documentSlice';
import { FlowDerived } from './derived';
import { createSessionSlice } from './sessionSlice';
import { createSimulationSlice } from './simulationSlice';
import type { AppState, HistoryState } from './types';
import type { MakeValidation, ValidationSource } from './validation';
import { whenIdleAfter } from './whenIdle';

/** How many undo steps are kept. */
export const HISTORY_LIMIT = 200;

export type AppStore = StoreApi<AppState> & { temporal: StoreApi<HistoryState> };

export interface AppStoreOptions {
  clipboard?: FlowClipboard;
  /**
   * When problems are looked for after a change: at once (tests, where every step is checked
   * as it happens), or `afterPaint` (the app: the edit reaches the screen first).
   */
  checking?: 'immediate' | 'afterPaint';
  /** The flow is only looked at (a viewer): see `AppState.readOnly`. */
  readOnly?: boolean;
}

/**
 * A fresh store: one per app, and one per unit test (createAppStore, which validates at once).
 * Only the flow is in the undo history; selection, viewport and dialogs are not steps.
 * `validation` says where the rules come from: the app loads them after its first paint.
 */
export function createDesignerStore(
  initial: Flow,
  validation: ValidationSource,
  options: AppStoreOptions = {},
): AppStore {
  const clipboard = options.clipboard ?? memoryClipboard();
  const store = createStore<AppState>()(
    deriving(
      temporal(
        (...a) => ({
          ...createDocumentSlice(initial, clipboard)(...a),
          ...createSessionSlice(initial, options.readOnly)(...a),
          ...createSimulationSlice()(...a),
          derived: new FlowDerived(),
        }),
        {
          partialize: (state) => ({ flow: state.flow }),
          equality: (past, current) => past.flow === current.flow,
          limit: HISTORY_LIMIT,
        },
      ),
    ),
  );
  if ('now' in validation) store.getState().derived.checkWith(validation.now);
  else afterPaint(() => loadValidation(store, validation.afterPaint));
  store.getState().derived.follow(store.getState());
  followWithChecks(store, options.checking ?? 'immediate');
  return store;
}

/** The frame with what changed is painted first; this runs in the task after it. */
function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

/** Loads validation, then checks the flow as it is by then (the problems list waits for it). */
function loadValidation(store: AppStore, load: () => Promise<MakeValidation>): void {
  load().then(
    (make) => {
      store.getState().derived.checkWith(make);
      store.setState({ checkedFlow: store.getState().flow });
    },
    (error: unknown) => {
      store.getState().derived.uncheckable(error);
      store
        .getState()
        .notify(
          'The checks for problems could not be loaded. Reload the page to check the flow.',
          'warning',
        );
    },
  );
}

type SetAppState = (
  partial: AppState | Partial<AppState> | ((state: AppState) => AppState | Partial<AppState>),
  replace?: boolean,
) => void;

/**
 * Brings `state.derived` up to date within every change of the store, before any subscriber is
 * told of it (as xyflow's store updates its lookups within the change that needs them): each
 * new flow's graph and plan are worked out from the previous flow's (one edit away, they mostly
 * carry over), the nodes' boxes are indexed again when one moved, and a newly checked flow's
 * problem lists are handed out. Whichever view reads first then finds them ready, whatever
 * order the views subscribed in, and no selector writes. Both ways into the store are wrapped:
 * the `set` the actions and undo use, and `setState`.
 */
function deriving<Mos extends [StoreMutatorIdentifier, unknown][]>(
  config: StateCreator<AppState, [], Mos>,
): StateCreator<AppState, [], Mos> {
  return (set, get, api) => {
    const derivingThen =
      (apply: SetAppState): SetAppState =>
      (partial, replace) => {
        const before = get() as AppState | undefined; // no state yet while the store is made
        const next = typeof partial === 'function' ? partial(before!) : partial;
        if (before) {
          const after = (replace ? next : { ...before, ...next }) as AppState;
          after.derived.follow(after, before);
        }
        apply(next, replace);
      };
    api.setState = derivingThen(api.setState as SetAppState) as typeof api.setState;
    return config(derivingThen(set as SetAppState) as typeof set, get, api);
  };
}

/**
 * A check that took longer than this (ms) is too slow to follow every keystroke: the next ones
 * wait for a pause in the changes.
 */
export const SLOW_CHECK_MS = 4;
/** How long the changes must pause before a slow check runs again (ms). */
export const CHECK_PAUSE_MS = 250;

/**
 * Keeps `checkedFlow` following `flow`: at once, or in the app just after the next paint. A check
 * runs the rules about one node on the nodes that changed, and the rules about the graph over
 * the whole flow: a few ms after typing in a flow of thousands of verbs. One that took longer
 * (a bigger flow, a slow machine, every node checked again after a change of dialect) makes
 * the next one wait instead for a pause in the changes, and then for the page to be idle:
 * typing never waits for it, and the problems on show are those of the flow as it is once the
 * user stops. The time measured decides, check after check.
 */
function followWithChecks(store: AppStore, checking: 'immediate' | 'afterPaint'): void {
  let scheduled = false;
  let cancelPending: (() => void) | undefined;
  /** How long the last check took. */
  let lastCheckMs = 0;
  const catchUp = () => {
    scheduled = false;
    const { flow, checkedFlow, derived } = store.getState();
    // Until validation has loaded there is nothing to check: loading checks the flow then.
    if (flow === checkedFlow || !derived.checks) return;
    const started = performance.now();
    store.getState().derived.validation.problems(flow); // kept: checkedFlow's lists use them
    lastCheckMs = performance.now() - started;
    store.setState({ checkedFlow: flow });
  };
  const afterThePaint = () => {
    if (scheduled) return;
    scheduled = true;
    // The frame with the edit is painted first; the problems follow in the next task.
    afterPaint(catchUp);
  };
  const afterPause = () => {
    cancelPending?.();
    cancelPending = whenIdleAfter(CHECK_PAUSE_MS, catchUp, CHECK_PAUSE_MS);
  };
  store.subscribe((state, previous) => {
    if (state.flow === previous.flow) return;
    if (checking === 'immediate') return catchUp();
    if (lastCheckMs <= SLOW_CHECK_MS) return afterThePaint();
    afterPause();
  });
}
