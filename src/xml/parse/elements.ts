/**
 * One element to the model: a catalog verb with its attributes (keyed by the catalog's name,
 * read from the dialect's spelling), body and nested elements, or an `unknown` element kept
 * exactly as it was. Everything that could be kept is kept; each oddity becomes a warning.
 */
import {
  bodyAllowed,
  getDialect,
  resolveVerb,
  type ResolvedField,
  type ResolvedVerb,
} from '../../dialects';
import type { FieldDef, VerbDef } from '../../verbs';
import { shortened } from '../../verbs/summaries';
import {
  UNKNOWN_VERB,
  type DialectId,
  type NestedElement,
  type RawElement,
} from '../../schema/flow';
import { catalogElements, defForElement, miscasedDef } from './catalog';
import type { Position } from './locate';
import type { SourceElement } from './read';

export interface ElementContext {
  readonly dialect: DialectId;
  /** `at` is an element, or any place in the document. */
  warn(message: string, at: Position, nodeId?: string): void;
}

/** What a top-level element becomes; the caller gives it an id, a position and edges. */
export interface ConvertedVerb {
  readonly verb: string;
  readonly def?: VerbDef;
  readonly attributes: Record<string, string>;
  readonly text?: string;
  readonly children?: readonly NestedElement[];
  readonly raw?: RawElement;
}

const KEPT = 'It is kept as it is and exported unchanged.';

/** The catalog verb a top-level element stands for, or undefined for an unknown element. */
export function verbOf(element: SourceElement): VerbDef | undefined {
  const def = defForElement(element.name);
  return def && !def.noun ? def : undefined;
}

export function convertVerb(
  element: SourceElement,
  nodeId: string,
  context: ElementContext,
): ConvertedVerb {
  const def = verbOf(element);
  if (!def) {
    context.warn(unknownVerbMessage(element.name), element, nodeId);
    return { verb: UNKNOWN_VERB, attributes: {}, raw: toRaw(element) };
  }
  const attributes = convertAttributes(def, element, context, nodeId);
  const text = convertBody(def, element, attributes, context, nodeId);
  const children = convertChildren(def, element, context, nodeId);
  return {
    verb: def.id,
    def,
    attributes,
    ...(text !== undefined ? { text } : {}),
    ...(children.length > 0 ? { children } : {}),
  };
}

/**
 * An element kept exactly as it is, carrying along the namespace declarations its names (and
 * its descendants') take from outside it: `<x:Say>` under an `xmlns:x` declared on `<Response>`
 * becomes `<x:Say xmlns:x="…">`, namespace-well-formed wherever it is written, and the same
 * element in every namespace-aware reader.
 */
export function toRaw(element: SourceElement): RawElement {
  const raw = rawOf(element);
  const needed = neededDeclarations(element, usedDeclarations(element));
  return needed.length === 0 ? raw : { ...raw, attributes: [...needed, ...raw.attributes] };
}

function rawOf(element: SourceElement): RawElement {
  return {
    name: element.name,
    attributes: element.attributes,
    ...(element.text !== '' ? { text: element.text } : {}),
    children: element.children.map(rawOf),
  };
}

/** Declarations from outside the element, for the names in `used` it does not declare itself. */
function neededDeclarations(
  element: SourceElement,
  used: ReadonlySet<string>,
): (readonly [string, string])[] {
  if (element.namespaces.length === 0) return [];
  const own = new Set(element.attributes.map(([name]) => name));
  return element.namespaces.filter(([name]) => used.has(name) && !own.has(name));
}

/** The declaration each name of an element tree relies on: `xmlns:x` for x:Say, `xmlns` for Say. */
function usedDeclarations(element: SourceElement, used = new Set<string>()): Set<string> {
  const prefix = prefixOf(element.name);
  used.add(prefix ? `xmlns:${prefix}` : 'xmlns');
  for (const [name] of element.attributes) {
    // An attribute without a prefix is in no namespace; xml: and xmlns: need no declaration.
    const attributePrefix = prefixOf(name);
    if (attributePrefix) used.add(`xmlns:${attributePrefix}`);
  }
  for (const child of element.children) usedDeclarations(child, used);
  return used;
}

