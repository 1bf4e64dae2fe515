/**
 * Reads one document into a plain element tree with positions, or refuses it. Strict XML
 * (saxes), and guarded: size is checked before reading, depth and DOCTYPEs while reading, so a
 * hostile document is refused as soon as it shows itself. No entity is ever expanded or fetched:
 * saxes knows only XML's five predefined entities and character references.
 */
import { SaxesParser } from 'saxes';
import { isXmlName } from '../names';
import { MAX_DEPTH, MAX_DOCUMENT_SIZE, megabytes } from './limits';
import { Locator, type Position } from './locate';
import type { ImportError, SourceDocument, SourceElement } from './types';
import {
  DOCTYPE_REFUSED,
  explainXmlError,
  findBadReference,
  findForbiddenCharacter,
} from './xmlErrors';

export const ROOT = 'Response';

export type { SourceDocument, SourceElement } from './types';

export type ReadResult =
  | { readonly ok: true; readonly document: SourceDocument }
  | { readonly ok: false; readonly error: ImportError };

/** Thrown from inside parser callbacks to stop at the first problem. */
class Refusal {
  constructor(readonly error: ImportError) {}
}

interface OpenElement {
  readonly name: string;
  readonly index: number;
  /** Declarations in scope from the ancestors. */
  readonly namespaces: readonly (readonly [string, string])[];
  /** Declarations in scope for the children: `namespaces` and the element's own. */
  scope: readonly (readonly [string, string])[];
  attributes: readonly (readonly [string, string])[];
  /** The text of the runs before the last tag (see SourceElement.text). */
  text: string;
  /** The text since the last tag. */
  run: string;
  children: SourceElement[] | undefined;
}

/** Shared by every element without attributes or children: a 5 MB document has many. */
const NONE: readonly never[] = Object.freeze([]);

export function readXml(input: string): ReadResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const locator = new Locator(text);
  const refuse = (message: string, index?: number): ReadResult => ({
    ok: false,
    error: { message, ...(index !== undefined ? locator.at(index) : {}) },
  });

  if (text.length > MAX_DOCUMENT_SIZE) {
    return refuse(
      `The document is too large to import (${megabytes(text.length)}; the limit is ${megabytes(MAX_DOCUMENT_SIZE)}). An RCML document is usually a few kilobytes.`,
    );
  }
  const first = text.search(/\S/);
  if (first < 0) return refuse('The document is empty.');
  const opening = text[first]!;
  if (opening === '{' || opening === '[') {
    return refuse(
      'This looks like a JSON file, not an RCML document. A flow saved from RCML Studio is opened with Open, not Import.',
      first,
    );
  }
  if (opening !== '<') {
    return refuse(
      'This is not an XML document: an RCML document starts with <?xml version="1.0"?> or <Response>.',
      first,
    );
  }
  const forbidden = findForbiddenCharacter(text);
  if (forbidden) return refuse(forbidden.message, forbidden.index);

  try {
    return { ok: true, document: parse(text, locator) };
  } catch (thrown) {
    if (thrown instanceof Refusal) return { ok: false, error: thrown.error };
    throw thrown;
  }
}

