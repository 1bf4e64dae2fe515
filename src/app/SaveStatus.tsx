import { CloudAlert, CloudCheck, CloudOff, CloudUpload } from 'lucide-react';
import { useAppStore } from '../store/context';
import { usePersistence } from './persistence';

/**
 * A quiet word on whether the flow is safe: in the browser, or (signed in to a server) on the
 * server. Why it is not, and what to do, is said in full in the banner under the toolbar.
 */
export function SaveStatus() {
  const saveState = useAppStore((s) => s.saveState);
  const { team } = usePersistence();
  const { kind } = saveState;
  const [Icon, text] =
    kind === 'saved'
      ? [CloudCheck, 'Saved']
      : kind === 'pending'
        ? [CloudUpload, 'Saving…']
        : kind === 'offline'
          ? [CloudOff, 'Not saved']
          : [CloudAlert, 'Not saved'];
  const where = team ? 'Saved on the team’s server' : 'Saved in this browser';
  return (
    <span
      className={`save-status ${kind}`}
      title={kind === 'saved' ? where : text}
      aria-live="polite"
    >
      <Icon size={15} aria-hidden="true" />
      <span className="save-status-text">{text}</span>
    </span>
  );
}
