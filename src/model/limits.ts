/**
 * How big a flow RCML Studio opens. One limit for every way a flow comes in: a flow file, a
 * flow stored in the browser or in the team's library (src/persist/flowFile.ts), an import (the
 * Import dialog), an edit in the XML view, and every step added to the flow: a paste, a
 * duplicate, a verb added from the palette, on a connection or from an outlet
 * (src/store/commands). What would pass it is refused with one message and changes nothing.
 *
 * The limit is where an edit still fits in one frame (BENCHMARKS.md, "Big flows again"): React
 * Flow holds no step data (each face reads its own step), saves write what changed and the
 * rules run for the steps that changed, so typing a key at 5,000 verbs reaches the screen within
 * a frame. Bigger flows are refused with a plain message rather than opened to type in slowly.
 */
export const MAX_VERBS = 5_000;

/** "This flow has 20,000 verbs; RCML Studio opens flows of up to 5,000 verbs." */
export function tooManyVerbsMessage(verbs: number): string {
  return `This flow has ${verbs.toLocaleString('en-US')} verbs; RCML Studio opens flows of up to ${MAX_VERBS.toLocaleString('en-US')} verbs.`;
}

/**
 * How many verbs a flow counts against the limit: every node but the "Incoming call" (notes
 * too). The one count of the limit; the nodes may be a flow's or a flow file's, not yet read.
 */
export function verbCount(nodes: readonly unknown[]): number {
  return Math.max(nodes.length - 1, 0);
}

/** The limit's message when the nodes are more verbs than RCML Studio opens; else undefined. */
export function overVerbLimit(nodes: readonly unknown[]): string | undefined {
  const verbs = verbCount(nodes);
  return verbs > MAX_VERBS ? tooManyVerbsMessage(verbs) : undefined;
}
