import { TriangleAlert } from 'lucide-react';
import { useAppStore, useAppStoreApi } from '../store/context';
import { usePersistence } from './persistence';
import { downloadFlowFile } from './flowFiles';

/**
 * Shown when the flow is not safe: another tab saved it (the user chooses whose version to
 * keep), or the browser will not store it (the user keeps working and can download a copy).
 */
export function SaveBanner() {
  const saveState = useAppStore((s) => s.saveState);
  const store = useAppStoreApi();
  const { autosave } = usePersistence();
  if (saveState.kind === 'conflict') {
    return (
      <div className="banner warning" role="alert">
        <TriangleAlert size={16} aria-hidden="true" />
        <span>
          This flow was changed in another tab. Your changes here are not saved until you choose.
        </span>
        <button type="button" className="button small" onClick={() => autosave.loadTheirs()}>
          Load the other tab’s version
        </button>
        <button type="button" className="button small" onClick={() => autosave.keepMineAsCopy()}>
          Keep mine as a copy
        </button>
      </div>
    );
  }
  if (saveState.kind === 'storage') {
    const { flow } = store.getState();
    return (
      <div className="banner warning" role="alert">
        <TriangleAlert size={16} aria-hidden="true" />
        <span>
          {saveState.message} Your flow is not being saved in this browser; keep working, and
          download a copy to be safe.
        </span>
        <button type="button" className="button small" onClick={() => downloadFlowFile(flow)}>
          Download flow file
        </button>
      </div>
    );
  }
  return null;
}
