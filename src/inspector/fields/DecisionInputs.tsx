/** The small controls of decision fields: a one-line text, an on/off switch, a choice. */
import { DECISION_FIELD_LIMITS } from '../../decisions';
import type { DecisionControlProps } from './decisionControlProps';

/** Keys ("1 2 3 * #") and a day's hours ("09:00–12:00, 13:00–17:30"). */
export function TextInput({
  controlId,
  field,
  value,
  describedBy,
  invalid,
  onChange,
}: DecisionControlProps) {
  return (
    <input
      id={controlId}
      className="control"
      type="text"
      value={value}
      placeholder={field.placeholder}
      spellCheck={false}
      autoComplete="off"
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      maxLength={2 * DECISION_FIELD_LIMITS[field.kind] + 1}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** On or off, written `true` or `false`; shown as the verbs' boolean fields are. */
export function SwitchInput({ controlId, value, describedBy, onChange }: DecisionControlProps) {
  return (
    <input
      id={controlId}
      type="checkbox"
      role="switch"
      className="switch"
      checked={value === 'true'}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.checked ? 'true' : 'false')}
    />
  );
}

export function ChoiceInput({
  controlId,
  field,
  value,
  describedBy,
  invalid,
  onChange,
}: DecisionControlProps) {
  const options = field.options ?? [];
  const known = options.some((o) => o.value === value);
  return (
    <select
      id={controlId}
      className="control"
      value={value}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(event) => onChange(event.target.value)}
    >
      {!known && <option value={value}>{value || 'Not set'}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
