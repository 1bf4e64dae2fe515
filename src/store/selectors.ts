/** Derived values; each is memoised per flow object in its own module, so selecting is cheap. */
import { problemsByNode, validateFlow, type Problem } from '../validate';
import { serializeFlow, type RcmlDocument } from '../xml/serialize';
import type { AppState } from './types';

export const selectDocuments = (s: AppState) => serializeFlow(s.flow);

/** The document the preview shows: the one chosen, or main.xml when that one is gone. */
export const selectActiveDocument = (s: AppState): RcmlDocument => {
  const documents = serializeFlow(s.flow);
  return documents.find((d) => d.fileName === s.previewFile) ?? documents[0]!;
};
export const selectProblems = (s: AppState) => validateFlow(s.flow);

const byNodeCache = new WeakMap<readonly Problem[], ReadonlyMap<string, Problem[]>>();

export function selectNodeProblems(s: AppState, nodeId: string): readonly Problem[] {
  const problems = validateFlow(s.flow);
  let byNode = byNodeCache.get(problems);
  if (!byNode) byNodeCache.set(problems, (byNode = problemsByNode(problems)));
  return byNode.get(nodeId) ?? NONE;
}

const NONE: readonly Problem[] = [];
