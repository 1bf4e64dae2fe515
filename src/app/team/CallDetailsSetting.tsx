import { useCallback, useId, useState } from 'react';
import type { StudioApi, TeamSettings } from '../../team/api';
import { formatDate } from '../formatDate';
import { useLoaded } from './useLoaded';

/**
 * Whether the server keeps callers' numbers (masked to their last 4 digits) with the call
 * counts: off unless an owner switches it on, and who did so, and when, is said beside it.
 */
export function CallDetailsSetting({ api, owner }: { api: StudioApi; owner: boolean }) {
  const load = useCallback(() => api.settings(), [api]);
  const [loaded, reload] = useLoaded(load);
  const [changed, setChanged] = useState<TeamSettings>();
  const [problem, setProblem] = useState<string>();
  /** The box follows the click at once; the server's answer then confirms (or undoes) it. */
  const [asked, setAsked] = useState<boolean>();
  const id = useId();
  const settings = changed ?? (loaded?.ok ? loaded.value : undefined);
  if (!settings) return null;
  const change = async (callDetails: boolean) => {
    setAsked(callDetails);
    const result = await api.changeSettings({ callDetails });
    setAsked(undefined);
    if (!result.ok) return setProblem(result.message);
    setProblem(undefined);
    setChanged(result.value);
    reload();
  };
  const who = settings.callDetailsChangedBy
    ? `${settings.callDetails ? 'Switched on' : 'Switched off'} by ${settings.callDetailsChangedBy}, ${formatDate(settings.callDetailsChangedAt)}.`
    : '';
  return (
    <section aria-label="Calls" className="call-details">
      <h3>Calls</h3>
      <p className="muted">
        Calls are counted per step, never per caller; counts are kept {settings.callDays} days.
      </p>
      <label htmlFor={id} className="call-details-switch">
        <input
          id={id}
          type="checkbox"
          checked={asked ?? settings.callDetails}
          disabled={!owner}
          onChange={(event) => void change(event.target.checked)}
        />
        Keep callers’ numbers with the counts (masked to their last 4 digits)
      </label>
      {who && <p className="muted">{who}</p>}
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
