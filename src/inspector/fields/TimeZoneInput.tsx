import { useMemo } from 'react';
import { suggestTimeZone } from '../../decisions';
import { supportedTimeZones, timeZoneChoices } from '../timeZones';
import type { FieldProps } from './fieldProps';

/**
 * An IANA time zone: a text box with the browser's zones as suggestions, so a keyboard user can
 * type part of a name ("Paris") and pick from what matches. A city typed as it is ("London")
 * is offered as its zone by one button; it is not taken silently, as the user may mean another.
 */
export function TimeZoneInput({
  controlId,
  field,
  value = '',
  describedBy,
  invalid,
  onChange,
}: FieldProps) {
  const listId = `${controlId}-zones`;
  const supported = useMemo(() => supportedTimeZones(), []);
  const zones = useMemo(() => timeZoneChoices(value, supported), [value, supported]);
  const meant = useMemo(() => suggestTimeZone(value, supported), [value, supported]);
  return (
    <>
      <input
        id={controlId}
        className="control"
        type="text"
        list={listId}
        value={value}
        placeholder={field.placeholder ?? 'e.g. Europe/Paris'}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      {meant && (
        <button type="button" className="button small" onClick={() => onChange(meant)}>
          Use {meant}
        </button>
      )}
    </>
  );
}
