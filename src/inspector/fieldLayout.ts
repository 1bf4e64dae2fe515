import type { ResolvedField, ResolvedVerb } from '../dialects/types';
import type { Problem } from '../validate/types';

/** One place in a verb's inspector: an attribute, the body, or the nested list. */
export type InspectorSlot =
  | { readonly kind: 'attribute'; readonly field: ResolvedField }
  | { readonly kind: 'body'; readonly field: ResolvedField }
  | { readonly kind: 'nesting' };

export interface InspectorLayout {
  /** What a non-programmer needs, in the verb's `inspectorOrder`. */
  readonly plain: readonly InspectorSlot[];
  /** Technical fields (`advanced`), folded under “Advanced”, in definition order. */
  readonly advanced: readonly InspectorSlot[];
}

const BODY = 'text';
const NESTING = 'nesting';

function nameOf(slot: InspectorSlot): string {
  if (slot.kind === 'nesting') return NESTING;
  return slot.kind === 'body' ? BODY : slot.field.name;
}

/**
 * How a verb's inspector is laid out, read from its definition alone: plain fields first, in the
 * order the verb names (the body, then the nested list, then attributes when it names none),
 * technical ones apart. The XML keeps the attributes' own order; this is only what is shown.
 */
export function inspectorLayout(verb: ResolvedVerb): InspectorLayout {
  const slots: InspectorSlot[] = [
    ...(verb.body ? [{ kind: 'body', field: verb.body } as const] : []),
    ...(verb.def.nesting ? [{ kind: 'nesting' } as const] : []),
    ...verb.attributes.map((field) => ({ kind: 'attribute', field }) as const),
  ];
  const isAdvanced = (slot: InspectorSlot) => slot.kind !== 'nesting' && slot.field.advanced;
  const order = verb.def.inspectorOrder ?? [];
  const rank = (slot: InspectorSlot) => {
    const at = order.indexOf(nameOf(slot));
    return at === -1 ? order.length : at;
  };
  // A stable sort: the slots the verb does not name keep their default order.
  const plain = slots.filter((slot) => !isAdvanced(slot)).sort((a, b) => rank(a) - rank(b));
  return { plain, advanced: slots.filter(isAdvanced) };
}

/** The field name problems use for a slot (`text` for the body). */
export function slotField(slot: InspectorSlot): string | undefined {
  return slot.kind === 'nesting' ? undefined : nameOf(slot);
}

/**
 * Whether a problem about a field an outlet fills belongs at the outlet's picker: the field is
 * folded away and empty, so the problem is about the outlet ("“After input” is not connected"),
 * not about a typed value.
 */
export function problemGoesToOutlet(field: ResolvedField, value: string | undefined): boolean {
  return field.outlet !== undefined && field.advanced === true && !value?.trim();
}

/** The problems shown at a field: none when they belong at its outlet's picker instead. */
export function problemsAtField(
  problems: readonly Problem[],
  field: ResolvedField,
  name: string,
  value: string | undefined,
): readonly Problem[] {
  if (problemGoesToOutlet(field, value)) return [];
  return problems.filter((p) => p.field === name && !p.childId);
}

/** Problems shown inside the folded fields: any of them opens “Advanced”. */
export function advancedProblems(
  layout: InspectorLayout,
  problems: readonly Problem[],
  valueOf: (field: string) => string | undefined,
): readonly Problem[] {
  return layout.advanced.flatMap((slot) => {
    if (slot.kind === 'nesting') return [];
    const name = nameOf(slot);
    return problemsAtField(problems, slot.field, name, valueOf(name));
  });
}
