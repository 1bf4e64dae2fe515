import type { DialectId } from '../schema/flow';
import type { FieldDef, FieldOption, VerbDef } from '../schema/verbs';

/** When a verb may carry a body in a dialect. */
export type BodyRule =
  | { readonly kind: 'allowed' }
  | { readonly kind: 'forbidden'; readonly explanation: string }
  | {
      readonly kind: 'only-when';
      readonly attribute: string;
      readonly value: string;
      readonly explanation: string;
    };

/** How a dialect changes one attribute of the catalog. */
export interface AttributeProfile {
  /** Spelling in the XML, when it differs from the catalog name (VoiceML capitalises). */
  readonly xmlName?: string;
  readonly options?: readonly FieldOption[];
  readonly maxLength?: number;
  readonly help?: string;
}

export interface VerbProfile {
  /**
   * `documented`: the dialect's documentation describes the verb and its attributes.
   * `listed`: the dialect has the verb, but its attributes are not documented to us.
   */
  readonly support: 'documented' | 'listed';
  /** Per catalog attribute: changes, or `null` when the dialect does not have it. */
  readonly attributes?: Readonly<Record<string, AttributeProfile | null>>;
  readonly body?: BodyRule;
}

export interface DialectDef {
  readonly id: DialectId;
  readonly label: string;
  /** Who runs it, so the user recognises their platform. */
  readonly vendor: string;
  /**
   * Where, in the platform's own settings, a phone number is given the address of its first
   * document or flow server, said to complete “paste its address as …”.
   */
  readonly numberSetting: string;
  /** True when the dialect's documentation lists every verb: a verb missing here does not exist. */
  readonly verbListComplete: boolean;
  readonly verbs: Readonly<Record<string, VerbProfile>>;
}

/** A catalog field as one dialect spells and restricts it. */
export interface ResolvedField extends FieldDef {
  readonly xmlName: string;
}

export type VerbAvailability = 'documented' | 'listed' | 'unknown' | 'absent';

/** A verb as one dialect has it: the single view every layer works from. */
export interface ResolvedVerb {
  readonly def: VerbDef;
  readonly dialect: DialectDef;
  readonly element: string;
  readonly availability: VerbAvailability;
  /** Attributes the dialect has, in the order they are written. */
  readonly attributes: readonly ResolvedField[];
  readonly fields: ReadonlyMap<string, ResolvedField>;
  readonly body: ResolvedField | null;
  readonly bodyRule: BodyRule;
}
