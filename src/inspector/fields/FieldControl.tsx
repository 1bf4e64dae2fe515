import { useId, useState, type ReactNode } from 'react';
import type { ResolvedField } from '../../dialects/types';
import type { Problem } from '../../validate/types';
import { characterCount, cutMessage, cutToLength, lengthLimit } from '../../verbs/limits';
import { BooleanField } from './BooleanField';
import { EnumField } from './EnumField';
import { EventsField } from './EventsField';
import type { FieldProps } from './fieldProps';
import { OptionDetail } from './OptionDetail';
import { TextField } from './TextField';
import { FieldProblemList } from './FieldProblemList';

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

/**
 * One labelled field: its control, help, length counter and the problems found in it. Every value
 * typed or pasted is cut to the field's limit before it reaches the store, and the user is told.
 */
export function FieldControl({ field, value, problems, onChange, override }: FieldControlProps) {
  const id = useId();
  const [cutNotice, setCutNotice] = useState<string | null>(null);
  const helpId = `${id}-help`;
  const detailId = `${id}-detail`;
  const counterId = `${id}-counter`;
  const cutId = `${id}-cut`;
  const problemsId = `${id}-problems`;
  const length = characterCount(value ?? '');
  const over = field.maxLength !== undefined && length > field.maxLength;
  const describedBy =
    [
      field.help && helpId,
      field.kind === 'enum' && detailId,
      field.maxLength !== undefined && counterId,
      problems.length > 0 && problemsId,
      cutNotice && cutId,
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  const Control = controls[field.kind];
  const limit = lengthLimit(field);
  const change = (typed: string) => {
    const kept = cutToLength(typed, limit);
    setCutNotice(kept === typed ? null : cutMessage(limit, field.label));
    onChange(kept);
  };
  const control = override ?? (
    <Control
      controlId={id}
      field={field}
      value={value}
      describedBy={describedBy}
      invalid={problems.some((p) => p.severity === 'error')}
      onChange={change}
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
      {/* A polite live region, always in the page so the message is announced when it appears;
          not role="status", which names the app's one notice area. */}
      <div aria-live="polite" id={cutId}>
        {cutNotice && (
          <ul className="field-problems">
            <li className="warning">{cutNotice}</li>
          </ul>
        )}
      </div>
      {field.kind === 'enum' && <OptionDetail field={field} value={value} id={detailId} />}
      {field.help && (
        <p className="field-help" id={helpId}>
          {field.help}
        </p>
      )}
      <FieldProblemList id={problemsId} problems={problems} />
    </Wrapper>
  );
}
