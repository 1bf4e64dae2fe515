/**
 * How long a typed value may be: the one place that reads the limits. A field's documented
 * `maxLength` (from its verb, or the dialect's table once resolved) wins; every other free-text
 * field gets a generous cap by kind, so a runaway paste can never stall the app.
 * Lengths are counted in characters (code points), as the platforms and validation count them.
 */
import type { FieldSpec, FieldSpecKind } from '../schema/fields';

/**
 * Caps for fields whose platform documents no limit, verbs' and decisions' alike. A decision's
 * block list pasted from a spreadsheet may hold thousands of numbers; its other kinds are short
 * by nature.
 */
export const DEFAULT_LENGTH_LIMITS: Readonly<Record<FieldSpecKind, number>> = {
  text: 4096,
  url: 2048,
  phone: 256,
  integer: 10,
  enum: 256,
  boolean: 16,
  events: 256,
  lines: 200_000,
  hours: 256,
  timeZone: 64,
  keys: 1_024,
};

/** A verb's label on the canvas (it also names the document the verb starts). */
export const LABEL_MAX_LENGTH = 60;
/** The flow's name, in the toolbar and the flow list. */
export const FLOW_NAME_MAX_LENGTH = 120;
/** The base URL the documents are uploaded to. */
export const BASE_URL_MAX_LENGTH = DEFAULT_LENGTH_LIMITS.url;

export function lengthLimit(field: Pick<FieldSpec, 'kind' | 'maxLength'>): number {
  return field.maxLength ?? DEFAULT_LENGTH_LIMITS[field.kind];
}

/** Characters (code points) in the value, counted without copying it. */
export function characterCount(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count -= 1;
        i += 1;
      }
    }
  }
  return count;
}

/** Counts characters, not UTF-16 units; stops counting once past `limit`. */
export function isLongerThan(value: string, limit: number): boolean {
  // Never more characters than units: a value with no more units than the limit fits.
  if (value.length <= limit) return false;
  return codePointEnd(value, limit) < value.length;
}

/**
 * The value cut to at most `limit` characters. The cut never splits a surrogate pair and, where
 * it can, falls on a boundary between letters as a reader sees them (an accent stays with its
 * letter, a flag emoji stays whole), so mixed-script text is not left with a broken glyph.
 */
export function cutToLength(value: string, limit: number): string {
  if (!isLongerThan(value, limit)) return value;
  const end = codePointEnd(value, limit);
  return value.slice(0, graphemeBoundaryAtOrBefore(value, end));
}

/** Index in UTF-16 units just after the first `count` code points (or the value's length). */
function codePointEnd(value: string, count: number): number {
  let index = 0;
  for (let seen = 0; seen < count && index < value.length; seen++) {
    const code = value.charCodeAt(index);
    const pair =
      code >= 0xd800 && code <= 0xdbff && index + 1 < value.length
        ? value.charCodeAt(index + 1)
        : 0;
    index += pair >= 0xdc00 && pair <= 0xdfff ? 2 : 1;
  }
  return index;
}

/** A grapheme longer than this (stacked marks) is cut inside rather than dropped whole. */
const LONGEST_GRAPHEME = 32;

function graphemeBoundaryAtOrBefore(value: string, end: number): number {
  if (typeof Intl.Segmenter !== 'function') return end;
  // Whether `end` is a boundary depends on what follows it: look a little further.
  const window = value.slice(Math.max(0, end - LONGEST_GRAPHEME), end + LONGEST_GRAPHEME);
  const offset = Math.max(0, end - LONGEST_GRAPHEME);
  let boundary = offset;
  for (const { index } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(
    window,
  )) {
    if (offset + index > end) break;
    boundary = offset + index;
  }
  // The window's start is not a known boundary; only trust boundaries found inside it.
  return boundary > offset || offset === 0 ? boundary : end;
}

/** What the user is told when a value was cut: polite, and says which limit. */
export function cutMessage(limit: number, label: string): string {
  return `Cut to ${limit.toLocaleString('en-US')} characters: the limit for ${label}.`;
}
