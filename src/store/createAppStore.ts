import { createStore, type StoreApi } from 'zustand/vanilla';
import { createFlow } from '../model/flow';
import type { Flow } from '../model/types';
import { createDocumentSlice } from './documentSlice';
import { createSessionSlice } from './sessionSlice';
import type { AppState } from './types';

export type AppStore = StoreApi<AppState>;

/** A fresh store: one per app, and one per unit test. */
export function createAppStore(initial: Flow = createFlow()): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createDocumentSlice(initial)(...a),
    ...createSessionSlice()(...a),
  }));
}
