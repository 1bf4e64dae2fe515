import type { ResolvedField } from '../../dialects/types';
import type { NodeRule } from '../types';
import { elementName, selectFields, where, type ElementRef } from './names';

const eventFields = selectFields((field) => field.kind === 'events', 'attributes');

/**
 * `events` fields (statusCallbackEvent of Number, Client, Sip) hold a comma-separated list of the
 * field's options. The open-source server deletes every space and then splits on commas, so the
 * docs' space-separated form ("initiated ringing") becomes one event it does not know
 * (rcml-verbs.md §3.2): write commas and no spaces.
 */
export const statusCallbackEvents: NodeRule = {
  id: 'status-callback-events',
  severity: 'error',
  description: 'A list of call events that the platform would misread.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(_node, context) {
    for (const ref of context.elements) {
      for (const field of eventFields(ref.verb)) {
        const value = ref.element.attributes[field.name];
        if (!value?.trim()) continue;
        const message = problemWith(value.trim(), field, ref);
        if (message) yield { ...where(ref, field.name), message };
      }
    }
  },
};

function problemWith(value: string, field: ResolvedField, ref: ElementRef): string | undefined {
  const known = (field.options ?? []).map((o) => o.value);
  const example = known.slice(0, 2).join(',');
  const entries = value.split(',').map((e) => e.trim());
  const what = `“${field.label}” of ${elementName(ref)}`;
  if (entries.some((e) => /\s/.test(e))) {
    const fixed = entries
      .flatMap((e) => e.split(/\s+/))
      .filter(Boolean)
      .join(',');
    return `${what} lists events separated by spaces, which the platform reads as a single unknown event. Separate them with commas and no spaces: ${fixed}.`;
  }
  const unknown = entries.filter((e) => e && !known.includes(e));
  if (unknown.length > 0) {
    return `${what} has ${unknown.map((e) => `“${e}”`).join(', ')}, which ${unknown.length === 1 ? 'is not an event' : 'are not events'} the platform sends. Use only ${known.join(', ')}, separated by commas (e.g. ${example}).`;
  }
  if (/\s/.test(value)) {
    return `${what} must be written without spaces, e.g. ${example}. Remove the spaces after the commas.`;
  }
  if (entries.some((e) => !e)) {
    return `${what} has an empty entry between commas. Remove the extra comma.`;
  }
  return undefined;
}
