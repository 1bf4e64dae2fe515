import type { FieldProps } from './fieldProps';

/** A set of checkboxes written as a comma-separated list, in the options' order. */
export function EventsField({ controlId, field, value, describedBy, onChange }: FieldProps) {
  const options = field.options ?? [];
  const chosen = new Set(
    (value ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  );
  const toggle = (option: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(option);
    else next.delete(option);
    // Values the options do not know (from an import) are kept, after the known ones.
    const known = options.map((o) => o.value).filter((v) => next.has(v));
    const unknown = [...next].filter((v) => !options.some((o) => o.value === v));
    onChange([...known, ...unknown].join(','));
  };
  return (
    <div className="checkbox-row" id={controlId} aria-describedby={describedBy}>
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="checkbox"
            checked={chosen.has(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