function prefixOf(name: string): string | undefined {
  const colon = name.indexOf(':');
  const prefix = colon > 0 ? name.slice(0, colon) : undefined;
  return prefix === 'xml' || prefix === 'xmlns' ? undefined : prefix;
}

function unknownVerbMessage(name: string): string {
  const noun = defForElement(name);
  if (noun) {
    const parents = catalogElements().filter((d) => d.nesting?.allowed.includes(noun.id));
    return `<${name}> only works inside ${parents.map((p) => `<${p.element}>`).join(' or ')}; on its own the platform skips it. ${KEPT}`;
  }
  const meant = miscasedDef(name);
  if (meant) {
    return `<${name}> is not a verb: element names are case-sensitive, so the platform skips it. You probably meant <${meant.element}>. ${KEPT}`;
  }
  return `<${name}> is not a verb RCML Studio knows, and the platform may skip it. ${KEPT}`;
}

/**
 * Attributes by catalog name. The dialect's own spellings are read first, so that another
 * spelling of the same field (`reason` beside VoiceML's `Reason`) never overrides one. An
 * attribute the dialect does not have is kept under its XML name and written back as it is.
 */
function convertAttributes(
  def: VerbDef,
  element: SourceElement,
  context: ElementContext,
  nodeId: string,
): Record<string, string> {
  const verb = resolveVerb(def.id, context.dialect);
  const dialect = getDialect(context.dialect).label;
  const byXmlName = fieldsByXmlName(verb);
  const entries: [string, string][] = [];
  const taken = new Set<string>();
  const tag = `<${element.name}>`;
  const warn = (message: string) => context.warn(message, element, nodeId);
  const keep = (key: string, value: string) => {
    entries.push([key, value]);
    taken.add(key);
  };

  for (const [name, value] of element.attributes) {
    const field = byXmlName.get(name);
    if (!field) continue;
    if (value === '') {
      warn(`${tag} has an empty ${name}; it is left out, as if it were not there.`);
      continue;
    }
    keep(field.name, value);
    checkOption(field, value, tag, dialect, warn);
  }
  for (const [name, value] of element.attributes) {
    if (byXmlName.has(name)) continue;
    // The catalog's name of a field this dialect spells otherwise (VoiceML: reason for Reason).
    const respelled = verb.fields.get(name);
    if (respelled) {
      if (taken.has(respelled.name)) {
        warn(
          `${tag} has both ${respelled.xmlName} and ${name}; ${dialect} reads only ${respelled.xmlName}, so ${name} is left out.`,
        );
      } else if (value !== '') {
        keep(respelled.name, value);
        warn(
          `${tag} has ${name}, which ${dialect} spells ${respelled.xmlName}; it is exported as ${respelled.xmlName}.`,
        );
      }
      continue;
    }
    if (value === '') {
      warn(`${tag} has an empty ${name}; it is left out, as if it were not there.`);
      continue;
    }
    keep(name, value);
    const meant = verb.attributes.find((f) => f.xmlName.toLowerCase() === name.toLowerCase());
    warn(
      meant
        ? `${tag} has ${name}, but ${dialect} spells it ${meant.xmlName} and ignores ${name}. It is kept as it is; rename it to ${meant.xmlName} for it to work.`
        : `${tag} has an attribute ${name} that RCML Studio does not know in ${dialect}. It is kept and exported as it is.`,
    );
  }
  // A kept attribute such as x:priority needs its xmlns:x, declared outside the element: taken
  // along (as an attribute of the verb's own) so that the export stays namespace-well-formed.
  const prefixed = new Set<string>();
  for (const [key] of entries) {
    const prefix = prefixOf(key);
    if (prefix) prefixed.add(`xmlns:${prefix}`);
  }
  for (const [name, value] of neededDeclarations(element, prefixed)) {
    if (!taken.has(name)) keep(name, value);
  }
  // Own properties even for names such as __proto__: they are data, never a prototype.
  return Object.fromEntries(entries);
}

const xmlNameIndex = new WeakMap<ResolvedVerb, ReadonlyMap<string, ResolvedField>>();

function fieldsByXmlName(verb: ResolvedVerb): ReadonlyMap<string, ResolvedField> {
  let index = xmlNameIndex.get(verb);
  if (!index) {
    index = new Map(verb.attributes.map((field) => [field.xmlName, field]));
    xmlNameIndex.set(verb, index);
  }
  return index;
}

