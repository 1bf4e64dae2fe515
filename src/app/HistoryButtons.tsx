import { Redo2, Undo2 } from 'lucide-react';
import { useStore } from 'zustand';
import { useActions, useAppStoreApi } from '../store/context';

export function HistoryButtons() {
  const store = useAppStoreApi();
  const canUndo = useStore(store.temporal, (h) => h.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (h) => h.futureStates.length > 0);
  const { undo, redo } = useActions();
  return (
    <div className="button-group">
      <button
        type="button"
        className="button icon"
        aria-label="Undo"
        title="Undo (Ctrl+Z)"
        disabled={!canUndo}
        onClick={undo}
      >
        <Undo2 size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="button icon"
        aria-label="Redo"
        title="Redo (Ctrl+Shift+Z)"
        disabled={!canRedo}
        onClick={redo}
      >
        <Redo2 size={16} aria-hidden="true" />
      </button>
    </div>
  );
}
