import { useId } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { usePersistence } from '../persistence';
import { CALL_PERIODS, loadCallOverlay } from './calls';

/** While "Calls" is on: the period its counts cover (the last 24 hours, 7 or 30 days). */
export function CallPeriod() {
  const days = useAppStore((s) => s.callOverlay?.days);
  const store = useAppStoreApi();
  const { team } = usePersistence();
  const id = useId();
  if (days === undefined || !team) return null;
  return (
    <label className="toolbar-field call-period" htmlFor={id}>
      <span className="visually-hidden">Calls in the last</span>
      <select
        id={id}
        className="control"
        value={days}
        onChange={(event) => {
          const { flow, setCallOverlay, notify } = store.getState();
          void loadCallOverlay(team.api, flow.id, Number(event.target.value)).then((loaded) =>
            typeof loaded === 'string' ? notify(loaded, 'warning') : setCallOverlay(loaded),
          );
        }}
      >
        {CALL_PERIODS.map((period) => (
          <option key={period.days} value={period.days}>
            last {period.label}
          </option>
        ))}
      </select>
    </label>
  );
}
