/**
 * Which dialect a document is written in, from what the dialect tables say about it: attribute
 * spellings (VoiceML's `Reason`), values only one dialect has (FlexML's `busy-here`, RCML's
 * `no_route`), verbs only one dialect has, and bodies only one dialect allows. Each clue names
 * the dialects it fits; the dialect that fits the most clues wins, RCML on a tie.
 */
import { dialects, getDialect, resolveVerb } from '../../dialects';
import type { DialectId } from '../../schema/flow';
import type { VerbDef } from '../../verbs';
import { defForElement } from './catalog';
import type { SourceElement } from './read';

export interface SourceFile {
  readonly fileName?: string;
  readonly root: SourceElement;
}

interface Clue {
  readonly fits: ReadonlySet<DialectId>;
  /** The clue in words, without where it is. */
  readonly sentence: string;
  readonly where: string;
}

export interface Detection {
  readonly dialect: DialectId;
  readonly evidence: string[];
  /** A sentence about a clue that does not fit `dialect`, if any. */
  readonly against: (dialect: DialectId) => string | undefined;
}

const ALL = dialects.map((d) => d.id);
const MAX_EVIDENCE = 5;

export function detectDialect(files: readonly SourceFile[]): Detection {
  // Each distinct clue counts once, wherever it is first seen: a thousand <Pause>s are no
  // stronger a sign than one.
  const found = new Map<string, Clue>();
  const facts: Facts = new Map();
  for (const file of files) {
    const prefix = files.length > 1 && file.fileName ? `${file.fileName}, ` : '';
    const visit = (element: SourceElement) => {
      const def = defForElement(element.name);
      if (def) {
        for (const [key, clue] of cluesOf(def, element, facts)) {
          if (!found.has(key)) found.set(key, { ...clue, where: `${prefix}line ${element.line}` });
        }
      }
      element.children.forEach(visit);
    };
    file.root.children.forEach(visit);
  }
  const clues = [...found.values()];

  const score = (id: DialectId) => clues.filter((clue) => clue.fits.has(id)).length;
  const best = Math.max(...ALL.map(score));
  // Dialects are listed RCML first: a tie goes to RCML, the default.
  const chosen = ALL.find((id) => score(id) === best)!;
  const tied = ALL.filter((id) => id !== chosen && score(id) === best);

  const evidence = sentences(clues.filter((clue) => clue.fits.has(chosen)));
  if (best === 0) {
    evidence.push(
      `Nothing in the document is specific to one dialect, so it is read as ${label(chosen)}, the default.`,
    );
  } else if (tied.length > 0) {
    evidence.push(
      `Nothing tells ${[chosen, ...tied].map(label).join(' and ')} apart, so it is read as ${label(chosen)}${chosen === 'rcml' ? ', the default' : ''}.`,
    );
  }
  const conflicting = sentences(clues.filter((clue) => !clue.fits.has(chosen))).slice(0, 2);
  for (const sentence of conflicting) evidence.push(`But: ${lowerFirst(sentence)}`);

  return {
    dialect: chosen,
    evidence,
    against: (dialect) => sentences(clues.filter((clue) => !clue.fits.has(dialect)))[0],
  };
}

type ClueFact = Omit<Clue, 'where'>;

/** What the tables say about each fact (a verb, an attribute name, a value); null: nothing. */
type Facts = Map<string, ClueFact | null>;

/** A clue every dialect fits, or none does, tells nothing. */
function telling(fits: DialectId[], sentence: () => string): ClueFact | null {
  return fits.length > 0 && fits.length < ALL.length
    ? { fits: new Set(fits), sentence: sentence() }
    : null;
}

/** The clues an element gives, by a key that identifies the fact. */
function cluesOf(def: VerbDef, element: SourceElement, facts: Facts): [string, ClueFact][] {
  const clues: [string, ClueFact | null][] = [];
  const fact = (key: string, compute: () => ClueFact | null) => {
    let known = facts.get(key);
    if (known === undefined) {
      known = compute();
      facts.set(key, known);
    }
    return known;
  };
  const verbKey = `verb ${def.id}`;
  clues.push([
    verbKey,
    fact(verbKey, () => {
      // Only the dialects that document or list a verb fit it.
      const fits = ALL.filter((d) =>
        ['documented', 'listed'].includes(resolveVerb(def.id, d).availability),
      );
      return telling(
        fits,
        () => `<${def.element}> is ${def.noun ? 'an element' : 'a verb'} ${only(fits)}`,
      );
    }),
  ]);
  for (const [name, value] of element.attributes) {
    const nameKey = `attribute ${def.id} ${name}`;
    clues.push([
      nameKey,
      fact(nameKey, () => {
        const fits = ALL.filter((d) =>
          resolveVerb(def.id, d).attributes.some((f) => f.xmlName === name),
        );
        return telling(
          fits,
          () => `<${def.element}> has the attribute ${name}, spelled as in ${list(fits)}`,
        );
      }),
    ]);
    const valueKey = `value ${def.id} ${name} ${value}`;
    clues.push([
      valueKey,
      fact(valueKey, () => {
        const field = def.attributes.find((f) =>
          ALL.some((d) => resolveVerb(def.id, d).fields.get(f.name)?.xmlName === name),
        );
        if (!field) return null;
        const fits = ALL.filter((d) =>
          resolveVerb(def.id, d)
            .fields.get(field.name)
            ?.options?.some((o) => o.value === value),
        );
        return telling(fits, () => `“${value}” is ${article(fits)} ${field.label.toLowerCase()}`);
      }),
    ]);
  }
  if (def.body && element.text.trim() !== '') {
    const bodyKey = `body ${def.id}`;
    clues.push([
      bodyKey,
      fact(bodyKey, () => {
        const fits = ALL.filter((d) => resolveVerb(def.id, d).bodyRule.kind !== 'forbidden');
        return telling(
          fits,
          () => `<${def.element}> has text inside it, which only ${list(fits)} allows`,
        );
      }),
    ]);
  }
  return clues.filter((entry): entry is [string, ClueFact] => entry[1] !== null);
}

/** Sentences with their place, each clue said once. */
function sentences(clues: readonly Clue[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const clue of clues) {
    if (seen.has(clue.sentence)) continue;
    seen.add(clue.sentence);
    if (out.length < MAX_EVIDENCE) out.push(`${clue.sentence} (${clue.where}).`);
  }
  return out;
}

function label(id: DialectId): string {
  return getDialect(id).label;
}

function list(ids: readonly DialectId[]): string {
  return ids.map(label).join(' and ');
}

function only(ids: readonly DialectId[]): string {
  return ids.length === 1 ? `only ${label(ids[0]!)} has` : `only ${list(ids)} have`;
}

/** "an RCML", "a FlexML", "a FlexML and VoiceML" (said letter by letter, RCML takes "an"). */
function article(ids: readonly DialectId[]): string {
  return `${ids[0] === 'rcml' ? 'an' : 'a'} ${list(ids)}`;
}

function lowerFirst(sentence: string): string {
  return sentence.startsWith('“') || sentence.startsWith('<')
    ? sentence
    : sentence[0]!.toLowerCase() + sentence.slice(1);
}
