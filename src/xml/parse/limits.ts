/**
 * Guards against hostile or accidental input. RCML documents are small: a few verbs, a few
 * levels deep. Anything far beyond is refused before it can slow the browser down.
 */

import { MAX_VERBS } from '../../model/limits';

/** Largest document accepted, in characters (bytes for a file): 5 MB. */
export const MAX_DOCUMENT_SIZE = 5 * 1024 * 1024;

/** Largest set of documents imported together. */
export const MAX_TOTAL_SIZE = 4 * MAX_DOCUMENT_SIZE;

/**
 * Most documents (.xml entries) imported from one zip: one a verb of the largest flow RCML Studio
 * opens, so that the zip Download writes of any flow it opens (a 5,000-verb flow is some 1,300
 * documents) imports again. The bytes they unpack to stay within MAX_TOTAL_SIZE.
 */
export const MAX_IMPORT_DOCUMENTS = MAX_VERBS;

/** Deepest element nesting accepted; `<Response><Dial><Number>` is 3. */
export const MAX_DEPTH = 32;

/** Warnings listed one by one; the rest are counted in a last warning. */
export const MAX_WARNINGS = 200;

/** "5.0 MB"; rounded up, so that anything over the limit reads as more than it. */
export function megabytes(size: number): string {
  return `${(Math.ceil((size / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;
}
