/**
 * Elements of a served document as the platform reads them: the verb the catalog knows by that
 * exact element name (the platforms match names case-sensitively), its attributes in the
 * dialect's spelling (VoiceML's `Reason`), values trimmed, absent ones at the catalog's default.
 */
import { resolveVerb, type ResolvedVerb } from '../dialects';
import type { DialectId } from '../schema/flow';
import { verbForElement } from '../verbs';
import { readXml, type SourceElement } from '../xml/parse/read';

export type ReadDocument =
  | { readonly ok: true; readonly verbs: readonly SourceElement[] }
  | { readonly ok: false; readonly message: string };

/** The top-level elements of a document: the verbs, in order. */
export function readDocument(xml: string): ReadDocument {
  const read = readXml(xml);
  if (!read.ok) return { ok: false, message: read.error.message };
  return { ok: true, verbs: read.document.root.children };
}

/** An element with the catalog's knowledge of it in one dialect. */
export class VerbElement {
  constructor(
    readonly element: SourceElement,
    /** Undefined for an element the catalog does not know as a verb. */
    readonly verb: ResolvedVerb | undefined,
  ) {}

  get name(): string {
    return this.element.name;
  }

  /** The attribute of catalog field `field` as written, trimmed; undefined when absent or empty. */
  written(field: string): string | undefined {
    const xmlName = this.verb?.fields.get(field)?.xmlName ?? field;
    const found = this.element.attributes.find(([name]) => name === xmlName);
    const value = found?.[1].trim();
    return value ? value : undefined;
  }

  /** As written, else what the platform does without it (the catalog's platform default). */
  value(field: string): string | undefined {
    return this.written(field) ?? this.verb?.fields.get(field)?.platformDefault;
  }

  /**
   * A whole number of the field as written, else the catalog's platform default (every number a
   * behaviour reads has one: the catalog is the one place defaults are written).
   */
  number(field: string): number {
    const parsed = Number.parseInt(this.value(field) ?? '', 10);
    if (Number.isFinite(parsed)) return parsed;
    return Number.parseInt(this.verb?.fields.get(field)?.platformDefault ?? '0', 10);
  }

  /** The element's text, trimmed (the platforms trim it). */
  get text(): string {
    return this.element.text.trim();
  }

  /** The nested elements, each with what the catalog knows of it. */
  children(dialect: DialectId): VerbElement[] {
    return this.element.children.map((child) => verbElement(child, dialect));
  }
}

export function verbElement(element: SourceElement, dialect: DialectId): VerbElement {
  const def = verbForElement(element.name);
  // The start and unknown definitions write no element, so verbForElement never returns them.
  return new VerbElement(element, def ? resolveVerb(def.id, dialect) : undefined);
}