function checkOption(
  field: FieldDef,
  value: string,
  tag: string,
  dialect: string,
  warn: (message: string) => void,
): void {
  if (field.kind !== 'enum' || !field.options || field.options.some((o) => o.value === value)) {
    return;
  }
  const values = field.options.map((o) => o.value).join(', ');
  warn(
    `${tag} ${field.label.toLowerCase()} “${value}” is not one of the ${dialect} values (${values}). It is kept, and the Problems list will point it out.`,
  );
}

/** The body, exactly as written; for a verb without a body, only text that is not blank. */
function convertBody(
  def: VerbDef,
  element: SourceElement,
  attributes: Readonly<Record<string, string>>,
  context: ElementContext,
  nodeId: string,
): string | undefined {
  // Around the nested elements of a verb the catalog knows, whitespace is layout (an unknown
  // element keeps it: it is written back as it came).
  const text = element.children.length > 0 ? element.text.trim() : element.text;
  if (text === '') return undefined;
  const blank = text.trim() === '';
  if (!def.body) {
    if (blank) return undefined;
    context.warn(
      `<${element.name}> does not take text, but has “${shortened(text)}”. It is kept and exported as it is.`,
      element,
      nodeId,
    );
    return text;
  }
  const rule = resolveVerb(def.id, context.dialect).bodyRule;
  if (!blank && rule.kind !== 'allowed' && !bodyAllowed(rule, attributes)) {
    context.warn(
      `${rule.explanation} The text “${shortened(text)}” is kept, and the Problems list will point it out.`,
      element,
      nodeId,
    );
  }
  return text;
}

/** Nested nouns and verbs; anything the verb cannot hold is kept as an unknown child. */
function convertChildren(
  def: VerbDef,
  element: SourceElement,
  context: ElementContext,
  nodeId: string,
): NestedElement[] {
  const children: NestedElement[] = [];
  const allowed = def.nesting?.allowed ?? [];
  const parent = `<${element.name}>`;
  for (const source of element.children) {
    const childDef = defForElement(source.name);
    if (childDef && allowed.includes(childDef.id) && source.children.length === 0) {
      const attributes = convertAttributes(childDef, source, context, nodeId);
      const text = convertBody(childDef, source, attributes, context, nodeId);
      children.push({
        id: childId(children, childDef.id),
        kind: childDef.id,
        attributes,
        ...(text !== undefined ? { text } : {}),
      });
      continue;
    }
    children.push({
      id: childId(children, UNKNOWN_VERB),
      kind: UNKNOWN_VERB,
      attributes: {},
      raw: toRaw(source),
    });
    context.warn(nestedMessage(def, source, childDef, parent), source, nodeId);
  }
  return children;
}

function nestedMessage(
  def: VerbDef,
  source: SourceElement,
  childDef: VerbDef | undefined,
  parent: string,
): string {
  const child = `<${source.name}>`;
  if (childDef && def.nesting?.allowed.includes(childDef.id)) {
    return `${child} inside ${parent} holds elements RCML Studio cannot edit. ${KEPT}`;
  }
  if (childDef && !def.nesting) {
    return `${parent} cannot contain other elements: ${child} inside it never runs. ${KEPT}`;
  }
  if (childDef) {
    const may = def.nesting!.allowed.map((id) => `<${defElement(id)}>`).join(', ');
    const where =
      childDef.id === 'reject' ? ' A <Reject> works only as the first verb of a document.' : '';
    return `${child} cannot be nested inside ${parent}, which may hold ${may}; there it never runs.${where} ${KEPT}`;
  }
  const meant = miscasedDef(source.name);
  return meant
    ? `${child} inside ${parent} is not an element the platform knows: names are case-sensitive. You probably meant <${meant.element}>. ${KEPT}`
    : `${child} inside ${parent} is not an element RCML Studio knows. ${KEPT}`;
}

function defElement(id: string): string {
  return catalogElements().find((d) => d.id === id)?.element ?? id;
}

/**
 * `number-1`, `client-2`: numbered by position, as the model's addChild numbers a list built one
 * child at a time, so ids are unique without searching the list.
 */
function childId(children: readonly NestedElement[], verb: string): string {
  return `${verb}-${children.length + 1}`;
}
