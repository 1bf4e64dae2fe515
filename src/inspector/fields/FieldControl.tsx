import { useId, type ReactNode } from 'react';
import type { FieldSpec, FieldSpecKind } from '../../schema/fields';
import type { ShownFieldProblem } from '../decisionProblems';
import { characterCount } from '../../verbs/limits';
import { BooleanField } from './BooleanField';
import { EnumField } from './EnumField';
import { EventsField } from './EventsField';
import type { FieldProps } from './fieldProps';
import { FieldProblemList } from './FieldProblemList';
import { entryCount, LinesInput, selectLine } from './LinesInput';
import { OptionDetail } from './OptionDetail';
import { TextField } from './TextField';
import { TimeZoneInput } from './TimeZoneInput';
import { CutNotice, useCutToLimit } from './useCutToLimit';

interface FieldControlProps {
  /** A verb's field, a decision's, a note's or a label: one shape (src/schema/fields.ts). */
  field: FieldSpec;
  value: string | undefined;
  problems: readonly ShownFieldProblem[];
  onChange(value: string): void;
  /** Replaces the control, e.g. with "connected on the canvas" for an outlet's URL. */
  override?: ReactNode;
}

/** The one control of each kind: one switch, one picker, one text input. */
export const FIELD_CONTROLS: Readonly<Record<FieldSpecKind, (props: FieldProps) => ReactNode>> = {
  enum: EnumField,
  boolean: BooleanField,
  events: EventsField,
  text: TextField,
  integer: TextField,
  url: TextField,
  phone: TextField,
  keys: TextField,
  hours: TextField,
  lines: LinesInput,
  timeZone: TimeZoneInput,
};

/**
 * One labelled field: its control, help, length counter and the problems found in it. Every value
 * typed or pasted is cut to the field's limit before it reaches the store, and the user is told
 * (useCutToLimit).
 */
export function FieldControl({ field, value, problems, onChange, override }: FieldControlProps) {
  const id = useId();
  const { change, notice } = useCutToLimit(field, onChange);
  const helpId = `${id}-help`;
  const detailId = `${id}-detail`;
  const counterId = `${id}-counter`;
  const cutId = `${id}-cut`;
  const problemsId = `${id}-problems`;
  const length = characterCount(value ?? '');
  const over = field.maxLength !== undefined && length > field.maxLength;
  // A list counts its entries beside the label ("3 lines").
  const entries = field.kind === 'lines' ? entryCount(value ?? '') : 0;
  const describedBy =
    [
      field.help && helpId,
      field.kind === 'enum' && detailId,
      field.maxLength !== undefined && counterId,
      problems.length > 0 && problemsId,
      notice && cutId,
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  const Control = FIELD_CONTROLS[field.kind];
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
  // "Line 3" in a list's problem selects that line.
  const showLine = (line: number) => {
    const textarea = document.getElementById(id);
    if (textarea instanceof HTMLTextAreaElement) selectLine(textarea, line);
  };
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
        {entries > 0 && (
          <span className="counter">
            {entries.toLocaleString('en-US')} {entries === 1 ? 'line' : 'lines'}
          </span>
        )}
      </div>
      {control}
      <CutNotice id={cutId} notice={notice} />
      {field.kind === 'enum' && <OptionDetail field={field} value={value} id={detailId} />}
      {field.help && (
        <p className="field-help" id={helpId}>
          {field.help}
        </p>
      )}
      <FieldProblemList
        id={problemsId}
        problems={problems}
        onShowLine={field.kind === 'lines' ? showLine : undefined}
      />
    </Wrapper>
  );
}
