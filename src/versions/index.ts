/**
 * Comparing versions of a flow: what changed in plain words (moves apart) and the exact XML,
 * line by line. Framework-free: the Versions dialog, the server and the tests read it alike.
 */
export {
  describeChanges,
  listChanges,
  type FlowChange,
  type FlowChangeList,
  type FlowChanges,
} from './changes';
export { compareVersions, type ComparedVersion, type VersionComparison } from './compare';
export {
  diffDocuments,
  type DiffEntry,
  type DiffLine,
  type DiffOptions,
  type DocumentDiff,
  type DocumentStatus,
  type DocumentText,
  type LineKind,
  type SkippedLines,
} from './documentDiff';
