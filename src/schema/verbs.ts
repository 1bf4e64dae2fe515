import type { FlowNode } from './flow';

/**
 * How the inspector edits a value and how validation checks it.
 * `phone` is an E.164 number; `events` a comma-separated subset of the field's options.
 */
export type FieldKind = 'enum' | 'text' | 'integer' | 'boolean' | 'url' | 'phone' | 'events';

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
  /** `phone` fields: also accept a client name written `client:name`. */
  readonly allowsClient?: boolean;
  /**
   * The outlet whose connection fills this field with a document's URL (Dial's `action`,
   * Redirect's body). While the outlet is connected, the connection wins over a typed value.
   */
  readonly outlet?: string;
  /**
   * A technical setting most people never need (HTTP methods, callbacks): the inspector folds it
   * under “Advanced”, which opens by itself when the field has a problem.
   */
  readonly advanced?: boolean;
}

export interface OutletDef {
  readonly id: string;
  readonly label: string;
  /** `next` continues the same document; `action` leads to a document the platform fetches. */
  readonly kind: 'next' | 'action';
  /**
   * One line for people who do not know RCML: where the call goes through this outlet, and when.
   * Shown wherever the outlet is (its picker, the field it fills, the handle's tooltip).
   */
  readonly help: string;
}

/**
 * What a verb hands on when it is done (Record: the recording's address) and where, told in
 * plain words in the inspector, with a ready way to pass it on by email.
 */
export interface HandOffDef {
  /** Heading of the inspector's section ("Where the recording goes"). */
  readonly heading: string;
  /** The outlet the platform follows with the result. */
  readonly outlet: string;
  /** The request parameter that carries it (RecordingUrl), as the platform names it. */
  readonly parameter: string;
  /** What happens, for someone who does not know RCML. */
  readonly explanation: string;
  /** A ready Email step after `outlet` that passes the result on. */
  readonly email?: {
    /** The button's name ("Email me the recording"). */
    readonly action: string;
    /** The new step's label on the canvas (it also names its document). */
    readonly label: string;
    readonly subject: string;
    /** The body; `{parameter}` marks where the value belongs. */
    readonly body: string;
    /** What the user must know about the marker: documents are static. */
    readonly caveat: string;
  };
}

/** What may be nested inside a verb, edited as a small ordered list. */
export interface NestingDef {
  /** Heading of the list ("Numbers to ring"). */
  readonly label: string;
  readonly help?: string;
  /** Catalog ids of the nouns or verbs allowed inside, in the order the add menu offers them. */
  readonly allowed: readonly string[];
  /** Fewest children the verb needs to do anything. */
  readonly min?: number;
}

export type PaletteGroupId = 'answer' | 'collect' | 'connect' | 'messages' | 'control' | 'end';

/** Names of the icons the UI draws for verbs; the UI maps each to a component. */
export type VerbIconName =
  | 'phone-incoming'
  | 'phone-off'
  | 'message'
  | 'pause'
  | 'hangup'
  | 'dial'
  | 'gather'
  | 'play'
  | 'record'
  | 'redirect'
  | 'sms'
  | 'email'
  | 'hold'
  | 'resume'
  | 'refer'
  | 'number'
  | 'client'
  | 'sip'
  | 'conference'
  | 'unknown';

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
  /**
   * With its action outlet connected (or an action URL typed), the platform continues in that
   * document and the `next` chain never runs (Dial, Record, Sms). Gather is not: its `next`
   * runs when the caller gives no input.
   */
  readonly endsDocumentWithAction?: boolean;
  /**
   * The outlet a step added after this verb without a target joins (Enter on the palette):
   * Gather's “After input”, where the steps that use the input go; Dial's “After the call”.
   * Without it, the verb's free “Then”.
   */
  readonly stepsAddedAfterJoin?: string;
  /** A noun: only ever nested inside a verb (Dial's Number), never in the palette. */
  readonly noun?: boolean;
  readonly nesting?: NestingDef;
  /**
   * The inspector's order for the plain (not `advanced`) fields: attribute names, `text` for the
   * body and `nesting` for the nested list. Fields not named follow in definition order. Without
   * it: the body, the nested list, then the attributes. (`attributes` keeps the XML's order.)
   */
  readonly inspectorOrder?: readonly string[];
  readonly handOff?: HandOffDef;
  /** Documented for the hosted platform only; the open-source server skips it. */
  readonly hostedOnly?: boolean;
  /** What a user must understand before relying on the verb, shown in the inspector. */
  readonly note?: string;
  /**
   * What a document doing this verb does, to name it when nothing else does: an unlabelled
   * document reached from several branches is "voicemail.xml" when it records, never named
   * after the first branch that reaches it (“busy.xml” for “No answer” too).
   */
  readonly documentName?: string;
  /** Only works while the call is still ringing, so it must come before anything that answers. */
  readonly beforeAnswerOnly?: boolean;
  /** Not a verb of the document: the "Incoming call" node. */
  readonly isStart?: boolean;
  /** Stands for an imported element the catalog does not know; it carries the raw element. */
  readonly isUnknown?: boolean;
  /**
   * One line for the node face saying what happens, in words ("Waits for 1 key", "Records up to
   * 1 min"), never attribute syntax such as `numDigits 1`.
   */
  readonly summary: (node: FlowNode, fields: ReadonlyMap<string, FieldDef>) => string;
}
