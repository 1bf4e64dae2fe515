/**
 * Links between imported documents. An action URL or a Redirect body that names one of the
 * imported files (by the last segment of its path, ignoring a query string) is a connection to
 * that document's first verb, as the serializer writes connections.
 */
import { resolveVerb } from '../../dialects';
import type { DialectId } from '../../schema/flow';
import type { VerbDef } from '../../verbs';
import { verbOf } from './elements';
import type { SourceElement } from './read';

/** The field an action outlet fills: an attribute (by catalog name), or the body (`text`). */
export interface OutletField {
  readonly outlet: string;
  readonly key: string;
}

export function outletFields(def: VerbDef): OutletField[] {
  const fields: OutletField[] = [];
  for (const outlet of def.outlets) {
    if (outlet.kind !== 'action') continue;
    for (const field of def.attributes) {
      if (field.outlet === outlet.id) fields.push({ outlet: outlet.id, key: field.name });
    }
    if (def.body?.outlet === outlet.id) fields.push({ outlet: outlet.id, key: 'text' });
  }
  return fields;
}

export interface UrlParts {
  /** Everything up to and including the last `/` of the path. */
  readonly prefix: string;
  readonly segment: string;
  /** Query string and fragment, which a connection does not keep. */
  readonly rest: string;
}

export function splitUrl(value: string): UrlParts {
  const url = value.trim();
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const slash = path.lastIndexOf('/');
  return {
    prefix: path.slice(0, slash + 1),
    segment: path.slice(slash + 1),
    rest: cut < 0 ? '' : url.slice(cut),
  };
}

/** A file's name without folders: `flows/main.xml` is `main.xml`. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Finds the imported document a URL names: exactly, else ignoring case or URL escapes. */
export class DocumentNames {
  private readonly exact = new Map<string, number>();
  private readonly folded = new Map<string, number>();

  constructor(names: readonly string[]) {
    names.forEach((name, index) => {
      if (!this.exact.has(name)) this.exact.set(name, index);
      if (!this.folded.has(name.toLowerCase())) this.folded.set(name.toLowerCase(), index);
    });
  }

  find(url: string): number | undefined {
    const { segment } = splitUrl(url);
    if (!segment) return undefined;
    return (
      this.exact.get(segment) ??
      this.folded.get(segment.toLowerCase()) ??
      this.folded.get(decoded(segment).toLowerCase())
    );
  }
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The URLs a document's top-level verbs lead to through their action outlets. */
export function linkValues(root: SourceElement, dialect: DialectId): string[] {
  const values: string[] = [];
  for (const element of root.children) {
    const def = verbOf(element);
    if (!def) continue;
    const verb = resolveVerb(def.id, dialect);
    for (const { key } of outletFields(def)) {
      if (key === 'text') {
        if (element.text.trim()) values.push(element.text);
        continue;
      }
      const xmlName = verb.fields.get(key)?.xmlName;
      const value = element.attributes.find(([name]) => name === xmlName)?.[1];
      if (value?.trim()) values.push(value);
    }
  }
  return values;
}

/**
 * The main document: `main.xml` if there is one, else the first that no other document leads
 * to, else the first.
 */
export function chooseMain(names: readonly string[], linksOf: readonly string[][]): number {
  const main = names.findIndex((name) => name.toLowerCase() === 'main.xml');
  if (main >= 0) return main;
  const index = new DocumentNames(names);
  const targeted = new Set<number>();
  linksOf.forEach((values, from) => {
    for (const value of values) {
      const to = index.find(value);
      if (to !== undefined && to !== from) targeted.add(to);
    }
  });
  const untargeted = names.findIndex((_, i) => !targeted.has(i));
  return untargeted >= 0 ? untargeted : 0;
}

/** The base URL most links were written under: `https://example.com/ivr`, `/calls`, or ''. */
export function commonBase(prefixes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const prefix of prefixes) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [prefix, count] of counts) {
    if (count > bestCount) [best, bestCount] = [prefix, count];
  }
  return best.length > 1 && best.endsWith('/') ? best.slice(0, -1) : best;
}
