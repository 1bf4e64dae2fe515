/**
 * The verb catalog: every layer (palette, node face, inspector, validation, serializer, parser)
 * reads verbs from here. Adding a verb is adding its definition to this list.
 */
import { client } from './client';
import { conference } from './conference';
import { dial } from './dial';
import { email } from './email';
import { gather } from './gather';
import { hangup } from './hangup';
import { hold } from './hold';
import { number } from './number';
import { pause } from './pause';
import { play } from './play';
import { record } from './record';
import { redirect } from './redirect';
import { refer } from './refer';
import { reject } from './reject';
import { resume } from './resume';
import { say } from './say';
import { sip } from './sip';
import { sms } from './sms';
import { start } from './start';
import { unknown } from './unknown';
import type { PaletteGroupId, VerbDef } from '../schema/verbs';

export type * from '../schema/verbs';

/** Start first; then verbs in the order the palette lists them within each group. */
export const verbDefs: readonly VerbDef[] = [
  start,
  // Answer & speak
  say,
  play,
  // Collect input
  gather,
  record,
  // Connect: Dial, then its nouns (nested only, never in the palette), then hosted-only verbs.
  dial,
  number,
  client,
  sip,
  conference,
  hold,
  resume,
  refer,
  // Messages
  sms,
  email,
  // Control
  pause,
  redirect,
  // End call
  reject,
  hangup,
  unknown,
];

const byId = new Map(verbDefs.map((def) => [def.id, def]));

export function findVerb(id: string): VerbDef | undefined {
  return byId.get(id);
}

export function getVerb(id: string): VerbDef {
  const def = byId.get(id);
  if (!def) throw new Error(`Unknown verb "${id}"`);
  return def;
}

/** Verbs the user can add (not the start node, not nouns), in catalog order. */
export const paletteVerbs: readonly VerbDef[] = verbDefs.filter(
  (def) => !def.isStart && !def.noun && !def.isUnknown,
);

export const paletteGroups: readonly { id: PaletteGroupId; label: string }[] = [
  { id: 'answer', label: 'Answer & speak' },
  { id: 'collect', label: 'Collect input' },
  { id: 'connect', label: 'Connect' },
  { id: 'messages', label: 'Messages' },
  { id: 'control', label: 'Control' },
  { id: 'end', label: 'End call' },
];

/** The request parameters verbs hand their result on with (RecordingUrl), once each. */
export const handOffParameters: readonly string[] = [
  ...new Set(verbDefs.flatMap((def) => (def.handOff ? [def.handOff.parameter] : []))),
];

/** Every definition that writes an element (verbs and nouns, not the start or unknown). */
export const elementVerbs: readonly VerbDef[] = verbDefs.filter((def) => def.element !== '');
const elementDefs = elementVerbs;
const byElement = new Map(elementDefs.map((def) => [def.element, def]));
const byLowerElement = new Map(elementDefs.map((def) => [def.element.toLowerCase(), def]));

/** The definition whose element is exactly `name` (the platform matches case-sensitively). */
export function verbForElement(name: string): VerbDef | undefined {
  return byElement.get(name);
}

/** The definition `name` is probably a mis-cased spelling of (`<SMS>` for `<Sms>`). */
export function verbForMiscasedElement(name: string): VerbDef | undefined {
  return byElement.has(name) ? undefined : byLowerElement.get(name.toLowerCase());
}
