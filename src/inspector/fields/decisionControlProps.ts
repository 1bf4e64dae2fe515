import type { DecisionFieldDef } from '../../decisions';

export interface DecisionControlProps {
  /** DOM id of the control, so the label and messages can point at it. */
  readonly controlId: string;
  readonly field: DecisionFieldDef;
  readonly value: string;
  /** Ids of the elements that describe the control (help, problems, cut message). */
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  onChange(value: string): void;
}
