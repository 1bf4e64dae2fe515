/**
 * The flow model: what is saved, undone and exported. Plain data, no behaviour.
 * A flow is the call flow of one phone number in one dialect; documents are derived from it.
 */

export const FLOW_FORMAT = 'rcml-studio/flow';
/** Version of the saved flow format; src/persist/migrations.ts upgrades older files to it. */
export const FLOW_VERSION = 5;

export type DialectId = 'rcml' | 'flexml' | 'voiceml';

export interface Position {
  x: number;
  y: number;
}

/** Attribute values as the user set them, keyed by the catalog's (RCML) attribute name. */
export type AttributeValues = Readonly<Record<string, string>>;

/**
 * An element the catalog does not know, kept exactly as imported so that it exports unchanged:
 * attributes in document order, text, and children.
 */
export interface RawElement {
  readonly name: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly text?: string;
  readonly children: readonly RawElement[];
}

/** A noun or verb nested inside a node (Dial's numbers, Gather's prompts). */
export interface NestedElement {
  readonly id: string;
  readonly kind: string;
  readonly attributes: AttributeValues;
  readonly text?: string;
  /** For the `unknown` verb: the element as imported. */
  readonly raw?: RawElement;
}

export interface FlowNode {
  readonly id: string;
  /**
   * What the node is, looked up in the registry of node kinds (src/kinds): a verb of the verb
   * catalog, a decision (src/decisions), `note` (src/notes) or `start`, the "Incoming call".
   * Saved as `verb` before version 5.
   */
  readonly kind: string;
  /** Optional name the user gives the node (also names the document it starts). */
  readonly label?: string;
  readonly attributes: AttributeValues;
  /**
   * Element body: the text to say, the URL to play, the FlexML Call-Info message. A note's text.
   */
  readonly text?: string;
  readonly children?: readonly NestedElement[];
  /** For the `unknown` verb: the element as imported. */
  readonly raw?: RawElement;
  readonly position: Position;
}

export interface FlowEdge {
  readonly id: string;
  readonly source: string;
  /** Outlet id on the source verb: `next`, or an action outlet such as `action`. */
  readonly outlet: string;
  readonly target: string;
}

export interface Flow {
  readonly format: typeof FLOW_FORMAT;
  readonly version: typeof FLOW_VERSION;
  /** Stable identity across saves, tabs and renames (since version 2). */
  readonly id: string;
  readonly name: string;
  readonly dialect: DialectId;
  /** Base URL that action URLs are written relative to; empty means bare file names. */
  readonly baseUrl: string;
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
  /**
   * Fields a template left for the user to fill (src/templates), each holding a clearly fake
   * example until then; validation warns about each one still unfilled. Absent in flows not
   * made from a template.
   */
  readonly fillIn?: readonly FillIn[];
}

/** A field a template asks the user to fill in: where it is, what goes there, and its example. */
export interface FillIn {
  readonly nodeId: string;
  /** The nested element (a Dial's Number) the field is in, if it is in one. */
  readonly childId?: string;
  /** Attribute name, or `text` for the element's body. */
  readonly field: string;
  /** What to write there, as the user says it: "the office number". */
  readonly what: string;
  /**
   * The fake value the template wrote (+14155550100, "Example Company"): the field is filled
   * once it is not empty and no longer holds this.
   */
  readonly example: string;
}

export const START_NODE_ID = 'start';
export const START_VERB = 'start';
export const NEXT_OUTLET = 'next';
export const UNKNOWN_VERB = 'unknown';
