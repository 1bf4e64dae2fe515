import { CloudOff, Eye, TriangleAlert, Upload } from 'lucide-react';
import { useState } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { downloadFlowFile } from '../flowFiles';
import { formatDate } from '../formatDate';
import { usePersistence } from '../persistence';
import {
  browserOnlyFlows,
  isTeam,
  keepMineAsCopy,
  loadTheirs,
  moveInBrowserFlows,
} from './teamLibrary';
import { moveInKey } from '../../persist/storageKeys';

/**
 * Where the open flow stands with the team's server, when that needs the user: someone else
 * saved it (load theirs, or keep mine as a copy), or the server refused the save (why, and
 * what keeps the work safe), or it cannot be reached (said; sent when it answers).
 */
export function ServerStateBanner() {
  const saveState = useAppStore((s) => s.saveState);
  const store = useAppStoreApi();
  const persistence = usePersistence();
  if (!isTeam(persistence)) return null;
  if (saveState.kind === 'server-conflict') {
    const { theirs } = saveState;
    return (
      <div className="banner warning" role="alert">
        <TriangleAlert size={16} aria-hidden="true" />
        <span>
          {theirs.savedByName} saved this flow on {formatDate(theirs.savedAt)}, after you opened it.
          Your changes are kept here but not saved to the team until you choose: load their version
          (yours is dropped), or keep yours as a copy (theirs stays as it is).
        </span>
        <button
          type="button"
          className="button small"
          onClick={() => loadTheirs(persistence, store.getState())}
        >
          Load their version
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => keepMineAsCopy(persistence, store.getState())}
        >
          Keep mine as a copy
        </button>
      </div>
    );
  }
  if (saveState.kind === 'offline') {
    // Nothing to choose: it is said, and goes when the server answers again.
    return (
      <div className="banner warning" role="status">
        <CloudOff size={16} aria-hidden="true" />
        <span>{saveState.message}</span>
      </div>
    );
  }
  if (saveState.kind === 'refused') {
    return (
      <div className="banner warning" role="alert">
        <TriangleAlert size={16} aria-hidden="true" />
        <span>{saveState.message}</span>
        {saveState.signedOut ? (
          <a className="button small" href="/">
            Sign in
          </a>
        ) : (
          <>
            <button
              type="button"
              className="button small"
              onClick={() => keepMineAsCopy(persistence, store.getState())}
            >
              Keep mine as a copy
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => downloadFlowFile(store.getState().flow)}
            >
              Download flow file
            </button>
          </>
        )}
      </div>
    );
  }
  return null;
}

/** A viewer is told, once at the top, why nothing can be changed. */
export function ViewerNote() {
  const readOnly = useAppStore((s) => s.readOnly);
  const { team } = usePersistence();
  if (!readOnly || !team) return null;
  return (
    <div className="banner info" role="note">
      <Eye size={16} aria-hidden="true" />
      <span>
        You are a viewer in this team: you can open flows, simulate calls and download them, not
        change them. An owner can change your role.
      </span>
    </div>
  );
}

/**
 * The first time someone signs in on a browser that holds flows of its own, they are offered
 * for the team's library, in one click. Answered either way, it is not asked again here.
 */
export function MoveInOffer() {
  const persistence = usePersistence();
  const [answered, setAnswered] = useState(() => movedInAnswered(persistence.team?.user.id));
  const [flows] = useState(() => (isTeam(persistence) ? browserOnlyFlows(persistence) : []));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string>();
  const notify = useAppStore((s) => s.notify);
  if (!isTeam(persistence) || answered || flows.length === 0) {
    return outcome ? (
      <div className="banner warning" role="alert">
        <span>{outcome}</span>
      </div>
    ) : null;
  }
  const answer = () => {
    rememberMoveInAnswer(persistence.team.user.id);
    setAnswered(true);
  };
  const count = flows.length === 1 ? 'this flow' : `these ${flows.length} flows`;
  return (
    <div className="banner info" role="region" aria-label="Flows in this browser">
      <Upload size={16} aria-hidden="true" />
      <span>
        This browser holds {flows.length === 1 ? 'a flow' : `${flows.length} flows`} of its own (
        {flows.map((flow) => `“${flow.name}”`).join(', ')}).
      </span>
      <button
        type="button"
        className="button small primary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void moveInBrowserFlows(persistence, flows).then(({ moved, failed }) => {
            answer();
            if (failed.length) {
              setOutcome(
                `${moved} added to the team’s library; ${failed.map((name) => `“${name}”`).join(', ')} could not be added and ${failed.length === 1 ? 'stays' : 'stay'} in this browser.`,
              );
            } else {
              notify(
                `Added ${moved === 1 ? '1 flow' : `${moved} flows`} to the team’s library.`,
                'success',
              );
            }
          });
        }}
      >
        Add {count} to the team’s library
      </button>
      <button type="button" className="button small" onClick={answer}>
        Not now
      </button>
    </div>
  );
}

function movedInAnswered(userId: string | undefined): boolean {
  if (!userId) return true;
  try {
    return localStorage.getItem(moveInKey(userId)) !== null;
  } catch {
    return true;
  }
}

function rememberMoveInAnswer(userId: string): void {
  try {
    localStorage.setItem(moveInKey(userId), String(Date.now()));
  } catch {
    // Not remembered: the offer comes again next time, which loses nothing.
  }
}

/** Everything a team's designer says above the canvas (lazily loaded as one). */
export default function TeamBanners() {
  return (
    <>
      <ServerStateBanner />
      <ViewerNote />
      <MoveInOffer />
    </>
  );
}
