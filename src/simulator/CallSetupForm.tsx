import { useId, useMemo, useState } from 'react';
import type { CallSetup } from '../platform';
import { tableFromFlow } from '../router/flowTable';
import { useAppStore } from '../store/context';
import { callDateInWords, dateHint, dateOrderOf, formatCallDate, parseCallDate } from './callDate';
import { callZoneOf, dateToWallClock, wallClockToDate } from './callTime';

/** Clearly fake numbers (555-0100 to 555-0199 are set aside for fiction), changed at will. */
export const DEFAULT_CALLER = '+14155550111';
export const DEFAULT_CALLED = '+14155550123';

/** Who calls, which number, and when: then Start call. */
export function CallSetupForm({
  onStart,
  callerRef,
}: {
  onStart(setup: CallSetup): void;
  callerRef?: React.Ref<HTMLInputElement>;
}) {
  const flow = useAppStore((s) => s.flow);
  // The store's serializer has the flow's documents already: the table costs little.
  const serializer = useAppStore((s) => s.derived.serializer);
  const zone = useMemo(() => callZoneOf(tableFromFlow(flow, serializer)), [flow, serializer]);
  const [from, setFrom] = useState(DEFAULT_CALLER);
  const [withheld, setWithheld] = useState(false);
  const [to, setTo] = useState(DEFAULT_CALLED);
  // The date as the flow's zone writes it (31/12/2027 in London, 12/31/2027 in New York),
  // typed as text; the time in a time field. Both start at now, in that zone.
  const order = dateOrderOf(zone.timeZone);
  const [date, setDate] = useState(() =>
    formatCallDate(dateToWallClock(new Date(), zone.timeZone).slice(0, 10), order),
  );
  const [time, setTime] = useState(() => dateToWallClock(new Date(), zone.timeZone).slice(11));
  const day = parseCallDate(date, order);
  const when = day && /^\d{2}:\d{2}$/.test(time) ? `${day}T${time}` : '';
  const [problem, setProblem] = useState('');
  // Open until a call starts; then folded to one line, so the call has the room.
  const [open, setOpen] = useState(true);
  const zoneId = useId();
  const problemId = useId();

  const start = () => {
    const at = wallClockToDate(when, zone.timeZone);
    if (!withheld && !from.trim())
      return setProblem('Enter the caller’s number, or tick Withheld.');
    if (!to.trim()) return setProblem('Enter the number called.');
    if (!day) return setProblem(`Enter the date of the call as ${dateHint(order)}.`);
    if (!at) return setProblem('Enter the time of the call.');
    setProblem('');
    setOpen(false);
    onStart({ from: withheld ? null : from.trim(), to: to.trim(), at });
  };

  return (
    <details
      className="sim-setup-box"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        Call set-up
        {!open && (
          <span className="sim-setup-summary">
            : from {withheld ? 'a withheld number' : from} to {to}, {day ?? date} {time}{' '}
            {zone.timeZone}
          </span>
        )}
      </summary>
      <form
        className="sim-setup"
        aria-label="Call set-up"
        onSubmit={(event) => {
          event.preventDefault();
          start();
        }}
      >
        <div className="sim-setup-row">
          <label className="sim-field">
            <span>Caller number</span>
            <input
              ref={callerRef}
              className="control"
              inputMode="tel"
              autoComplete="off"
              value={from}
              disabled={withheld}
              aria-describedby={problem ? problemId : undefined}
              onChange={(event) => setFrom(event.target.value)}
            />
          </label>
          <label className="sim-check">
            <input
              type="checkbox"
              checked={withheld}
              onChange={(event) => setWithheld(event.target.checked)}
            />
            Withheld
          </label>
        </div>
        <label className="sim-field">
          <span>Called number</span>
          <input
            className="control"
            inputMode="tel"
            autoComplete="off"
            value={to}
            onChange={(event) => setTo(event.target.value)}
          />
        </label>
        <div className="sim-setup-row">
          <label className="sim-field">
            <span>Date of the call</span>
            <input
              className="control"
              inputMode="numeric"
              autoComplete="off"
              value={date}
              placeholder={dateHint(order)}
              aria-describedby={zoneId}
              aria-invalid={!day || undefined}
              onChange={(event) => setDate(event.target.value)}
            />
          </label>
          <label className="sim-field">
            <span>Time of the call</span>
            <input
              className="control"
              type="time"
              value={time}
              aria-describedby={zoneId}
              onChange={(event) => setTime(event.target.value)}
            />
          </label>
        </div>
        <p id={zoneId} className="sim-hint">
          {day
            ? `${callDateInWords(day, order)}${time ? `, ${time}` : ''}. `
            : `Written ${dateHint(order)}. `}
          Time zone: {zone.timeZone}
          {zone.from === 'check-hours' ? ' (the flow’s Check hours)' : ' (this computer’s)'}
        </p>
        {problem && (
          <p id={problemId} className="sim-problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button primary">
          Start call
        </button>
      </form>
    </details>
  );
}
