/**
 * How big a flow RCML Studio opens. One limit for every way a flow comes in: a flow file, a
 * flow stored in the browser, a pasted fragment (src/persist/flowFile.ts) and an import (the
 * Import dialog).
 *
 * Measured (BENCHMARKS.md, "Big flows"): before the canvas stopped drawing every node once on
 * opening, 5,000 verbs took 12 s to open and 20,000 took 21 s; after, opening 5,000 verbs is in
 * the range of 1,000 and 2,000 verbs (within about twice), while the work each edit does over
 * the whole flow (problems, autosave) keeps growing with it. Bigger flows are refused with a
 * plain message rather than frozen on.
 */
export const MAX_VERBS = 5_000;

/** "This flow has 20,000 verbs; RCML Studio opens flows of up to 5,000 verbs." */
export function tooManyVerbsMessage(verbs: number): string {
  return `This flow has ${verbs.toLocaleString('en-US')} verbs; RCML Studio opens flows of up to ${MAX_VERBS.toLocaleString('en-US')} verbs.`;
}
