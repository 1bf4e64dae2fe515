import type { StateCreator } from 'zustand';
import type { AppMutators, AppState, SimulationSlice } from './types';

/** The simulator's session state (see SimulationSlice): plain setters, no undo steps. */
export function createSimulationSlice(): StateCreator<AppState, AppMutators, [], SimulationSlice> {
  return (set) => ({
    simulatorOpen: false,
    simulatedCall: null,
    simulatorSound: false,

    openSimulator() {
      set({ simulatorOpen: true });
    },

    closeSimulator() {
      set({ simulatorOpen: false, simulatedCall: null });
    },

    showCall(session) {
      set({ simulatedCall: session });
    },

    setSimulatorSound(on) {
      set({ simulatorSound: on });
    },
  });
}
