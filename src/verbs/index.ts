/**
 * The verb catalog: every layer (palette, node face, inspector, validation, serializer, parser)
 * reads verbs from here. Adding a verb is adding its definition to this list.
 */
import { hangup } from './hangup';
import { pause } from './pause';
import { reject } from './reject';
import { say } from './say';
import { start } from './start';
import type { PaletteGroupId, VerbDef } from './types';

export type * from './types';

const definitions: readonly VerbDef[] = [start, say, pause, reject, hangup];

const byId = new Map(definitions.map((def) => [def.id, def]));

export function findVerb(id: string): VerbDef | undefined {
  return byId.get(id);
}

export function getVerb(id: string): VerbDef {
  const def = byId.get(id);
  if (!def) throw new Error(`Unknown verb "${id}"`);
  return def;
}

/** Verbs the user can add (everything but the start node), in catalog order. */
export const paletteVerbs: readonly VerbDef[] = definitions.filter((def) => !def.isStart);

export const paletteGroups: readonly { id: PaletteGroupId; label: string }[] = [
  { id: 'answer', label: 'Answer & speak' },
  { id: 'collect', label: 'Collect input' },
  { id: 'connect', label: 'Connect' },
  { id: 'messages', label: 'Messages' },
  { id: 'control', label: 'Control' },
  { id: 'end', label: 'End call' },
];
