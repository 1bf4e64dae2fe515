/**
 * One document's verbs to nodes: a `next` chain in document order, laid out as a column.
 * Edges are built as data: verbs after a terminal verb (Reject, Hangup, Redirect) never run, and
 * the model's `connect` would refuse to attach them, but they are kept in place so that nothing
 * of the document is lost and it exports as it was.
 */
import { getVerb } from '../../verbs';
import { shortened } from '../../verbs/summaries';
import { edgeId } from '../../model/operations';
import { NEXT_OUTLET, UNKNOWN_VERB, type FlowEdge, type FlowNode } from '../../schema/flow';
import { convertVerb, verbOf, type ElementContext } from './elements';
import type { SourceDocument } from './read';

/** Layout: documents side by side, verbs in a column (the canvas may lay them out again). */
export const COLUMN_WIDTH = 320;
export const ROW_HEIGHT = 130;

/** Readable ids, `say-1`, `say-2`, as the model's nextNodeId gives them, without its search. */
export class IdAllocator {
  private readonly counts = new Map<string, number>();

  next(verb: string): string {
    const n = (this.counts.get(verb) ?? 0) + 1;
    this.counts.set(verb, n);
    return `${verb}-${n}`;
  }
}

export interface BuiltDocument {
  readonly nodes: FlowNode[];
  /** The `next` edges between the document's verbs. */
  readonly edges: FlowEdge[];
}

export function buildDocument(
  document: SourceDocument,
  options: { column: number; label?: string; ids: IdAllocator; context: ElementContext },
): BuiltDocument {
  const { column, label, ids, context } = options;
  const { root } = document;
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];

  root.children.forEach((element, index) => {
    const id = ids.next(verbOf(element)?.id ?? UNKNOWN_VERB);
    const { verb, attributes, text, children, raw } = convertVerb(element, id, context);
    // Optional fields are set only when present (no spreads: a large document has many nodes).
    const node: { -readonly [K in keyof FlowNode]: FlowNode[K] } = {
      id,
      kind: verb,
      attributes,
      position: { x: column * COLUMN_WIDTH, y: (index + 1) * ROW_HEIGHT },
    };
    if (index === 0 && label) node.label = label;
    if (text !== undefined) node.text = text;
    if (children) node.children = children;
    if (raw) node.raw = raw;
    nodes.push(node);
    const previous = nodes.at(-2);
    if (previous) {
      edges.push({
        id: edgeId(previous.id, NEXT_OUTLET),
        source: previous.id,
        outlet: NEXT_OUTLET,
        target: id,
      });
    }
  });

  warnAboutDocument(document, nodes, context);
  return { nodes, edges };
}

function warnAboutDocument(
  document: SourceDocument,
  nodes: readonly FlowNode[],
  context: ElementContext,
): void {
  const { root, dropped } = document;
  const elements = root.children;

  const terminal = nodes.findIndex((node) => getVerb(node.kind).terminal);
  if (terminal >= 0 && terminal < nodes.length - 1) {
    const end = `<${elements[terminal]!.name}>`;
    const count = nodes.length - terminal - 1;
    const what = count === 1 ? 'The verb after' : `The ${count} verbs after`;
    context.warn(
      `${what} ${end} never ${count === 1 ? 'runs' : 'run'}: nothing after ${end} runs in the same document. ${count === 1 ? 'It is' : 'They are'} kept so that nothing is lost.`,
      elements[terminal + 1]!,
      nodes[terminal + 1]!.id,
    );
  }
  if (elements.length === 0) {
    context.warn('The document has no verbs: <Response> is empty.', root);
  }
  if (root.text.trim() !== '') {
    context.warn(
      `Text directly inside <Response> (“${shortened(root.text)}”) belongs to no verb; it is left out.`,
      root,
    );
  }
  if (root.attributes.length > 0) {
    const names = root.attributes.map(([name]) => name).join(', ');
    context.warn(
      `Attributes of <Response> (${names}) mean nothing to RCML; they are left out.`,
      root,
    );
  }
  const first = dropped[0];
  if (first) {
    const count = dropped.length;
    context.warn(
      `${count === 1 ? 'A comment or processing instruction is' : `${count} comments or processing instructions are`} left out: a flow does not keep them.`,
      first,
    );
  }
}
