import type { ResolvedField } from '../../dialects/types';

export interface FieldProps {
  /** DOM id of the control, so the label and messages can point at it. */
  readonly controlId: string;
  readonly field: ResolvedField;
  readonly value: string | undefined;
  /** Ids of the elements that describe the control (help, counter, problems). */
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  onChange(value: string): void;
}
