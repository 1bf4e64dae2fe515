import type { DecisionEnvironment } from '../decisions';
import type { Flow } from '../schema/flow';

/** What a template needs from outside the core: the time zone opening hours start in. */
export type TemplateEnvironment = DecisionEnvironment;

/** The flows a template makes: the one that opens, and any it needs beside it. */
export interface TemplateFlows {
  readonly flow: Flow;
  /**
   * Flows saved beside it, each for a document the platform fetches from an address the user
   * types (a whisper played to the person who answers), which no connection can reach.
   */
  readonly companions?: readonly Flow[];
}

/** A starting point for what people build most, as data: a name, a line, and how it is built. */
export interface TemplateDef {
  /** Stable identifier (tests, e2e). */
  readonly id: string;
  /** The gallery's title, and the new flow's name. */
  readonly name: string;
  /** One line in plain words: who hears what. */
  readonly description: string;
  /**
   * Builds the flow in RCML, which has every verb, with the model operations the designer uses,
   * laid out, its fields to fill marked. Other dialects get it converted by meaning.
   */
  build(environment: TemplateEnvironment): TemplateFlows;
}
