/**
 * RCML documents to a flow. Lenient about what it can keep (unknown elements, mis-cased verbs,
 * verbs after a terminal verb: kept, with warnings), strict about what it cannot (XML that is
 * not well-formed, DOCTYPEs, oversized or over-deep documents: refused with a line and column).
 * Atomic: one refused document refuses the whole import. Never throws.
 */
import { getDialect, isDialectId } from '../../dialects';
import { MAIN_FILE } from '../../model/documents';
import { createFlow } from '../../model/flow';
import { edgeId } from '../../model/operations';
import {
  NEXT_OUTLET,
  START_NODE_ID,
  type Flow,
  type FlowEdge,
  type FlowNode,
} from '../../schema/flow';
import { buildDocument, IdAllocator } from './build';
import { detectDialect } from './dialect';
import type { ElementContext } from './elements';
import { MAX_TOTAL_SIZE, megabytes } from './limits';
import { connectLinks, warnAboutExport } from './connections';
import { baseName, chooseMain, commonBase, linkValues, splitUrl } from './links';
import { readXml } from './read';
import type { ImportError, ImportFile, ImportOptions, ImportResult, ReadDocument } from './types';
import { WarningList } from './warnings';

const DEFAULT_NAME = 'Imported call flow';

/** One document, as pasted or opened. */
export function parseRcml(text: string, options: ImportOptions = {}): ImportResult {
  return safely(() =>
    importFiles([{ name: options.fileName ?? MAIN_FILE, text }], options, !!options.fileName),
  );
}

/** Several documents that lead to one another, imported as one flow. */
export function parseRcmlFiles(
  files: readonly ImportFile[],
  options: ImportOptions = {},
): ImportResult {
  return safely(() => importFiles(files, options, true));
}

function safely(run: () => ImportResult): ImportResult {
  try {
    return run();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure({
      message: `RCML Studio could not import this because of an error of its own (${detail}). Nothing was changed.`,
    });
  }
}

function failure(error: ImportError): ImportResult {
  return { ok: false, error };
}

function importFiles(
  files: readonly ImportFile[],
  options: ImportOptions,
  namedFiles: boolean,
): ImportResult {
  if (!Array.isArray(files) || files.length === 0) {
    return failure({ message: 'There is no document to import.' });
  }
  let total = 0;
  const seen = new Set<string>();
  for (const file of files) {
    if (typeof file?.text !== 'string' || typeof file.name !== 'string') {
      return failure({ message: 'One of the documents could not be read as text.' });
    }
    total += file.text.length;
    const name = baseName(file.name);
    if (seen.has(name)) {
      return failure({
        message: `Two of the files are named ${name}. Each document needs its own name, because documents lead to one another by name.`,
        fileName: file.name,
      });
    }
    seen.add(name);
  }
  if (total > MAX_TOTAL_SIZE) {
    return failure({
      message: `The documents are too large to import together (${megabytes(total)}; the limit is ${megabytes(MAX_TOTAL_SIZE)}).`,
    });
  }

  const documents: ReadDocument[] = [];
  for (const file of files) {
    const read = readXml(file.text);
    if (!read.ok) {
      return failure({ ...read.error, ...(namedFiles ? { fileName: file.name } : {}) });
    }
    documents.push({ fileName: file.name, name: baseName(file.name), source: read.document });
  }

  const detection = detectDialect(
    documents.map((d) => ({ fileName: d.fileName, root: d.source.root })),
  );
  if (options.dialect !== undefined && !isDialectId(options.dialect)) {
    return failure({ message: `“${String(options.dialect)}” is not a dialect RCML Studio knows.` });
  }
  const dialect = options.dialect ?? detection.dialect;
  const warnings = new WarningList();
  const evidence = options.dialect
    ? [`Read as ${getDialect(dialect).label}, as you chose.`]
    : detection.evidence;
  const doubt = options.dialect ? detection.against(dialect) : undefined;
  if (doubt) {
    warnings.add({
      message: `The document may not be ${getDialect(dialect).label}: ${doubt} It is read as ${getDialect(dialect).label}, as you chose.`,
    });
  }

  const main = chooseMain(
    documents.map((d) => d.name),
    documents.map((d) => linkValues(d.source.root, dialect)),
  );
  const order = [main, ...documents.keys()].filter((i, at, all) => all.indexOf(i) === at);
  const ids = new IdAllocator();
  const empty = createFlow({ dialect, name: options.name ?? DEFAULT_NAME });
  const nodes: FlowNode[] = [...empty.nodes];
  const edges: FlowEdge[] = [];
  const firstNodeOf = new Map<number, string>();

  order.forEach((index, column) => {
    const document = documents[index]!;
    const context: ElementContext = {
      dialect,
      warn: (message, at, nodeId) =>
        warnings.add({
          message,
          line: at.line,
          column: at.column,
          ...(namedFiles ? { fileName: document.fileName } : {}),
          ...(nodeId ? { nodeId } : {}),
        }),
    };
    const label = index === main ? undefined : labelOf(document.name);
    const built = buildDocument(document.source, { column, ids, context, label });
    // Not push(...list): a large document has more verbs than a call may have arguments.
    for (const node of built.nodes) nodes.push(node);
    for (const edge of built.edges) edges.push(edge);
    const first = built.nodes[0];
    if (!first) return;
    firstNodeOf.set(index, first.id);
    if (index === main) {
      edges.unshift({
        id: edgeId(START_NODE_ID, NEXT_OUTLET),
        source: START_NODE_ID,
        outlet: NEXT_OUTLET,
        target: first.id,
      });
    }
  });

  const links = connectLinks(nodes, edges, documents, firstNodeOf, (message, nodeId) =>
    warnings.add({ message, nodeId }),
  );
  const flow: Flow = {
    ...empty,
    baseUrl: commonBase(links.map((link) => splitUrl(link.value).prefix)),
    nodes,
    edges,
  };
  warnAboutExport(flow, documents, main, firstNodeOf, links, warnings);
  return {
    ok: true,
    flow,
    warnings: warnings.list(),
    dialect,
    dialectEvidence: evidence,
  };
}

/** The label that makes the export name a document as it was imported: its name, no `.xml`. */
function labelOf(name: string): string | undefined {
  return name.replace(/\.xml$/i, '') || undefined;
}
