import { TriangleAlert } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store/context';
import { usePersistence } from './persistence';
import { downloadFlowFile } from './flowFiles';

/** What only a team's designer shows loads only when signed in to a server. */
const TeamBanners = lazy(() => import('./team/TeamBanners'));

/**
 * Shown when the flow is not safe: another tab saved it (the user chooses whose version to
 * keep), the browser will not store it (the user keeps working and can download a copy), or
 * its stored copy cannot be read (it is kept; the user's changes can go to a new flow). Also
 * says, until dismissed, when start-up could not open the flow that was asked for.
 */
export function SaveBanner() {
  return (
    <>
      <StartupProblem />
      <SaveStateBanner />
      <TeamBannersIfSignedIn />
    </>
  );
}

function TeamBannersIfSignedIn() {
  const { team } = usePersistence();
  if (!team) return null;
  return (
    <Suspense fallback={null}>
      <TeamBanners />
    </Suspense>
  );
}

function StartupProblem() {
  const { startupProblem } = usePersistence();
  const [dismissed, setDismissed] = useState(false);
  if (!startupProblem || dismissed) return null;
  return (
    <div className="banner warning" role="alert">
      <TriangleAlert size={16} aria-hidden="true" />
      <span>{startupProblem}</span>
      <button type="button" className="button small" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}

function SaveStateBanner() {
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
  if (saveState.kind === 'unreadable') {
    return (
      <div className="banner warning" role="alert">
        <TriangleAlert size={16} aria-hidden="true" />
        <span>{saveState.message} Your changes here are not saved until you choose.</span>
        <button type="button" className="button small" onClick={() => autosave.keepMineAsCopy()}>
          Save mine as a new flow
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
