/**
 * Derived values, read from the store's own FlowDerived (`s.derived`), which keeps them per flow
 * object and carries what an edit leaves unchanged over from one flow to the next, so selecting
 * is cheap. A selector only reads: nothing here changes what another reader sees.
 */
import type { Problem } from '../validate';
import type { FlowNode } from '../schema/flow';
import type { RcmlDocument } from '../xml/serialize';
import type { AppState } from './types';

/** The flow's node of that id, through the graph's index (selectors run on every change). */
export const selectFlowNode = (s: AppState, nodeId: string): FlowNode | undefined =>
  s.derived.analysis.graph(s.flow).node(nodeId);

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
export const selectProblems = (s: AppState) => s.derived.validation.problems(s.flow);

/** Problems on show: those of `checkedFlow`, which follows the flow just after each paint. */
export const selectShownProblems = (s: AppState) => s.derived.validation.problems(s.checkedFlow);

/**
 * Problems on show for one node (of `checkedFlow`), stable while they read the same: worked out
 * by the store once per flow checked (FlowDerived.follow), only read here.
 */
export const selectNodeProblems = (s: AppState, nodeId: string): readonly Problem[] =>
  s.derived.nodeProblems(nodeId);
