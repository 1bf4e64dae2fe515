import { Clock } from 'lucide-react';
import { useId } from 'react';
import type { DecisionFieldDef } from '../../decisions';
import type { ShownFieldProblem } from '../decisionProblems';
import { FieldProblemList } from './FieldProblemList';
import { TextField } from './TextField';
import { CutNotice, useCutToLimit } from './useCutToLimit';

/**
 * The weekly opening hours: one box a day (the text control and cut every field uses), under one
 * legend, with the help they share once and the hours in words ("Mon–Fri 09:00–17:30,
 * Europe/Paris; closed 25 Dec") kept up to date below.
 */
export function HoursFieldset({
  days,
  values,
  problemsOf,
  onChange,
  summary,
}: {
  days: readonly DecisionFieldDef[];
  values: Readonly<Record<string, string>>;
  problemsOf(field: string): readonly ShownFieldProblem[];
  onChange(field: string, value: string): void;
  summary: string;
}) {
  const id = useId();
  const summaryId = `${id}-summary`;
  const helps = [...new Set(days.map((day) => day.help).filter((help) => help !== undefined))];
  const helpId = (help: string | undefined) =>
    help === undefined ? undefined : `${id}-help-${helps.indexOf(help)}`;

  return (
    <fieldset className="field hours-group" aria-describedby={summaryId}>
      <legend>Opening hours</legend>
      <div className="hours-days">
        {days.map((day) => (
          <DayHours
            key={day.name}
            day={day}
            value={values[day.name] ?? ''}
            helpId={helpId(day.help)}
            problems={problemsOf(day.name)}
            onChange={(value) => onChange(day.name, value)}
          />
        ))}
      </div>
      {helps.map((help, index) => (
        <p key={help} className="field-help" id={`${id}-help-${index}`}>
          {help}
        </p>
      ))}
      <p className="hours-summary" id={summaryId}>
        <Clock size={14} aria-hidden="true" /> {summary}
      </p>
    </fieldset>
  );
}

function DayHours({
  day,
  value,
  helpId,
  problems,
  onChange,
}: {
  day: DecisionFieldDef;
  value: string;
  helpId: string | undefined;
  problems: readonly ShownFieldProblem[];
  onChange(value: string): void;
}) {
  const id = useId();
  const problemsId = `${id}-problems`;
  const cutId = `${id}-cut`;
  const { change, notice } = useCutToLimit(day, onChange);
  const describedBy =
    [helpId, problems.length > 0 && problemsId, notice && cutId].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className="hours-day">
      <label htmlFor={id}>{day.label}</label>
      <TextField
        controlId={id}
        field={day}
        value={value}
        describedBy={describedBy}
        invalid={problems.some((p) => p.severity === 'error')}
        onChange={change}
      />
      <CutNotice id={cutId} notice={notice} />
      <FieldProblemList id={problemsId} problems={problems} />
    </div>
  );
}
