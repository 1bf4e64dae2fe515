/**
 * Notes: free text on the canvas for whoever reads the flow ("ask Sam before changing the
 * hours"). A note is a node of its own kind, defined here once as data, as verbs (src/verbs)
 * and decisions (src/decisions) are: it writes no XML, has no outlets, takes no connection, is
 * checked by no rule, and the flow server and the simulator never see it (they start from the
 * incoming call, and nothing leads to a note). Its text is the node's body (`node.text`).
 */
import type { FieldDef } from '../schema/verbs';

export const NOTE_KIND = 'note';

export interface NoteDef {
  readonly kind: typeof NOTE_KIND;
  /** Palette button and the kind named on the canvas and in search ("Note"). */
  readonly label: string;
  /** One line for the palette and the inspector's header. */
  readonly description: string;
  /** Heading of the palette group the note sits in, after the decisions. */
  readonly group: string;
  /** The note's text, edited in the inspector: the node's body. */
  readonly field: FieldDef & { readonly name: 'text'; readonly maxLength: number };
  /** Lines of text the canvas shows before it cuts the rest with an ellipsis. */
  readonly linesShown: number;
}

export const note: NoteDef = {
  kind: NOTE_KIND,
  label: 'Note',
  description: 'Free text on the canvas for whoever reads the flow.',
  group: 'Annotate',
  field: {
    name: 'text',
    label: 'Note',
    kind: 'text',
    multiline: true,
    // A paragraph or two: a note is read on the canvas, not a document of its own.
    maxLength: 2_000,
    placeholder: 'What should a colleague know about this part of the flow?',
    help: 'Notes are never written to the RCML: they are only shown on the canvas and saved with the flow.',
  },
  linesShown: 6,
};

export function isNoteKind(kind: string): kind is typeof NOTE_KIND {
  return kind === NOTE_KIND;
}

/** The note definition for a kind, or undefined for every other kind of node. */
export function findNote(kind: string): NoteDef | undefined {
  return isNoteKind(kind) ? note : undefined;
}
