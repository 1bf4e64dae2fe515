/**
 * Decision nodes: steps that write no XML and choose, per call, which document the flow server
 * answers with. Each kind is defined once, as data, in the same spirit as src/verbs; the router
 * (src/router) evaluates the typed `Decision` that `readDecision` builds from a node's fields.
 */
import type { FieldSpec, FieldSpecKind } from './fields';
import type { FieldKind } from './verbs';

export type DecisionKind = 'checkCaller' | 'checkHours' | 'menu' | 'callOutcome';

/** The kinds a decision's field may be: the verbs' switch and picker, and kinds of its own. */
export type DecisionFieldKind =
  Extract<FieldKind, 'boolean' | 'enum'> | Exclude<FieldSpecKind, FieldKind>;

/**
 * A decision's field: the one field shape (FieldSpec) the verbs' fields share, so one set of
 * controls shows both. `name` is the attribute in the model (node.attributes); `initial` the
 * value a newly added node starts with (the time zone's comes from the environment).
 */
export interface DecisionFieldDef extends FieldSpec {
  readonly kind: DecisionFieldKind;
}

export interface DecisionOutletDef {
  /** Stored as the edge's outlet id. */
  readonly id: string;
  /** The picker's name in the inspector and the handle's name on the canvas. */
  readonly label: string;
  readonly help?: string;
  /**
   * Left unconnected, an outlet ends the call (the flow server answers with an empty document),
   * which is usually a mistake. Said here when it is what people mean: always (`true`: after an
   * answered forward the conversation is over), or while the field named is empty (nobody goes
   * to “Holiday” while no day is listed under “Closed on”).
   */
  readonly mayLeadNowhere?: true | { readonly whileEmpty: string };
}

/** What the factory of a new node needs from outside the core (the browser's time zone). */
export interface DecisionEnvironment {
  readonly timeZone: string;
}

export interface DecisionDef {
  readonly kind: DecisionKind;
  /** Palette button and node title ("Check caller"). */
  readonly label: string;
  /** One line for people who do not know RCML. */
  readonly description: string;
  readonly fields: readonly DecisionFieldDef[];
  /** Outlets every node of this kind has, after any `keyOutlets` (Menu's "Anything else"). */
  readonly outlets: readonly DecisionOutletDef[];
  /** Outlets that depend on the node's fields (Menu: one per key), listed first. */
  readonly keyOutlets?: (attributes: Readonly<Record<string, string>>) => DecisionOutletDef[];
  /** Must directly follow this verb's action outlet (Menu after Gather, Call outcome after Dial). */
  readonly follows?: { readonly verb: string; readonly outlet: string };
}

/** A time of day in minutes since midnight; an end of 1440 is 24:00. */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayId = (typeof DAYS)[number];

export type WeeklyHours = Readonly<Record<DayId, readonly TimeRange[]>>;

/** A dated closure: every year on that day when `year` is absent. */
export interface Closure {
  readonly month: number;
  readonly day: number;
  readonly year?: number;
  readonly name?: string;
}

/** The evaluated form of a decision node: plain JSON, embedded in the flow server's route table. */
export type Decision =
  | {
      readonly kind: 'checkCaller';
      /** E.164 numbers, tidied. */
      readonly numbers: readonly string[];
      /** `+` and leading digits, tidied. */
      readonly prefixes: readonly string[];
      readonly withheld: boolean;
    }
  | {
      readonly kind: 'checkHours';
      readonly timeZone: string;
      readonly week: WeeklyHours;
      readonly closures: readonly Closure[];
    }
  | { readonly kind: 'menu'; readonly keys: readonly string[] }
  | { readonly kind: 'callOutcome' };

/** A problem found while reading a field, for the inspector and validation. */
export interface FieldProblem {
  readonly field: string;
  /** 1-based line in a `lines` field, when the problem is on one line. */
  readonly line?: number;
  readonly message: string;
}
