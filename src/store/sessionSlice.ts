import type { StateCreator } from 'zustand';
import type { Flow } from '../schema/flow';
import { MAIN_FILE } from '../model/documents';
import type { AppMutators, AppState, SessionSlice } from './types';

export function createSessionSlice(
  initialFlow: Flow,
  readOnly = false,
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
    readOnly,
    saveState: { kind: 'saved' },
    liveVersion: undefined,
    callOverlay: null,

    setLiveVersion(liveVersion) {
      set({ liveVersion });
    },

    setCallOverlay(callOverlay) {
      set({ callOverlay });
    },
    importRequest: null,
    templatesOpen: false,
    templateFlowName: undefined,
    checkedFlow: initialFlow,

    select(nodeIds, edgeIds = []) {
      const state = get();
      if (sameIds(state.selectedNodeIds, nodeIds) && sameIds(state.selectedEdgeIds, edgeIds))
        return;
      // The preview follows a selected verb to the document that holds it.
      const plan = nodeIds.length === 1 ? state.derived.analysis.plan(state.flow) : undefined;
      const file = plan?.fileOf(nodeIds[0]!);
      // A focus request is for the node it names, selected alone; any other selection drops it.
      const request = state.focusRequest;
      const keepsRequest =
        request !== null && nodeIds.length === 1 && nodeIds[0] === request.nodeId;
      set({
        selectedNodeIds: nodeIds,
        selectedEdgeIds: edgeIds,
        ...(file ? { previewFile: file } : {}),
        ...(request && !keepsRequest ? { focusRequest: null } : {}),
      });
    },

    setSaveState(saveState) {
      // "Saved" and "Saving…" repeat on every edit: only a change of kind redraws them.
      const plain = saveState.kind === 'saved' || saveState.kind === 'pending';
      if (saveState.kind !== get().saveState.kind || !plain) {
        set({ saveState });
      }
    },

    openImport(files = []) {
      set({ importRequest: { files } });
    },

    closeImport() {
      set({ importRequest: null });
    },

    openTemplates(flowName) {
      set({ templatesOpen: true, templateFlowName: flowName?.trim() || undefined });
    },

    closeTemplates() {
      set({ templatesOpen: false, templateFlowName: undefined });
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

    consumeFocusRequest(requestSeq) {
      if (get().focusRequest?.seq === requestSeq) set({ focusRequest: null });
    },

    reveal(nodeId, options = {}) {
      seq += 1;
      get().select([nodeId]);
      set({
        revealRequest: { nodeId, seq },
        focusRequest: options.focusInspector ? { nodeId, seq } : null,
      });
    },
  });
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
