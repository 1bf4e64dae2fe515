/**
 * An edit made in the XML view, applied to the flow: every document is read back together
 * (the edited one with its new text), and what the XML cannot say is carried over from the flow
 * as it was: node positions and labels (by id and verb), the flow's id, name and base URL.
 * An edit that makes more verbs than RCML Studio opens is refused with the limit's message.
 */
import { overVerbLimit } from '../model/limits';
import type { Flow } from '../schema/flow';
import type { RcmlDocument } from '../xml/serialize';
import { parseRcmlFiles, type ImportError, type ImportWarning } from '../xml/parse';

export type XmlEditResult =
  | { readonly ok: true; readonly flow: Flow; readonly warnings: readonly ImportWarning[] }
  | { readonly ok: false; readonly error: ImportError };

export function applyXmlEdit(
  current: Flow,
  documents: readonly RcmlDocument[],
  fileName: string,
  text: string,
): XmlEditResult {
  const files = documents.map((d) => ({
    name: d.fileName,
    text: d.fileName === fileName ? text : d.xml,
  }));
  const result = parseRcmlFiles(files, { dialect: current.dialect });
  if (!result.ok) return result;
  const tooBig = overVerbLimit(result.flow.nodes);
  if (tooBig) return { ok: false, error: { message: tooBig } };
  const before = new Map(current.nodes.map((n) => [n.id, n]));
  const nodes = result.flow.nodes.map((node) => {
    const old = before.get(node.id);
    if (!old || old.kind !== node.kind) return node;
    const kept = { ...node, position: old.position };
    return old.label === undefined ? kept : { ...kept, label: old.label };
  });
  return {
    ok: true,
    flow: { ...result.flow, id: current.id, name: current.name, baseUrl: current.baseUrl, nodes },
    warnings: result.warnings,
  };
}
