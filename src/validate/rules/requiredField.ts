import type { ResolvedField } from '../../dialects/types';
import type { NodeRule } from '../types';
import {
  elementName,
  filledByOutlet,
  selectFields,
  valueOf,
  where,
  type ElementRef,
} from './names';

const requiredFields = selectFields((field) => field.required === true);

/**
 * A field the platform needs, on every node and nested element (a Number without its number).
 * A field an outlet fills (Redirect's target, an action URL) counts as filled while connected.
 */
export const requiredField: NodeRule = {
  id: 'required-field',
  severity: 'error',
  description: 'A field the platform needs is empty.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(_node, context) {
    for (const ref of context.elements) {
      for (const field of requiredFields(ref.verb)) {
        if (filledByOutlet(context.connected, ref, field)) continue;
        if (valueOf(ref.element, field.name)?.trim()) continue;
        yield { ...where(ref, field.name), message: messageFor(ref, field) };
      }
    }
  },
};

function messageFor(ref: ElementRef, field: ResolvedField): string {
  const outlet = field.outlet && ref.verb.def.outlets.find((o) => o.id === field.outlet);
  if (outlet && !ref.childId) {
    return `${ref.verb.def.label} does not say where to go. Connect “${outlet.label}” on the canvas, or fill in “${field.label}”.`;
  }
  return `${elementName(ref)} needs “${field.label}”. Fill it in.`;
}
