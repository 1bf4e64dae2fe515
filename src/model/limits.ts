/**
 * How big a flow RCML Studio opens. One limit for every way a flow comes in: a flow file, a
 * flow stored in the browser, a pasted fragment (src/persist/flowFile.ts) and an import (the
 * Import dialog).
 *
 * The limit is where an edit still fits in one frame (BENCHMARKS.md, "Typing in big flows"):
 * typing a key at 1,000 verbs reaches the screen within a frame; at 2,000 it takes about two
 * (the canvas library's work over every node and the overview), at 5,000 three. Opening is
 * fast at all three sizes. Bigger flows are refused with a plain message rather than opened
 * to type in slowly.
 */
export const MAX_VERBS = 1_000;

/** "This flow has 20,000 verbs; RCML Studio opens flows of up to 1,000 verbs." */
export function tooManyVerbsMessage(verbs: number): string {
  return `This flow has ${verbs.toLocaleString('en-US')} verbs; RCML Studio opens flows of up to ${MAX_VERBS.toLocaleString('en-US')} verbs.`;
}
