/** Helpers for the import tests: run an import that must succeed, and compare documents. */
import type { DialectId, Flow } from '../schema/flow';
import { parseXml, type XmlNode } from './xmlTree';
import { serializeFlow } from '../xml/serialize';
import { parseRcml, parseRcmlFiles } from '../xml/parse/parse';
import { describeProblem, type ImportFile, type ImportWarning } from '../xml/parse/types';

export interface Imported {
  readonly flow: Flow;
  readonly warnings: readonly ImportWarning[];
  readonly dialect: DialectId;
  readonly dialectEvidence: readonly string[];
}

/** The import of `xml`, which must succeed. */
export function imported(xml: string, dialect?: DialectId): Imported {
  return mustSucceed(parseRcml(xml, dialect ? { dialect } : {}));
}

export function importedFiles(files: readonly ImportFile[], dialect?: DialectId): Imported {
  return mustSucceed(parseRcmlFiles(files, dialect ? { dialect } : {}));
}

function mustSucceed(result: ReturnType<typeof parseRcml>): Imported {
  if (!result.ok) throw new Error(`Import refused: ${describeProblem(result.error)}`);
  return result;
}

/** The documents a flow exports, by file name. */
export function exported(flow: Flow): Record<string, string> {
  return Object.fromEntries(serializeFlow(flow).map((d) => [d.fileName, d.xml]));
}

export interface Tree {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly text: string;
  readonly children: readonly Tree[];
}

/**
 * A document as its meaning: names, attributes (in any order), text and children. Whitespace
 * between child elements is layout, so an element with children compares its text trimmed.
 */
export function semanticTree(xml: string): Tree {
  return toTree(parseXml(xml));
}

function toTree(node: XmlNode): Tree {
  return {
    name: node.name,
    attributes: node.attributes,
    text: node.children.length > 0 ? node.text.trim() : node.text,
    children: node.children.map(toTree),
  };
}

export function messages(warnings: readonly ImportWarning[]): string {
  return warnings.map((w) => w.message).join('\n');
}
