import { temporal } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createFlow } from '../model/flow';
import type { Flow } from '../model/types';
import { memoryClipboard, type FlowClipboard } from '../persist/clipboard';
import { createDocumentSlice } from './documentSlice';
import { createSessionSlice } from './sessionSlice';
import type { AppState, HistoryState } from './types';

/** How many undo steps are kept. */
export const HISTORY_LIMIT = 200;

export type AppStore = StoreApi<AppState> & { temporal: StoreApi<HistoryState> };

/**
 * A fresh store: one per app, and one per unit test. Only the flow is in the undo history;
 * selection, viewport and dialogs are not steps.
 */
export function createAppStore(
  initial: Flow = createFlow(),
  options: { clipboard?: FlowClipboard } = {},
): AppStore {
  const clipboard = options.clipboard ?? memoryClipboard();
  return createStore<AppState>()(
    temporal(
      (...a) => ({
        ...createDocumentSlice(initial, clipboard)(...a),
        ...createSessionSlice()(...a),
      }),
      {
        partialize: (state) => ({ flow: state.flow }),
        equality: (past, current) => past.flow === current.flow,
        limit: HISTORY_LIMIT,
      },
    ),
  );
}
