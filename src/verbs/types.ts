import type { FlowNode } from '../model/types';

/** How the inspector edits a value and how validation checks it. */
export type FieldKind = 'enum' | 'text' | 'integer' | 'boolean' | 'url' | 'phone';

/** What a choice means independently of how a dialect spells it; used to convert dialects. */
export interface OptionMeaning {
  /** SIP response code the carrier receives. */
  readonly sip: number;
  /** Q.850 cause, where the dialect documents one. */
  readonly q850?: number;
  /**
   * Broad kind of refusal, used to pick the nearest choice when no option has the same SIP code:
   * `decline` (not wanted), `busy`, `not-found` (no such number), `unavailable` (try elsewhere).
   */
  readonly family: 'decline' | 'busy' | 'not-found' | 'unavailable';
}

export interface FieldOption {
  readonly value: string;
  /** Plain-language name ("Busy"). */
  readonly label: string;
  /** Technical code shown beside the label ("486 Busy Here"). */
  readonly code?: string;
  /** What the choice does, for someone who does not know the protocol. */
  readonly description?: string;
  /** A caveat the user must see next to the choice. */
  readonly caveat?: string;
  /** Options sharing a group are listed together under that heading. */
  readonly group?: string;
  readonly meaning?: OptionMeaning;
}

export interface FieldDef {
  /** Name in the model; the RCML attribute name. */
  readonly name: string;
  readonly label: string;
  readonly help?: string;
  readonly kind: FieldKind;
  readonly options?: readonly FieldOption[];
  /** What the platform does when the attribute is absent. */
  readonly platformDefault?: string;
  /** Value a newly added node starts with. */
  readonly initial?: string;
  /** Written even when it equals the platform default. */
  readonly alwaysWrite?: boolean;
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  readonly unit?: string;
  readonly multiline?: boolean;
  readonly placeholder?: string;
}

export interface OutletDef {
  readonly id: string;
  readonly label: string;
  /** `next` continues the same document; `action` leads to a document the platform fetches. */
  readonly kind: 'next' | 'action';
}

export type PaletteGroupId = 'answer' | 'collect' | 'connect' | 'messages' | 'control' | 'end';

/** Names of the icons the UI draws for verbs; the UI maps each to a component. */
export type VerbIconName = 'phone-incoming' | 'phone-off' | 'message' | 'pause' | 'hangup';

export interface VerbDef {
  /** Catalog key, stored in the flow. */
  readonly id: string;
  /** XML element name, exactly as the platform matches it (case-sensitive). */
  readonly element: string;
  readonly label: string;
  readonly group: PaletteGroupId;
  /** One line for people who do not know RCML. */
  readonly description: string;
  readonly icon: VerbIconName;
  /** Attributes in the order they are written. */
  readonly attributes: readonly FieldDef[];
  /** The element body, when the verb has one. */
  readonly body?: FieldDef;
  readonly outlets: readonly OutletDef[];
  /** Running this verb on a ringing call answers it (and starts billing). */
  readonly answersCall: boolean;
  /** Nothing after it in the same document runs. */
  readonly terminal: boolean;
  /** Only works while the call is still ringing, so it must come before anything that answers. */
  readonly beforeAnswerOnly?: boolean;
  /** Not a verb of the document: the "Incoming call" node. */
  readonly isStart?: boolean;
  /** One line for the node face, e.g. "busy (486)". */
  readonly summary: (node: FlowNode, fields: ReadonlyMap<string, FieldDef>) => string;
}
