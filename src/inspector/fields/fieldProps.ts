import type { FieldSpec } from '../../schema/fields';

/** What every control of a field gets: a verb's field and a decision's are one shape. */
export interface FieldProps {
  /** DOM id of the control, so the label and messages can point at it. */
  readonly controlId: string;
  readonly field: FieldSpec;
  readonly value: string | undefined;
  /** Ids of the elements that describe the control (help, counter, problems, cut message). */
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  onChange(value: string): void;
}
