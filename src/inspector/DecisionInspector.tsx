import { Trash2 } from 'lucide-react';
import { useMemo } from 'react';
import { describeHours, readDecision, type DecisionDef, type DecisionFieldDef } from '../decisions';
import { nodeOutlets } from '../kinds';
import type { FlowNode } from '../schema/flow';
import { useActions } from '../store/context';
import '../styles/inspector-decisions.css';
import { DecisionIcon } from '../ui/DecisionIcon';
import type { Problem } from '../validate/types';
import { fieldProblems } from './decisionProblems';
import { FieldControl } from './fields/FieldControl';
import { HoursFieldset } from './fields/HoursFieldset';
import { GeneralProblems } from './GeneralProblems';
import { DECISION_LABEL_FIELD } from './labelFields';
import { OutletPickers } from './OutletPickers';

/** A run of fields shown together: the days of the week share one "Opening hours" group. */
type FieldGroup =
  | { readonly kind: 'one'; readonly field: DecisionFieldDef }
  | { readonly kind: 'hours'; readonly days: readonly DecisionFieldDef[] };

function groupFields(fields: readonly DecisionFieldDef[]): FieldGroup[] {
  const groups: FieldGroup[] = [];
  for (const field of fields) {
    const last = groups.at(-1);
    if (field.kind !== 'hours') groups.push({ kind: 'one', field });
    else if (last?.kind === 'hours')
      groups[groups.length - 1] = { ...last, days: [...last.days, field] };
    else groups.push({ kind: 'hours', days: [field] });
  }
  return groups;
}

/**
 * A decision node: its fields as the decision catalog defines them, the problems found in each
 * as the user types, its label, where each outcome goes, and Delete.
 */
export function DecisionInspector({
  node,
  decision,
  problems,
}: {
  node: FlowNode;
  decision: DecisionDef;
  problems: readonly Problem[];
}) {
  const { updateNode, removeNodes } = useActions();
  const read = useMemo(
    () => readDecision(decision.kind, node.attributes),
    [decision.kind, node.attributes],
  );
  const groups = useMemo(() => groupFields(decision.fields), [decision.fields]);
  // A problem names a field, or an outlet ("“Closed” leads nowhere"), or neither: the node.
  const placed = new Set([
    ...decision.fields.map((f) => f.name),
    ...nodeOutlets(node).map((o) => o.id),
  ]);
  const general = problems.filter((p) => !p.childId && (!p.field || !placed.has(p.field)));
  const outletProblems = (outlet: string) =>
    problems.filter((p) => p.field === outlet && !p.childId);
  const problemsOf = (field: string) => fieldProblems(field, read.problems, problems);
  const change = (field: string, value: string) =>
    updateNode(node.id, { attributes: { [field]: value } });
  const summary =
    read.decision.kind === 'checkHours'
      ? describeHours(read.decision.week, read.decision.timeZone, read.decision.closures)
      : '';

  return (
    <>
      <header className="inspector-header group-decision">
        <DecisionIcon kind={decision.kind} size={16} />
        <div>
          <h2>{decision.label}</h2>
          <p>{decision.description}</p>
        </div>
      </header>
      <GeneralProblems problems={general} />

      {groups.map((group) =>
        group.kind === 'hours' ? (
          <HoursFieldset
            key={group.days[0]!.name}
            days={group.days}
            values={node.attributes}
            problemsOf={problemsOf}
            onChange={change}
            summary={summary}
          />
        ) : (
          <FieldControl
            key={group.field.name}
            field={group.field}
            value={node.attributes[group.field.name]}
            problems={problemsOf(group.field.name)}
            onChange={(value) => change(group.field.name, value)}
          />
        ),
      )}
      <FieldControl
        field={DECISION_LABEL_FIELD}
        value={node.label}
        problems={[]}
        onChange={(label) => updateNode(node.id, { label })}
      />
      <OutletPickers node={node} problemsOf={outletProblems} />
      <button type="button" className="button danger" onClick={() => removeNodes([node.id])}>
        <Trash2 size={15} aria-hidden="true" /> Delete {decision.label}
      </button>
    </>
  );
}
