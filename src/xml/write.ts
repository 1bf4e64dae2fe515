import type { XmlElement } from './element';
import { isXmlName } from './names';
import { boundedMemo } from '../model/boundedMemo';
import { escapeAttribute, escapeText } from './escape';

export { escapeAttribute, escapeText };

/** Imported documents can name any number of elements and attributes: memos stay small. */
const MAX_REMEMBERED_NAMES = 5_000;

export const ROOT_ELEMENT = 'Response';

/*
 * A small writer of our own, rather than a library: several times faster and 75 KB lighter
 * (BENCHMARKS.md, "Notes moved from the code"). We only ever write one shape of document, so the
 * writer is short: it writes the exact bytes xmlbuilder2's pretty printer wrote
 * (src/xml/write.test.ts checks that on random trees, with the old xmlbuilder2 writer as the
 * oracle), but where keeping an imported element unchanged needs otherwise (tabs and line breaks in
 * attribute values, text beside children, namespace declarations: the test lists each). No user
 * text reaches the output except through escapeText or escapeAttribute below, and every element and
 * attribute name is checked to be an XML name before it is written (as xmlbuilder2 did; an empty
 * name is refused too).
 *
 * Format: UTF-8 declaration, `<Response>` root (`<Response/>` when empty), two-space indentation,
 * one element per line, attributes in the given order; an empty element self-closes
 * (`<Reject reason="busy"/>`); an element with text only keeps it inline (`<Say>Hi</Say>`); an
 * element with text and children (only an imported unknown element can have both) writes the
 * text right after its start tag, as it is, then the children on their lines (xmlbuilder2
 * indented the text on a line of its own, which a reader cannot tell from the text's own
 * whitespace: see src/xml/parse/read.ts for how it is read back). A trailing newline.
 */

// Appends few, large pieces to one string per document: the fastest way measured (BENCHMARKS.md).

const DOCUMENT_START = '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n';
const EMPTY_DOCUMENT = '<?xml version="1.0" encoding="UTF-8"?>\n<Response/>\n';
const DOCUMENT_END = '</Response>\n';

/** Writes one RCML document. Throws on an element or attribute name XML cannot carry. */
export function writeDocument(verbs: readonly XmlElement[]): string {
  const out = new DocumentText();
  for (const verb of verbs) writeElement(out, verb, VERB_DEPTH);
  return out.finish();
}

/** A document being written, appended to piece by piece. */
export class DocumentText {
  text = DOCUMENT_START;
  /**
   * An attribute value was written, and its closing quote was not: the piece after it starts
   * with that quote (`" name="`, `"/>`), one piece fewer per attribute.
   */
  quoteOpen = false;

  /** The whole document. */
  finish(): string {
    return this.text === DOCUMENT_START ? EMPTY_DOCUMENT : this.text + DOCUMENT_END;
  }
}

/** Indentation depth of a verb: a child of the root. */
export const VERB_DEPTH = 1;

/** An element and its children, each on its own line. */
export function writeElement(out: DocumentText, element: XmlElement, depth: number): void {
  const tag = tagOf(element.name);
  startTag(out, depth, tag);
  writeAttributes(out, element.attributes);
  const { children } = element;
  if (endStartTag(out, depth, tag, element.text, children.length > 0)) {
    for (const child of children) writeElement(out, child, depth + 1);
    endTag(out, depth, tag);
  }
}

/**
 * The markup around an element of one name, worked out once: names are few and repeat, and
 * writing `  <Say` as one piece rather than three keeps the document's pieces few.
 */
export class Tag {
  /** `</Say>\n`: the end of an element written on one line. */
  readonly closeInline: string;
  private readonly opens: string[] = [];
  private readonly closes: string[] = [];

  /** Throws when `name` is not an XML name. */
  constructor(readonly name: string) {
    checkName(name);
    this.closeInline = `</${name}>\n`;
  }

  /** `<Say`, indented. */
  open(depth: number): string {
    return (this.opens[depth] ??= `${indent(depth)}<${this.name}`);
  }

  /** `</Say>\n`, indented: the end of an element with children. */
  close(depth: number): string {
    return (this.closes[depth] ??= indent(depth) + this.closeInline);
  }
}

