import type { FieldSpec } from '../schema/fields';
import { LABEL_MAX_LENGTH } from '../verbs/limits';

function labelField(help: string): FieldSpec {
  return {
    name: 'label',
    label: 'Label',
    kind: 'text',
    help,
    maxLength: LABEL_MAX_LENGTH,
  };
}

export const VERB_LABEL_FIELD = labelField(
  'Optional name shown on the canvas. It also names the document this verb starts.',
);

export const DECISION_LABEL_FIELD = labelField(
  'Optional name shown on the canvas and in the pickers below. It also names this decision’s address on the flow server.',
);
