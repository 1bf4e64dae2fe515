/**
 * Connections between imported documents: links that name a document become edges, and the
 * warnings that say where the export will not write the files exactly as they were.
 */
import { documentUrl, MAIN_FILE, planDocuments } from '../../model/documents';
import { analyzeFlow } from '../../model/graph';
import { edgeId } from '../../model/operations';
import type { Flow, FlowEdge, FlowNode } from '../../schema/flow';
import { getVerb } from '../../verbs';
import { DocumentNames, outletFields, splitUrl } from './links';
import type { ReadDocument } from './types';
import type { WarningList } from './warnings';

export interface Link {
  readonly nodeId: string;
  readonly element: string;
  readonly key: string;
  readonly value: string;
  readonly target: string;
}

/**
 * Action URLs and Redirect bodies naming an imported document become edges to its first verb,
 * and leave the node: the connection is now where the platform goes.
 */
export function connectLinks(
  nodes: FlowNode[],
  edges: FlowEdge[],
  documents: readonly ReadDocument[],
  firstNodeOf: ReadonlyMap<number, string>,
  warn: (message: string, nodeId: string) => void,
): Link[] {
  const names = new DocumentNames(documents.map((d) => d.name));
  const links: Link[] = [];
  nodes.forEach((node, at) => {
    const def = getVerb(node.kind);
    let updated = node;
    for (const { outlet, key } of outletFields(def)) {
      const value = key === 'text' ? updated.text : updated.attributes[key];
      const index = value?.trim() ? names.find(value) : undefined;
      if (value === undefined || index === undefined) continue;
      const target = firstNodeOf.get(index);
      if (!target) {
        warn(
          `<${def.element}> leads to ${documents[index]!.name}, which has no verbs; the URL is kept as it is.`,
          node.id,
        );
        continue;
      }
      // A verb cannot lead to itself: such a URL stays a URL.
      if (target === node.id) continue;
      edges.push({ id: edgeId(node.id, outlet), source: node.id, outlet, target });
      links.push({ nodeId: node.id, element: def.element, key, value, target });
      updated = withoutField(updated, key);
    }
    nodes[at] = updated;
  });
  return links;
}

function withoutField(node: FlowNode, key: string): FlowNode {
  if (key === 'text') {
    const copy: { -readonly [K in keyof FlowNode]: FlowNode[K] } = { ...node };
    delete copy.text;
    return copy;
  }
  const attributes = Object.fromEntries(Object.entries(node.attributes).filter(([k]) => k !== key));
  return { ...node, attributes };
}

/** Where the export will differ from the files: renamed documents, rewritten URLs, orphans. */
export function warnAboutExport(
  flow: Flow,
  documents: readonly ReadDocument[],
  main: number,
  firstNodeOf: ReadonlyMap<number, string>,
  links: readonly Link[],
  warnings: WarningList,
): void {
  const graph = analyzeFlow(flow);
  const { fileOf } = planDocuments(flow, undefined, graph);
  const mainDocument = documents[main]!;
  if (documents.length > 1 && mainDocument.name !== MAIN_FILE) {
    warnings.add({
      message: `${mainDocument.name} is where the call starts, so it is exported as ${MAIN_FILE}.`,
      fileName: mainDocument.fileName,
    });
  }
  documents.forEach((document, index) => {
    const first = firstNodeOf.get(index);
    if (index === main || !first) return;
    if (!graph.isReachable(first)) {
      warnings.add({
        message: `Nothing leads to ${document.name} from the main document. Its verbs are imported unconnected, and are not exported until you connect them.`,
        fileName: document.fileName,
        nodeId: first,
      });
      return;
    }
    const exported = fileOf(first);
    if (exported && exported !== document.name) {
      warnings.add({
        message: `${document.name} is exported as ${exported}.`,
        fileName: document.fileName,
        nodeId: first,
      });
    }
  });
  for (const link of links) {
    const file = fileOf(link.target);
    if (!graph.isReachable(link.nodeId) || !file) continue;
    const url = documentUrl(flow.baseUrl, file);
    if (url !== link.value.trim()) {
      const field = link.key === 'text' ? 'URL' : link.key;
      warnings.add({
        message: `<${link.element}> ${field} “${link.value.trim()}” is exported as “${url}”: connections are written as the document's file name under one base URL${splitUrl(link.value).rest ? ', without a query string' : ''}.`,
        nodeId: link.nodeId,
      });
    }
  }
}