function parse(text: string, locator: Locator): SourceDocument {
  const parser = new SaxesParser({
    xmlns: false,
    position: true,
    // XML 1.1 would let references such as &#1; through: read every document as 1.0.
    forceXMLVersion: true,
    defaultXMLVersion: '1.0',
  });
  const stack: OpenElement[] = [];
  const dropped: Position[] = [];
  let root: SourceElement | undefined;
  let lastClosed: OpenElement | undefined;
  let started = false;
  let rootEnd = -1;
  const refusal = (message: string, index: number) =>
    new Refusal({ message, ...locator.at(index) });

  parser.on('doctype', () => {
    throw refusal(DOCTYPE_REFUSED, Math.max(0, text.lastIndexOf('<!DOCTYPE', parser.position - 1)));
  });
  parser.on('opentagstart', (tag) => {
    // saxes reports the tag once it has read the character after its name.
    const index = Math.max(
      0,
      text.lastIndexOf(`<${tag.name}`, parser.position - tag.name.length - 1),
    );
    started = true;
    if (stack.length === 0 && tag.name !== ROOT) throw refusal(wrongRoot(tag.name), index);
    if (stack.length >= MAX_DEPTH) {
      throw refusal(
        `The elements are nested more than ${MAX_DEPTH} levels deep. An RCML document needs only a few levels (<Response>, a verb, a noun), so this document is refused.`,
        index,
      );
    }
    const parent = stack.at(-1);
    if (parent) {
      parent.text += withoutLayout(parent.run);
      parent.run = '';
    }
    const namespaces = parent?.scope ?? NONE;
    stack.push({
      name: tag.name,
      index,
      namespaces,
      scope: namespaces,
      attributes: NONE,
      text: '',
      run: '',
      children: undefined,
    });
  });
  parser.on('opentag', (tag) => {
    const open = stack.at(-1);
    if (!open) return;
    if (hasKeys(tag.attributes)) {
      open.attributes = Object.entries(tag.attributes);
      open.scope = withDeclarations(open.namespaces, open.attributes);
    }
    // XML allows any number of colons in a name, XML namespaces (and so every writer) one; saxes
    // has checked the rest, so the writer's rule only ever refuses colons here.
    const misnamed = [tag.name, ...open.attributes.map(([name]) => name)].find(
      (name) => !isXmlName(name),
    );
    if (misnamed !== undefined) {
      throw refusal(
        `“${misnamed}” cannot be written back: a name may have one colon, between a prefix and the rest (as in xml:lang), and not at its start or end.`,
        open.index,
      );
    }
  });
  const onText = (data: string) => {
    const open = stack.at(-1);
    if (open) open.run += data;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const open = stack.pop();
    if (!open) return;
    lastClosed = open;
    const { line, column } = locator.at(open.index);
    const element: SourceElement = {
      name: open.name,
      attributes: open.attributes,
      text: open.children ? open.text + withoutLayout(open.run) : open.run,
      children: open.children ?? NONE,
      namespaces: open.namespaces,
      line,
      column,
    };
    const parent = stack.at(-1);
    if (!parent) [root, rootEnd] = [element, parser.position];
    else if (parent.children) parent.children.push(element);
    else parent.children = [element];
  });
  const onDropped = (marker: string) => () => {
    dropped.push(locator.at(Math.max(0, text.lastIndexOf(marker, parser.position - 1))));
  };
  parser.on('comment', onDropped('<!--'));
  parser.on('processinginstruction', onDropped('<?'));
  parser.on('error', (error) => {
    const index = Math.max(0, parser.position - 1);
    throw explain(error.message.replace(/^\d+:\d+: /, ''), index);
  });

  parser.write(text).close();
  if (!root) throw refusal('The document contains no elements.', 0);
  return { root, dropped };

  /** The refusal for a saxes error noticed at `index`, blaming its real cause. */
  function explain(message: string, index: number): Refusal {
    // A DOCTYPE that saxes could not finish reading, or one in the wrong place.
    const doctype = text.lastIndexOf('<!DOCTYPE', index);
    if (doctype >= 0 && (!started || /doctype/.test(message))) {
      return refusal(DOCTYPE_REFUSED, doctype);
    }
    const reference = findBadReference(text, index + 1);
    if (reference) return refusal(reference.message, reference.index);
    const unclosed = /^unclosed tag: (.*)$/.exec(message);
    const open = stack.at(-1);
    if (unclosed && open) {
      return refusal(
        `<${open.name}> is opened here but never closed: the document ends before </${open.name}>.`,
        open.index,
      );
    }
    if (rootEnd >= 0 && /outside of root|only one root/.test(message)) {
      const after = text.slice(rootEnd, index + 1).search(/\S/);
      return refusal(explainXmlError(message), after < 0 ? index : rootEnd + after);
    }
    const closeAt = Math.max(0, text.lastIndexOf('</', index));
    const closing = /^<\/\s*([^\s>]*)/.exec(text.slice(closeAt, closeAt + 200))?.[1] ?? '';
    const openNames = [...stack, ...(lastClosed ? [lastClosed] : [])].map((e) => e.name);
    if (
      /^(unexpected close tag|unmatched closing tag)/.test(message) &&
      !openNames.includes(closing)
    ) {
      return refusal(`</${closing}> closes an element that was never opened.`, closeAt);
    }
    if (message === 'unexpected close tag.' && lastClosed) {
      const opened = locator.at(lastClosed.index);
      return refusal(
        `</${closing}> does not close <${lastClosed.name}>, which is still open (line ${opened.line}, column ${opened.column}). Elements must be closed in the reverse order they were opened.`,
        closeAt,
      );
    }
    return refusal(explainXmlError(message), index);
  }
}

/**
 * A run of text between tags of an element with children, without the layout a pretty printer
 * (ours included) puts there: the line break and indentation before the next tag, and runs of
 * blank lines and indentation alone.
 */
function withoutLayout(run: string): string {
  if (run === '') return run;
  const kept = run.replace(/\n[ \t]*$/, '');
  return /^\s*$/.test(kept) && kept.includes('\n') ? '' : kept;
}

/** The declarations in scope once an element's own are added (they replace the same name). */
function withDeclarations(
  inScope: readonly (readonly [string, string])[],
  attributes: readonly (readonly [string, string])[],
): readonly (readonly [string, string])[] {
  const own = attributes.filter(([name]) => isDeclaration(name));
  if (own.length === 0) return inScope;
  const replaced = new Set(own.map(([name]) => name));
  return [...inScope.filter(([name]) => !replaced.has(name)), ...own];
}

function isDeclaration(name: string): boolean {
  return name === 'xmlns' || name.startsWith('xmlns:');
}

function hasKeys(object: object): boolean {
  for (const key in object) if (key !== undefined) return true;
  return false;
}

function wrongRoot(name: string): string {
  const hint =
    name.toLowerCase() === ROOT.toLowerCase()
      ? ` Element names are case-sensitive: write <${ROOT}>.`
      : '';
  return `The document's root element is <${name}>, but an RCML document must start with <${ROOT}>.${hint}`;
}
