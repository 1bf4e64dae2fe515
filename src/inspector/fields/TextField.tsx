import type { FieldProps } from './fieldProps';

/** Generous cap for fields without a documented limit, so a runaway paste cannot stall the app. */
export const UNLIMITED_FIELD_CAP = 20_000;

export function TextField({ controlId, field, value, describedBy, invalid, onChange }: FieldProps) {
  const common = {
    id: controlId,
    className: 'control',
    value: value ?? '',
    placeholder: field.placeholder ?? field.platformDefault,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'aria-required': field.required || undefined,
    // A documented limit is shown and checked, not enforced: a paste can be trimmed afterwards.
    maxLength: field.maxLength === undefined ? UNLIMITED_FIELD_CAP : undefined,
    spellCheck: field.kind === 'text',
  };
  if (field.multiline) {
    return <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />;
  }
  return (
    <input
      {...common}
      type={field.kind === 'url' ? 'url' : field.kind === 'phone' ? 'tel' : 'text'}
      inputMode={field.kind === 'integer' ? 'numeric' : undefined}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
