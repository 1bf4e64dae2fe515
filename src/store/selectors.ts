/**
 * Derived values; each is memoised per flow object, and the store's own StoreDerived carries
 * what an edit leaves unchanged over from one flow to the next, so selecting is cheap.
 */
import { problemsByNode, validateFlow, type Problem } from '../validate';
import type { RcmlDocument } from '../xml/serialize';
import type { AppState } from './types';

export const selectDocuments = (s: AppState) => s.derived.serializer.serialize(s.flow);

/** The flow's documents and decisions, as planned for the preview and the download. */
export const selectPlan = (s: AppState) => s.derived.serializer.analysis.plan(s.flow);

/**
 * The document the preview shows: the one chosen, or the first when that one is gone. A flow
 * that goes straight into a decision with nothing connected has none: an empty text then.
 */
export const selectActiveDocument = (s: AppState): RcmlDocument => {
  const documents = selectDocuments(s);
  return documents.find((d) => d.fileName === s.previewFile) ?? documents[0] ?? NO_DOCUMENT;
};

const NO_DOCUMENT: RcmlDocument = { fileName: '', xml: '' };
/** Problems of the flow as it is now (export checks these). */
export const selectProblems = (s: AppState) => validateFlow(s.flow);

/** Problems on show: those of `checkedFlow`, which follows the flow just after each paint. */
export const selectShownProblems = (s: AppState) => validateFlow(s.checkedFlow);

const byNodeCache = new WeakMap<readonly Problem[], ReadonlyMap<string, Problem[]>>();

/** Problems on show for one node (of `checkedFlow`), stable while they read the same. */
export function selectNodeProblems(s: AppState, nodeId: string): readonly Problem[] {
  const problems = validateFlow(s.checkedFlow);
  let byNode = byNodeCache.get(problems);
  if (!byNode) byNodeCache.set(problems, (byNode = problemsByNode(problems)));
  const list = byNode.get(nodeId);
  if (!list) return NONE;
  // Work out the stable list once per validation, not on every store update.
  let resolved = resolvedLists.get(byNode);
  if (!resolved) resolvedLists.set(byNode, (resolved = new Map()));
  const known = resolved.get(nodeId);
  if (known) return known;
  const signature = list.map((p) => `${p.key}\u0000${p.message}`).join('\u0001');
  const { stableLists } = s.derived;
  const previous = stableLists.get(nodeId);
  const stable = previous?.signature === signature ? previous.list : list;
  stableLists.set(nodeId, { signature, list: stable });
  resolved.set(nodeId, stable);
  return stable;
}

const resolvedLists = new WeakMap<
  ReadonlyMap<string, Problem[]>,
  Map<string, readonly Problem[]>
>();
const NONE: readonly Problem[] = [];
