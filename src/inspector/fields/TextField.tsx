import { lengthLimit } from '../../verbs/limits';
import type { FieldProps } from './fieldProps';

export function TextField({ controlId, field, value, describedBy, invalid, onChange }: FieldProps) {
  const common = {
    id: controlId,
    className: 'control',
    value: value ?? '',
    placeholder: field.placeholder ?? field.platformDefault,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'aria-required': field.required || undefined,
    // The browser counts UTF-16 units, the limit characters: it lets through twice the limit
    // and one more (so a cut always shows), and the field cuts to characters with a message.
    // A 1 MB paste so never enters the page whole.
    maxLength: 2 * lengthLimit(field) + 1,
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