/** The Tag of an element name, kept (a bounded number of them: imports can bring any names). */
export const tagOf: (name: string) => Tag = boundedMemo(
  (name) => new Tag(name),
  MAX_REMEMBERED_NAMES,
);

/** `<name`, indented; attributes (writeAttribute) and endStartTag follow. */
export function startTag(out: DocumentText, depth: number, tag: Tag): void {
  out.text += tag.open(depth);
}

/**
 * Ends the start tag. Without children the element is complete: self-closed when it has no
 * text (`<Reject reason="busy"/>`), else with its text inline (`<Say>Hi</Say>`). With children,
 * returns true: the children follow (text first, on its own line), then endTag.
 */
export function endStartTag(
  out: DocumentText,
  depth: number,
  tag: Tag,
  text: string | undefined,
  hasChildren: boolean,
): boolean {
  const escaped = text === undefined ? '' : escapeText(text);
  const quote = out.quoteOpen;
  out.quoteOpen = false;
  if (!hasChildren) {
    if (escaped === '') out.text += quote ? '"/>\n' : '/>\n';
    else out.text += (quote ? '">' : '>') + escaped + tag.closeInline;
    return false;
  }
  // Text beside children (an imported unknown element) follows the start tag as it is, with no
  // indentation of ours in front that a reader could not tell from its own whitespace.
  out.text += (quote ? '">' : '>') + escaped + '\n';
  return true;
}

export function endTag(out: DocumentText, depth: number, tag: Tag): void {
  out.text += tag.close(depth);
}

/** How an attribute starts: ` name="`, or `" name="` after another attribute's value. */
export interface AttributeStart {
  readonly first: string;
  readonly afterValue: string;
}

/** Checked once and kept, since attribute names are few and repeat. */
export const attributeStart: (name: string) => AttributeStart = boundedMemo((name) => {
  const first = ` ${checkName(name)}="`;
  return { first, afterValue: `"${first}` };
}, MAX_REMEMBERED_NAMES);

/** One attribute, from attributeStart and the value as given. */
export function writeAttribute(out: DocumentText, start: AttributeStart, raw: string): void {
  const value = attributeValue(raw);
  if (value === undefined) return;
  out.text += (out.quoteOpen ? start.afterValue : start.first) + value;
  out.quoteOpen = true;
}

/**
 * An attribute value escaped, or undefined when it is left out: a value that held only
 * characters XML cannot carry. One that was empty to begin with (an imported `a=""`) is written
 * as it was.
 */
function attributeValue(raw: string): string | undefined {
  const value = escapeAttribute(raw);
  return value === '' && raw !== '' ? undefined : value;
}

/** Every attribute, in order; a name given twice is written once. */
export function writeAttributes(out: DocumentText, attributes: XmlElement['attributes']): void {
  for (let i = 1; i < attributes.length; i++) {
    for (let j = 0; j < i; j++) {
      if (attributes[j]![0] === attributes[i]![0]) return writeRepeatedAttributes(out, attributes);
    }
  }
  for (const [name, raw] of attributes) writeAttribute(out, attributeStart(name), raw);
}

/**
 * The rare list that names an attribute twice: written once, where it first appears, with its
 * last value. That is what the old writer did by collecting attributes into an object, and it
 * keeps the document well-formed.
 */
function writeRepeatedAttributes(out: DocumentText, attributes: XmlElement['attributes']): void {
  const names: string[] = [];
  const values: string[] = [];
  for (const [name, raw] of attributes) {
    // Left out here, so that a value left out does not replace one written.
    if (attributeValue(raw) === undefined) continue;
    const at = names.indexOf(name);
    if (at >= 0) values[at] = raw;
    else {
      names.push(name);
      values.push(raw);
    }
  }
  for (let i = 0; i < names.length; i++) writeAttribute(out, attributeStart(names[i]!), values[i]!);
}

/* Names ---------------------------------------------------------------------------------- */

function checkName(name: string): string {
  if (!isXmlName(name)) throw new Error(`Invalid XML name: ${JSON.stringify(name)}`);
  return name;
}

/* Indentation ---------------------------------------------------------------------------- */

const indents: string[] = [''];

function indent(depth: number): string {
  let pad = indents[depth];
  if (pad === undefined) {
    pad = '  '.repeat(depth);
    indents[depth] = pad;
  }
  return pad;
}
