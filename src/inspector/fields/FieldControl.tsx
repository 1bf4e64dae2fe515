import { useId, type ReactNode } from 'react';
import type { ResolvedField } from '../../dialects/types';
import type { Problem } from '../../validate/types';
import { BooleanField } from './BooleanField';
import { EnumField } from './EnumField';
import { EventsField } from './EventsField';
import type { FieldProps } from './fieldProps';
import { OptionDetail } from './OptionDetail';
import { TextField } from './TextField';

interface FieldControlProps {
  field: ResolvedField;
  value: string | undefined;
  problems: readonly Problem[];
  onChange(value: string): void;
  /** Replaces the control, e.g. with "connected on the canvas" for an outlet's URL. */
  override?: ReactNode;
}

const controls: Record<ResolvedField['kind'], (props: FieldProps) => ReactNode> = {
  enum: EnumField,
  boolean: BooleanField,
  events: EventsField,
  text: TextField,
  integer: TextField,
  url: TextField,
  phone: TextField,
};

/** One labelled field: its control, help, length counter and the problems found in it. */
export function FieldControl({ field, value, problems, onChange, override }: FieldControlProps) {
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
  const Control = controls[field.kind];
  const control = override ?? (
    <Control
      controlId={id}
      field={field}
      value={value}
      describedBy={describedBy}
      invalid={problems.some((p) => p.severity === 'error')}
      onChange={onChange}
    />
  );
  // A group of checkboxes is named by a legend; every other control by its label.
  const Wrapper = field.kind === 'events' ? 'fieldset' : 'div';
  const Caption = field.kind === 'events' ? 'legend' : 'label';

  return (
    <Wrapper className={`field field-${field.kind}`}>
      <div className="field-label-row">
        <Caption {...(Caption === 'label' && !override ? { htmlFor: id } : {})}>
          {field.label}
        </Caption>
        {field.unit && <span className="field-unit">{field.unit}</span>}
        {field.maxLength !== undefined && (
          <span id={counterId} className={`counter${over ? ' over' : ''}`}>
            {length} / {field.maxLength} characters
          </span>
        )}
      </div>
      {control}
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
    </Wrapper>
  );
}
