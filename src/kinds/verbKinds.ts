/** The verb catalog's verbs and nouns (src/verbs) as node kinds, the incoming call among them. */
import { resolveVerb } from '../dialects';
import type { VerbDef } from '../schema/verbs';
import { verbDefs } from '../verbs';
import type { KindFields, NodeKind } from './types';

function verbKind(def: VerbDef): NodeKind {
  const fields: KindFields = {
    attributes: new Map(def.attributes.map((field) => [field.name, field])),
    body: def.body,
  };
  return {
    id: def.id,
    label: def.label,
    description: def.description,
    face: 'verb',
    inCall: true,
    // The incoming call is where the call starts, not an element of a document.
    exported: !def.isStart,
    outletsMayShareTarget: false,
    outlets: () => def.outlets,
    initialAttributes(dialect) {
      const attributes: Record<string, string> = {};
      for (const field of resolveVerb(def.id, dialect).attributes) {
        if (field.initial !== undefined) attributes[field.name] = field.initial;
      }
      return attributes;
    },
    fieldsIn(dialect) {
      const resolved = resolveVerb(def.id, dialect);
      return { attributes: resolved.fields, body: resolved.body ?? undefined };
    },
    fields,
    verb: def,
  };
}

export const verbKinds: readonly NodeKind[] = verbDefs.map(verbKind);
