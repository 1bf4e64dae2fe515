import { readDecision, type DecisionDef, type FieldProblem } from '../../decisions';
import type { AttributeValues } from '../../schema/flow';
import type { RuleMemo } from '../memo';
import { decisionOf } from '../../kinds';
import type { Finding, NodeRule } from '../types';

/**
 * Reading a decision's fields is the slow part (a block list pasted from a spreadsheet may hold
 * thousands of numbers), and every edit validates the whole flow again: answers are kept per
 * attributes object, which an edit elsewhere leaves as it is (in the validation's RuleMemo).
 */
function problemsOf(
  kept: RuleMemo,
  def: DecisionDef,
  attributes: AttributeValues,
): readonly FieldProblem[] {
  const known = kept.decisionFields.get(attributes);
  if (known?.kind === def.kind) return known.problems;
  const { problems } = readDecision(def.kind, attributes);
  kept.decisionFields.set(attributes, { kind: def.kind, problems });
  return problems;
}

/**
 * What the decisions module finds wrong in a decision's fields, at the field (and line) it is
 * on. Every one is an error: a line that is not a phone number is left out, so that caller is
 * not matched; hours that cannot be read are no hours; an unknown time zone stops the flow
 * server from starting; and a list that matches nobody (no numbers, no keys, never open) makes
 * the decision send every call the same way, which no one builds a decision for — as a Dial
 * with nobody to call is an error. Overlapping hours and a key listed twice change nothing at
 * call time, but are most often a slip of the keyboard: they are errors too, so that Download
 * asks first.
 */
export const decisionField: NodeRule = {
  id: 'decision-field',
  severity: 'error',
  description:
    'A decision field the flow server cannot use as written: a line that is not a phone number, hours it cannot read, an unknown time zone, a list that matches nobody.',
  scope: 'node',
  nodes: 'decisions',
  *checkNode(node, { kept }) {
    const def = decisionOf(node);
    if (!def) return;
    for (const problem of problemsOf(kept, def, node.attributes)) {
      yield findingOf(node.id, def, problem);
    }
  },
};

function findingOf(nodeId: string, def: DecisionDef, problem: FieldProblem): Finding {
  const field = def.fields.find((f) => f.name === problem.field);
  const label = field?.label ?? problem.field;
  const where = { nodeId, field: problem.field };
  if (problem.line !== undefined) {
    return {
      ...where,
      line: problem.line,
      message: `“${label}”, line ${problem.line}: ${problem.message} Until then the flow server leaves this line out.`,
    };
  }
  // A day's hours say which day in the Problems list, where the field is not shown.
  const named = field?.kind !== 'hours' || problem.message.includes(label);
  return { ...where, message: named ? problem.message : `${label}: ${problem.message}` };
}
