import type { FieldOption } from '../../schema/verbs';
import type { FieldProps } from './fieldProps';

export function optionText(option: FieldOption): string {
  return option.code ? `${option.label} — ${option.code} — ${option.description}` : option.label;
}

/** A native select: compact, and fully usable with the keyboard and assistive technology. */
export function EnumField({ controlId, field, value, describedBy, invalid, onChange }: FieldProps) {
  const options = field.options ?? [];
  const known = value === undefined || options.some((o) => o.value === value);
  const groups = groupOptions(options);
  const optional = !field.alwaysWrite && !field.required;
  const defaultLabel = options.find((o) => o.value === field.platformDefault)?.label;

  return (
    <select
      id={controlId}
      className="control"
      value={value ?? (optional ? '' : (field.platformDefault ?? ''))}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(event) => onChange(event.target.value)}
    >
      {optional && (
        <option value="">{defaultLabel ? `Platform default (${defaultLabel})` : 'Not set'}</option>
      )}
      {!known && <option value={value}>{`${value} — not available in this dialect`}</option>}
      {groups.map(([group, items]) =>
        group ? (
          <optgroup key={group} label={group}>
            {items.map(renderOption)}
          </optgroup>
        ) : (
          items.map(renderOption)
        ),
      )}
    </select>
  );
}

function renderOption(option: FieldOption) {
  return (
    <option key={option.value} value={option.value}>
      {optionText(option)}
    </option>
  );
}

function groupOptions(options: readonly FieldOption[]): [string, FieldOption[]][] {
  const groups = new Map<string, FieldOption[]>();
  for (const option of options) {
    const key = option.group ?? '';
    const list = groups.get(key);
    if (list) list.push(option);
    else groups.set(key, [option]);
  }
  return [...groups];
}
