/**
 * The one shape of a field that a control shows and the store limits: a verb's attribute or body
 * (FieldDef, src/schema/verbs.ts) is one as it is, and so is a decision's field
 * (DecisionFieldDef, src/schema/decisions.ts), whose kinds the verb vocabulary lacks.
 */
import type { FieldDef, FieldKind } from './verbs';

/**
 * Kinds beyond the verbs': `lines` is one entry a line (numbers, prefixes, dated closures);
 * `hours` a day's opening ranges ("09:00–12:00, 13:00–17:30"); `timeZone` an IANA name; `keys`
 * the keys or key sequences a Menu expects ("1 2 3 * #").
 */
export type FieldSpecKind = FieldKind | 'lines' | 'hours' | 'timeZone' | 'keys';

/** A field as the inspector's one set of controls reads it and the store cuts it to its limit. */
export interface FieldSpec extends Omit<FieldDef, 'kind'> {
  readonly kind: FieldSpecKind;
}
