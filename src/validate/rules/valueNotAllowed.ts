import type { NodeRule } from '../types';
import { where } from './names';

/** The platform reads a boolean with Java's parseBoolean: anything but true (any case) is false. */
const BOOLEAN = /^(true|false)$/i;

/**
 * Enumerated values must be choices of this dialect, booleans true or false; catalog attributes
 * must exist in the dialect. Nested elements are checked like nodes.
 */
export const valueNotAllowed: NodeRule = {
  id: 'value-not-allowed',
  severity: 'error',
  description: 'A value, or an attribute, that the chosen dialect does not have.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(_node, context) {
    const { dialect } = context;
    for (const ref of context.elements) {
      const { verb } = ref;
      const values = ref.element.attributes;
      // Own keys in order, as Object.entries gives them, without an array per attribute.
      for (const name in values) {
        if (!Object.hasOwn(values, name)) continue;
        const value = values[name]!;
        const field = verb.fields.get(name);
        if (!field) {
          const known = verb.def.attributes.find((f) => f.name === name);
          if (known) {
            yield {
              ...where(ref, name),
              message: `${dialect.label} has no “${known.label}” for ${verb.def.label}. Remove it, or switch the dialect.`,
            };
          }
          continue;
        }
        if (
          field.kind === 'enum' &&
          field.options &&
          !field.options.some((o) => o.value === value)
        ) {
          yield {
            ...where(ref, name),
            message: `“${value}” is not a ${field.label.toLowerCase()} ${dialect.label} knows. Pick one from the list.`,
          };
        } else if (field.kind === 'boolean' && !BOOLEAN.test(value.trim())) {
          yield {
            ...where(ref, name),
            message: `“${field.label}” must be true or false, not “${value}”; the platform reads anything else as false. Choose one.`,
          };
        }
      }
    }
  },
};
