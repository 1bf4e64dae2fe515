import type { FillIn, Flow, FlowNode, NestedElement } from '../../schema/flow';
import type { FlowRule } from '../types';

/** The element a fill-in marks, or undefined when its node (or nested element) is gone. */
function elementOf(flow: Flow, entry: FillIn): FlowNode | NestedElement | undefined {
  const node = flow.nodes.find((n) => n.id === entry.nodeId);
  if (!node || entry.childId === undefined) return node;
  return node.children?.find((c) => c.id === entry.childId);
}

/** The value of the field a fill-in marks: an attribute, or the body for `text`. */
function valueOf(element: FlowNode | NestedElement, field: string): string {
  return (field === 'text' ? element.text : element.attributes[field]) ?? '';
}

/**
 * What the field still waits for: `empty`, or `example` while it holds the template's example
 * (a block list with the example number on one of its lines still blocks a fake caller);
 * undefined once filled, or when the element was deleted and there is nothing left to fill.
 */
export function stillToFill(flow: Flow, entry: FillIn): 'empty' | 'example' | undefined {
  const element = elementOf(flow, entry);
  if (!element) return undefined;
  const value = valueOf(element, entry.field).trim();
  if (value === '') return 'empty';
  return entry.example !== '' && value.includes(entry.example) ? 'example' : undefined;
}

/**
 * A template's fields to fill (Flow.fillIn): a warning each, until the user writes their own
 * value. Not an error: the template is valid as it stands, with clearly fake examples.
 */
export const fillIn: FlowRule = {
  id: 'fill-in',
  severity: 'warning',
  description: 'A field a template left for you to fill in is empty or still holds its example.',
  scope: 'flow',
  reads: 'content', // the fields still to fill
  *check({ flow }) {
    for (const entry of flow.fillIn ?? []) {
      const waiting = stillToFill(flow, entry);
      if (!waiting) continue;
      yield {
        nodeId: entry.nodeId,
        ...(entry.childId !== undefined ? { childId: entry.childId } : {}),
        field: entry.field,
        message:
          waiting === 'example'
            ? `Fill in ${entry.what}: “${entry.example}” is only the template’s example.`
            : `Fill in ${entry.what}: it is empty.`,
      };
    }
  },
};
