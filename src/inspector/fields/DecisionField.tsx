import { useId, type ReactNode } from 'react';
import {
  DECISION_FIELD_LIMITS,
  type DecisionFieldDef,
  type DecisionFieldKind,
} from '../../decisions';
import type { ShownFieldProblem } from '../decisionProblems';
import { CutNotice, useCutToLimit } from './useCutToLimit';
import { ChoiceInput, SwitchInput, TextInput } from './DecisionInputs';
import type { DecisionControlProps } from './decisionControlProps';
import { FieldProblemList } from './FieldProblemList';
import { entryCount, LinesInput, selectLine } from './LinesInput';
import { TimeZoneInput } from './TimeZoneInput';

const controls: Record<DecisionFieldKind, (props: DecisionControlProps) => ReactNode> = {
  lines: LinesInput,
  timeZone: TimeZoneInput,
  keys: TextInput,
  hours: TextInput,
  boolean: SwitchInput,
  enum: ChoiceInput,
};

/**
 * One labelled field of a decision, in the verb fields' look: its control, help, and the
 * problems found in it. A value typed or pasted is cut to the kind's limit, and the user told.
 */
export function DecisionField({
  field,
  value,
  problems,
  onChange,
}: {
  field: DecisionFieldDef;
  value: string | undefined;
  problems: readonly ShownFieldProblem[];
  onChange(value: string): void;
}) {
  const id = useId();
  const helpId = `${id}-help`;
  const problemsId = `${id}-problems`;
  const cutId = `${id}-cut`;
  const { change, notice } = useCutToLimit(
    DECISION_FIELD_LIMITS[field.kind],
    field.label,
    onChange,
  );
  const describedBy =
    [field.help && helpId, problems.length > 0 && problemsId, notice && cutId]
      .filter(Boolean)
      .join(' ') || undefined;
  const Control = controls[field.kind];
  const text = value ?? '';
  const entries = field.kind === 'lines' ? entryCount(text) : 0;
  const showLine = (line: number) => {
    const control = document.getElementById(id);
    if (control instanceof HTMLTextAreaElement) selectLine(control, line);
  };

  return (
    <div className={`field field-${field.kind}`}>
      <div className="field-label-row">
        <label htmlFor={id}>{field.label}</label>
        {entries > 0 && (
          <span className="counter">
            {entries.toLocaleString('en-US')} {entries === 1 ? 'line' : 'lines'}
          </span>
        )}
      </div>
      <Control
        controlId={id}
        field={field}
        value={text}
        describedBy={describedBy}
        invalid={problems.some((p) => p.severity === 'error')}
        onChange={change}
      />
      <CutNotice id={cutId} notice={notice} />
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
    </div>
  );
}
