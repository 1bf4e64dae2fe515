/**
 * The decision catalog: palette, node face, inspector, validation, serializer and router read
 * decision kinds from here, as src/verbs/index.ts is read for verbs.
 */
import { callOutcome } from './callOutcome';
import { checkCaller } from './checkCaller';
import { checkHours } from './checkHours';
import { menu } from './menu';
import type {
  DecisionDef,
  DecisionEnvironment,
  DecisionKind,
  DecisionOutletDef,
} from '../schema/decisions';

export type * from '../schema/decisions';
export { readDecision } from './read';
export { tidyPhoneField } from './phone';
export { isKnownTimeZone, suggestTimeZone, supportedTimeZones } from './timeZone';
export { describeHours } from './describe';

/** In the order the palette lists them. */
export const decisionDefs: readonly DecisionDef[] = [checkCaller, checkHours, menu, callOutcome];

const byKind = new Map<string, DecisionDef>(decisionDefs.map((def) => [def.kind, def]));

export function findDecision(kind: string): DecisionDef | undefined {
  return byKind.get(kind);
}

export function isDecisionKind(kind: string): kind is DecisionKind {
  return byKind.has(kind);
}

/** Every outlet of a node of this kind, given its fields (a Menu has one per key). */
export function decisionOutlets(
  def: DecisionDef,
  attributes: Readonly<Record<string, string>>,
): readonly DecisionOutletDef[] {
  return def.keyOutlets ? [...def.keyOutlets(attributes), ...def.outlets] : def.outlets;
}

/** Fields of a newly added node; the time zone is the environment's (the browser's). */
export function newDecisionAttributes(
  def: DecisionDef,
  environment: DecisionEnvironment,
): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const field of def.fields) {
    if (field.kind === 'timeZone') attributes[field.name] = environment.timeZone;
    else if (field.initial !== undefined) attributes[field.name] = field.initial;
  }
  return attributes;
}
