/**
 * Dialect tables and the one place where a catalog verb meets a dialect: `resolveVerb`.
 */
import type { DialectId } from '../schema/flow';
import { getVerb } from '../verbs';
import { flexml } from './flexml';
import { rcml } from './rcml';
import type { BodyRule, DialectDef, ResolvedField, ResolvedVerb, VerbAvailability } from './types';
import { voiceml } from './voiceml';

export type * from './types';

export const dialects: readonly DialectDef[] = [rcml, flexml, voiceml];

const byId = new Map<string, DialectDef>(dialects.map((d) => [d.id, d]));

export function isDialectId(value: unknown): value is DialectId {
  return typeof value === 'string' && byId.has(value);
}

export function getDialect(id: DialectId): DialectDef {
  const dialect = byId.get(id);
  if (!dialect) throw new Error(`Unknown dialect "${id}"`);
  return dialect;
}

const ALLOWED: BodyRule = { kind: 'allowed' };
const NO_BODY: BodyRule = { kind: 'forbidden', explanation: 'This verb has no body.' };

function availabilityOf(dialect: DialectDef, verbId: string): VerbAvailability {
  // An unknown element is flagged as such by its own rule, not as missing from the dialect.
  if (getVerb(verbId).isUnknown) return 'documented';
  const profile = dialect.verbs[verbId];
  if (profile) return profile.support;
  return dialect.verbListComplete ? 'absent' : 'unknown';
}

function resolveUncached(verbId: string, dialect: DialectDef): ResolvedVerb {
  const def = getVerb(verbId);
  const profile = dialect.verbs[verbId];
  const attributes: ResolvedField[] = [];
  for (const field of def.attributes) {
    const change = profile?.attributes?.[field.name];
    if (change === null) continue;
    attributes.push({ ...field, ...change, xmlName: change?.xmlName ?? field.name });
  }
  const body = def.body ? { ...def.body, xmlName: '' } : null;
  return {
    def,
    dialect,
    element: def.element,
    availability: availabilityOf(dialect, verbId),
    attributes,
    fields: new Map(attributes.map((f) => [f.name, f])),
    body,
    bodyRule: body ? (profile?.body ?? ALLOWED) : NO_BODY,
  };
}

const cache = new Map<string, ResolvedVerb>();

/** The verb as the dialect spells and restricts it. Cached: definitions never change at run time. */
export function resolveVerb(verbId: string, dialectId: DialectId): ResolvedVerb {
  const key = `${dialectId}:${verbId}`;
  let resolved = cache.get(key);
  if (!resolved) {
    resolved = resolveUncached(verbId, getDialect(dialectId));
    cache.set(key, resolved);
  }
  return resolved;
}

/** Whether the node's body is written in this dialect, given its current attributes. */
export function bodyAllowed(rule: BodyRule, attributes: Readonly<Record<string, string>>): boolean {
  if (rule.kind === 'allowed') return true;
  if (rule.kind === 'forbidden') return false;
  return attributes[rule.attribute] === rule.value;
}
