/**
 * What every layer asks of a node, whatever its kind. A kind is defined once, in its own file
 * (a verb of the catalog, a decision, the note, the incoming call), and the registry
 * (src/kinds/registry.ts) lists them: the canvas, the inspector, the store's limits, the flow
 * file's reader and repair, the serializer and the rules read a node's kind from there and ask
 * it, instead of asking "is it a decision? a note?".
 */
import type { DecisionDef, DecisionEnvironment } from '../schema/decisions';
import type { FieldSpec } from '../schema/fields';
import type { AttributeValues, DialectId } from '../schema/flow';
import type { VerbDef } from '../schema/verbs';
import type { NoteDef } from '../notes';

/** An outlet of a node, as the canvas, the inspector and connections see it. */
export interface NodeOutlet {
  readonly id: string;
  readonly label: string;
  /**
   * `next` continues the same document; `action` leads to a document the platform fetches;
   * `branch` is a decision's outcome: the flow server answers with the document it leads to.
   */
  readonly kind: 'next' | 'action' | 'branch';
  readonly help?: string;
}

/**
 * How a node looks and is edited: the canvas draws a face with the component of that name and
 * the inspector shows the editor of that name (src/canvas/Canvas.tsx, src/inspector).
 */
export type NodeFace = 'verb' | 'decision' | 'note';

/** A kind's fields: those the store cuts to their limits and Compare names, and the body. */
export interface KindFields {
  /** By attribute name. */
  readonly attributes: ReadonlyMap<string, FieldSpec>;
  /** The element's body (a Say's text, a note's text), if the kind has one. */
  readonly body: FieldSpec | undefined;
}

export interface NodeKind {
  /** Saved as the node's `kind`: "say", "checkCaller", "note", "start". */
  readonly id: string;
  /** The kind's name for people ("Say", "Check caller", "Note", "Incoming call"). */
  readonly label: string;
  /** One line for people who do not know RCML, under the inspector's heading. */
  readonly description: string;
  readonly face: NodeFace;
  /**
   * Part of the call: a call can reach it, and connections lead to and from it. A note is not:
   * no call runs it, no document holds it and no connection reaches it.
   */
  readonly inCall: boolean;
  /**
   * Written into the documents as an element of its own (a verb). A decision is decided by the
   * flow server between documents; a note and the incoming call are never written.
   */
  readonly exported: boolean;
  /**
   * Two outlets of one node may lead to the same node: a decision's outcomes may ("Busy" and
   * "No answer" to one voicemail); a verb's may not (a second connection moves the first).
   */
  readonly outletsMayShareTarget: boolean;
  /**
   * Where a node of this kind must stand, when only one place will do: straight after that
   * kind's outlet (a Menu after a Gather's "After input", a Call outcome after a Dial's).
   */
  readonly follows?: { readonly kind: string; readonly outlet: string };
  /** Every outlet of a node of this kind, given its values, in the order the node shows them. */
  outlets(attributes: AttributeValues): readonly NodeOutlet[];
  /** The values a new node of this kind starts with in a dialect. */
  initialAttributes(dialect: DialectId, environment: DecisionEnvironment): Record<string, string>;
  /** Its fields as written in a dialect (a verb's differ by dialect). */
  fieldsIn(dialect: DialectId): KindFields;
  /** Its fields in any dialect, as Compare names them. */
  readonly fields: KindFields;
  /** The definition of the kind's own shape, for the code of that shape alone. */
  readonly verb?: VerbDef;
  readonly decision?: DecisionDef;
  readonly note?: NoteDef;
}
