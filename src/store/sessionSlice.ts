import type { StateCreator } from 'zustand';
import type { Flow } from '../model/types';
import { MAIN_FILE, planDocuments } from '../model/documents';
import type { AppMutators, AppState, SessionSlice } from './types';

export function createSessionSlice(
  initialFlow: Flow,
): StateCreator<AppState, AppMutators, [], SessionSlice> {
  let seq = 0;
  return (set, get) => ({
    selectedNodeIds: [],
    selectedEdgeIds: [],
    dragPositions: new Map(),
    measured: new Map(),
    pendingConversion: null,
    notice: null,
    focusRequest: null,
    revealRequest: null,
    previewFile: MAIN_FILE,
    saveState: { kind: 'saved' },
    importRequest: null,
    checkedFlow: initialFlow,

    select(nodeIds, edgeIds = []) {
      const state = get();
      if (sameIds(state.selectedNodeIds, nodeIds) && sameIds(state.selectedEdgeIds, edgeIds))
        return;
      // The preview follows a selected verb to the document that holds it.
      const file = nodeIds.length === 1 ? planDocuments(state.flow).fileOf(nodeIds[0]!) : undefined;
      set({
        selectedNodeIds: nodeIds,
        selectedEdgeIds: edgeIds,
        ...(file ? { previewFile: file } : {}),
      });
    },

    setSaveState(saveState) {
      if (saveState.kind !== get().saveState.kind || saveState.kind === 'conflict') {
        set({ saveState });
      }
    },

    openImport(files = []) {
      set({ importRequest: { files } });
    },

    closeImport() {
      set({ importRequest: null });
    },

    selectAll() {
      get().select(get().flow.nodes.map((n) => n.id));
    },

    showPreviewFile(fileName) {
      set({ previewFile: fileName });
    },

    setDragPositions(positions) {
      set({ dragPositions: positions });
    },

    setMeasured(sizes) {
      const measured = new Map(get().measured);
      for (const [id, size] of sizes) measured.set(id, size);
      set({ measured });
    },

    notify(text, tone = 'info') {
      seq += 1;
      set({ notice: { id: seq, text, tone } });
    },

    dismissNotice() {
      set({ notice: null });
    },

    reveal(nodeId, options = {}) {
      seq += 1;
      get().select([nodeId]);
      set({
        revealRequest: { nodeId, seq },
        ...(options.focusInspector ? { focusRequest: { nodeId, seq } } : {}),
      });
    },
  });
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
