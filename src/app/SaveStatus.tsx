import { CloudAlert, CloudCheck, CloudUpload } from 'lucide-react';
import { useAppStore } from '../store/context';

/** A quiet word on whether the flow is safe in the browser. */
export function SaveStatus() {
  const kind = useAppStore((s) => s.saveState.kind);
  const [Icon, text] =
    kind === 'saved'
      ? [CloudCheck, 'Saved']
      : kind === 'pending'
        ? [CloudUpload, 'Saving…']
        : [CloudAlert, 'Not saved'];
  return (
    <span
      className={`save-status ${kind}`}
      title={kind === 'saved' ? 'Saved in this browser' : text}
    >
      <Icon size={15} aria-hidden="true" />
      <span>{text}</span>
    </span>
  );
}
