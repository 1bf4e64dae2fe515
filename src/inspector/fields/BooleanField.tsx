import type { FieldProps } from './fieldProps';

/**
 * An on/off switch. Absent means the platform default; choosing the default again removes the
 * attribute rather than writing it.
 */
export function BooleanField({
  controlId,
  field,
  value,
  describedBy,
  invalid,
  onChange,
}: FieldProps) {
  const checked = (value ?? field.platformDefault) === 'true';
  return (
    <input
      id={controlId}
      type="checkbox"
      role="switch"
      className="switch"
      checked={checked}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        const next = event.target.checked ? 'true' : 'false';
        onChange(next === field.platformDefault ? '' : next);
      }}
    />
  );
}
