/** Data type a palette item puts on an HTML drag, read by the canvas on drop. */
export const VERB_DRAG_TYPE = 'application/x-rcml-verb';
