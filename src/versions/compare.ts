/**
 * Compare two versions of a flow (or the draft with the live version): the changes in plain
 * words above, the documents' line diff below. A published version keeps the exact bytes it
 * serves, and those are what is compared; a draft's are written from its flow.
 */
import type { Flow } from '../schema/flow';
import { serializeFlow } from '../xml/serialize';
import { listChanges, type FlowChange } from './changes';
import {
  diffDocuments,
  type DiffOptions,
  type DocumentDiff,
  type DocumentText,
} from './documentDiff';

export interface ComparedVersion {
  readonly flow: Flow;
  /** The documents as published; written from `flow` when absent (a draft). */
  readonly documents?: readonly DocumentText[];
}

export interface VersionComparison {
  readonly changes: readonly FlowChange[];
  readonly moves: readonly FlowChange[];
  readonly documents: readonly DocumentDiff[];
}

export function compareVersions(
  before: ComparedVersion,
  after: ComparedVersion,
  options: DiffOptions = {},
): VersionComparison {
  const documentsOf = (version: ComparedVersion) =>
    version.documents ?? serializeFlow(version.flow);
  return {
    ...listChanges(before.flow, after.flow),
    documents: diffDocuments(documentsOf(before), documentsOf(after), options),
  };
}
