/**
 * What changed inside a node kept from one version to the next: its name, its fields, its
 * nested elements (a Dial's numbers, a Gather's prompts). Its connections are told apart
 * (connections.ts), and where it sits on the canvas is not a change at all.
 */
import { stepName } from '../model/stepName';
import type { AttributeValues, FlowNode, NestedElement, RawElement } from '../schema/flow';
import { findVerb } from '../verbs';
import { attributeNamesOf, fieldsOf, fieldSentences, undefinedField } from './fields';

/**
 * One thing that changed, told after the node's name: "text changed", or about a nested
 * element: `Number “+14155550100”` and "Phone number changed from … to …".
 */
export interface Detail {
  /** The nested element the detail is about, by name. */
  readonly within?: string;
  readonly text: string;
}

type Element = Pick<FlowNode, 'kind' | 'attributes' | 'text' | 'raw'>;

/** The changes of a node of the same kind in both versions, its connections aside. */
export function nodeDetails(before: FlowNode, after: FlowNode): Detail[] {
  if (before === after) return [];
  const details: Detail[] = [];
  if (before.label !== after.label) details.push({ text: `renamed from ${stepName(before)}` });
  for (const text of elementDetails(before, after)) details.push({ text });
  details.push(...childDetails(before, after));
  return details;
}

/** Field by field, in the definition's order; then attributes no definition names. */
function elementDetails(before: Element, after: Element): string[] {
  if (
    before.attributes === after.attributes &&
    before.text === after.text &&
    before.raw === after.raw
  ) {
    return [];
  }
  const sentences: string[] = [];
  const fields = fieldsOf(after.kind);
  for (const field of fields) {
    const [was, now] = field.body
      ? [before.text, after.text]
      : [before.attributes[field.name], after.attributes[field.name]];
    sentences.push(...fieldSentences(field, was, now));
  }
  if (!fields.some((f) => f.body)) {
    sentences.push(...fieldSentences(undefinedField('text'), before.text, after.text));
  }
  for (const name of undefinedNames(after.kind, before.attributes, after.attributes)) {
    const field = undefinedField(name);
    sentences.push(...fieldSentences(field, before.attributes[name], after.attributes[name]));
  }
  if (!sameRaw(before.raw, after.raw)) sentences.push('imported element changed');
  return sentences;
}

/** Attributes the kind's definition does not name (kept from an import), sorted. */
function undefinedNames(kind: string, ...values: AttributeValues[]): string[] {
  const defined = attributeNamesOf(kind);
  const names = new Set<string>();
  for (const attributes of values) {
    for (const name in attributes) if (!defined.has(name)) names.add(name);
  }
  return names.size === 0 ? [] : [...names].sort();
}

function sameRaw(a: RawElement | undefined, b: RawElement | undefined): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Nested elements by id: changed and added in the new order, then removed, then reordering. */
function childDetails(before: FlowNode, after: FlowNode): Detail[] {
  const old = before.children ?? [];
  const now = after.children ?? [];
  if (old === now) return [];
  const oldById = new Map(old.map((child) => [child.id, child]));
  const kept = new Set<string>();
  const details: Detail[] = [];
  for (const child of now) {
    const was = oldById.get(child.id);
    if (!was || was.kind !== child.kind) {
      details.push({ text: `${childName(child)} added` });
      continue;
    }
    kept.add(child.id);
    for (const text of elementDetails(was, child)) details.push({ within: childName(child), text });
  }
  for (const child of old) {
    if (!kept.has(child.id)) details.push({ text: `${childName(child)} removed` });
  }
  const oldOrder = old.filter((c) => kept.has(c.id)).map((c) => c.id);
  const newOrder = now.filter((c) => kept.has(c.id)).map((c) => c.id);
  if (oldOrder.join('\n') !== newOrder.join('\n')) {
    const list = findVerb(after.kind)?.nesting?.label ?? 'Nested elements';
    details.push({ text: `${list} reordered` });
  }
  return details;
}

/** A nested element named as a step is ("Number “+14155550100”", "Say “Press 1 for…”"). */
function childName(child: NestedElement): string {
  return stepName({ ...child, position: { x: 0, y: 0 } });
}
