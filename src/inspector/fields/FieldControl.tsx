import { useId } from 'react';
import type { ResolvedField } from '../../dialects/types';
import type { Problem } from '../../validate/types';
import { EnumField } from './EnumField';
import { OptionDetail } from './OptionDetail';
import { TextField } from './TextField';

interface FieldControlProps {
  field: ResolvedField;
  value: string | undefined;
  problems: readonly Problem[];
  onChange(value: string): void;
}

/** One labelled field: its control, help, length counter and the problems found in it. */
export function FieldControl({ field, value, problems, onChange }: FieldControlProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const detailId = `${id}-detail`;
  const counterId = `${id}-counter`;
  const problemsId = `${id}-problems`;
  const length = [...(value ?? '')].length;
  const over = field.maxLength !== undefined && length > field.maxLength;
  const describedBy =
    [
      field.help && helpId,
      field.kind === 'enum' && detailId,
      field.maxLength !== undefined && counterId,
      problems.length > 0 && problemsId,
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  const props = {
    controlId: id,
    field,
    value,
    describedBy,
    invalid: problems.some((p) => p.severity === 'error'),
    onChange,
  };

  return (
    <div className="field">
      <div className="field-label-row">
        <label htmlFor={id}>{field.label}</label>
        {field.unit && <span className="field-unit">{field.unit}</span>}
        {field.maxLength !== undefined && (
          <span id={counterId} className={`counter${over ? ' over' : ''}`}>
            {length} / {field.maxLength} characters
          </span>
        )}
      </div>
      {field.kind === 'enum' ? <EnumField {...props} /> : <TextField {...props} />}
      {field.kind === 'enum' && <OptionDetail field={field} value={value} id={detailId} />}
      {field.help && (
        <p className="field-help" id={helpId}>
          {field.help}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="field-problems" id={problemsId}>
          {problems.map((p) => (
            <li key={p.key} className={p.severity}>
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
