/**
 * A field's change in plain words, read from the verb, decision or note definition: its label,
 * and whether its values are short enough to quote ("Reason changed from busy to rejected") or
 * prose that only says it changed ("text changed": the XML diff below shows the words).
 */
import type { DecisionFieldKind } from '../decisions';
import { kindFields } from '../kinds';
import type { FieldKind } from '../verbs';

export interface ComparedField {
  /** Attribute name, or `text` for the element's body. */
  readonly name: string;
  readonly label: string;
  /** Undefined for an attribute no definition knows (kept from an import). */
  readonly kind: FieldKind | DecisionFieldKind | undefined;
  readonly body: boolean;
  /**
   * The kind's first `lines` field, told without its label: a Check caller's numbers read best
   * bare ("+1 415 555 0102 added"); its prefixes are named ("Starts with +1900 added").
   */
  readonly bare?: boolean;
}

/** Longest value quoted in a sentence; a longer one only "changed". URLs are long by nature. */
const SHORT_VALUE = 60;
const SHORT_URL = 120;
/** Lines of a `lines` field listed one by one in each direction; more are counted. */
const LINES_LISTED = 10;

const BODY = 'text';
const byKind = new Map<string, readonly ComparedField[]>();

/** The fields a kind of node has, in the order its sentences are told: body first. */
export function fieldsOf(kind: string): readonly ComparedField[] {
  let fields = byKind.get(kind);
  if (!fields) byKind.set(kind, (fields = definedFields(kind)));
  return fields;
}

const namesByKind = new Map<string, ReadonlySet<string>>();

/** The attribute names a kind's definition knows (its body aside). */
export function attributeNamesOf(kind: string): ReadonlySet<string> {
  let names = namesByKind.get(kind);
  if (!names) {
    names = new Set(fieldsOf(kind).flatMap((f) => (f.body ? [] : [f.name])));
    namesByKind.set(kind, names);
  }
  return names;
}

function definedFields(kind: string): readonly ComparedField[] {
  const { attributes, body } = kindFields(kind);
  const fields = [...attributes.values()];
  const bare = fields.find((f) => f.kind === 'lines');
  return [
    ...(body ? [{ ...pick(body), name: BODY, body: true }] : []),
    ...fields.map((f) => ({ ...pick(f), body: false, ...(bare ? { bare: f === bare } : {}) })),
  ];
}

function pick(field: Pick<ComparedField, 'name' | 'label' | 'kind'>) {
  return { name: field.name, label: field.label, kind: field.kind };
}

/** A field no definition names (an imported attribute): its name is all there is to show. */
export function undefinedField(name: string): ComparedField {
  return name === BODY
    ? { name, label: name, kind: 'text', body: true }
    : { name, label: name, kind: undefined, body: false };
}

/** The sentences for one field whose value went from `before` to `after` (absent = empty). */
export function fieldSentences(field: ComparedField, before = '', after = ''): string[] {
  if (before === after) return [];
  if (field.kind === 'lines') return lineSentences(field, before, after);
  // The body of a Say, an Sms or a note is its text, whatever the inspector calls it.
  const label = field.body && field.kind === 'text' ? 'text' : field.label;
  if (field.kind === 'boolean' && (before === 'true' || after === 'true')) {
    return [`${label} turned ${after === 'true' ? 'on' : 'off'}`];
  }
  const limit = field.kind === 'url' ? SHORT_URL : SHORT_VALUE;
  const quoted = field.kind !== 'text' && isShort(before, limit) && isShort(after, limit);
  if (!before) return [quoted ? `${label} set to ${after}` : `${label} added`];
  if (!after) return [quoted ? `${label} cleared` : `${label} removed`];
  return [quoted ? `${label} changed from ${before} to ${after}` : `${label} changed`];
}

function isShort(value: string, limit: number): boolean {
  return value.length <= limit && !value.includes('\n');
}

/** A `lines` field (one number, prefix or date a line): each line removed, then each added. */
function lineSentences(field: ComparedField, before: string, after: string): string[] {
  const { label } = field;
  const old = linesOf(before);
  const now = linesOf(after);
  const named = field.bare ? '' : `${label} `;
  const told = (lines: readonly string[], what: string, where: string): string[] =>
    lines.length > LINES_LISTED
      ? [`${lines.length.toLocaleString('en-US')} lines ${what} ${where} ${label}`]
      : lines.map((line) => `${named}${line} ${what}`);
  const sentences = [
    ...told(missingFrom(old, now), 'removed', 'from'),
    ...told(missingFrom(now, old), 'added', 'to'),
  ];
  if (sentences.length > 0) return sentences;
  // The same lines: reordered, or only spaces and empty lines differ.
  return [old.join('\n') === now.join('\n') ? `${label} changed` : `${label} reordered`];
}

function linesOf(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Lines of `from` that `other` lacks, counting repeats, in `from`'s order. */
function missingFrom(from: readonly string[], other: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const line of other) left.set(line, (left.get(line) ?? 0) + 1);
  return from.filter((line) => {
    const count = left.get(line) ?? 0;
    if (count > 0) left.set(line, count - 1);
    return count === 0;
  });
}
