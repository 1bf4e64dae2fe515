import { tidyPhoneField } from '../../decisions';
import { lengthLimit } from '../../verbs/limits';
import type { FieldProps } from './fieldProps';

/**
 * A line of text (or a few, `multiline`): a verb's text, number, URL or phone number, a
 * decision's keys ("1 2 3 * #") or a day's hours ("09:00–12:00, 13:00–17:30").
 */
export function TextField({ controlId, field, value, describedBy, invalid, onChange }: FieldProps) {
  const common = {
    id: controlId,
    className: 'control',
    value: value ?? '',
    // Grey text never looks like a value: an example says “e.g.”, a default says it is one.
    placeholder:
      field.placeholder ??
      (field.platformDefault ? `Default: ${field.platformDefault}` : undefined),
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'aria-required': field.required || undefined,
    // The browser counts UTF-16 units, the limit characters: it lets through twice the limit
    // and one more (so a cut always shows), and the field cuts to characters with a message.
    // A 1 MB paste so never enters the page whole.
    maxLength: 2 * lengthLimit(field) + 1,
    spellCheck: field.kind === 'text',
    // Keys and hours are not words the browser has seen before: no suggestions over them.
    autoComplete: field.kind === 'keys' || field.kind === 'hours' ? 'off' : undefined,
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
      // A number typed as people write it ("+1 415 555 0100") is tidied once the user leaves the
      // field, as Check caller tidies its numbers: what the platform needs, not what was typed.
      onBlur={field.kind === 'phone' ? () => tidyOnLeave(value, onChange) : undefined}
    />
  );
}

function tidyOnLeave(value: string | undefined, onChange: (value: string) => void): void {
  const tidied = tidyPhoneField(value ?? '');
  if (tidied !== (value ?? '')) onChange(tidied);
}
