import { resolveVerb } from '../dialects';
import { NEXT_OUTLET, type DialectId } from '../model/types';
import { paletteVerbs } from '../verbs';

/**
 * The verbs that can go between two steps in this dialect: the palette's verbs that carry on in
 * the same document (a `next` outlet) and that the dialect has.
 */
export function insertChoices(dialect: DialectId): readonly { id: string; label: string }[] {
  return paletteVerbs
    .filter((verb) => verb.outlets.some((o) => o.id === NEXT_OUTLET && o.kind === 'next'))
    .filter((verb) => resolveVerb(verb.id, dialect).availability !== 'absent')
    .map((verb) => ({ id: verb.id, label: verb.label }));
}
