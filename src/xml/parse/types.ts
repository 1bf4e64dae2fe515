/** What an import returns: a flow and warnings, or one error that says what is wrong and where. */
import type { DialectId, Flow } from '../../schema/flow';
import type { Position } from './locate';

/** Why a document was refused. Line and column are 1-based, in UTF-16 code units. */
export interface ImportError {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  readonly fileName?: string;
}

/** Something imported as well as it could be, that the user should know about. */
export interface ImportWarning {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  readonly fileName?: string;
  /** The node the warning is about, when there is one. */
  readonly nodeId?: string;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly flow: Flow;
      readonly warnings: readonly ImportWarning[];
      readonly dialect: DialectId;
      /** Short sentences saying why this dialect was chosen, for the user to confirm. */
      readonly dialectEvidence: readonly string[];
    }
  | { readonly ok: false; readonly error: ImportError };

export interface ImportOptions {
  /** Read the documents in this dialect instead of detecting it. */
  readonly dialect?: DialectId;
  /** Name of the imported flow. */
  readonly name?: string;
  /** For `parseRcml`: the file name to put in messages (and to match links against). */
  readonly fileName?: string;
}

export interface ImportFile {
  readonly name: string;
  readonly text: string;
}

/** "main.xml, line 3, column 5: …" for a message list. */
export function describeProblem(problem: ImportError | ImportWarning): string {
  const where = [
    problem.fileName,
    problem.line !== undefined ? `line ${problem.line}` : undefined,
    problem.line !== undefined && problem.column !== undefined
      ? `column ${problem.column}`
      : undefined,
  ].filter(Boolean);
  return where.length > 0 ? `${where.join(', ')}: ${problem.message}` : problem.message;
}

/** One imported file, read: its name, the name links use for it, and its parsed elements. */
export interface ReadDocument {
  readonly fileName: string;
  readonly name: string;
  readonly source: SourceDocument;
}

/** A document as read (src/xml/parse/read.ts): a plain element tree with positions. */
export interface SourceElement {
  readonly name: string;
  /** In document order. */
  readonly attributes: readonly (readonly [string, string])[];
  /**
   * Character data, CDATA included. Exactly as written for an element without child elements.
   * For one with child elements, each run of text between two tags loses the layout before the
   * next tag (its last line break and the indentation after it), and a run that is then only
   * whitespace across lines is layout and dropped; what is left (`<Foo> a <Bar/>` gives ` a `)
   * is kept as written, the runs joined.
   */
  readonly text: string;
  readonly children: readonly SourceElement[];
  /**
   * Namespace declarations (`xmlns`, `xmlns:x`) in scope from the element's ancestors, nearest
   * last: an element kept as it is (an unknown one) takes those its names use along, so that it
   * is still namespace-well-formed wherever it is written.
   */
  readonly namespaces: readonly (readonly [string, string])[];
  /** Where the start tag's `<` is. */
  readonly line: number;
  readonly column: number;
}

export interface SourceDocument {
  readonly root: SourceElement;
  /** Where each comment and processing instruction was (they are not kept). */
  readonly dropped: readonly Position[];
}
