/**
 * The changes to a stored flow since its stored copy was written (the journal), and reading a
 * flow as its stored copy with those changes applied. Writing a flow of thousands of verbs takes
 * tens of milliseconds on the main thread; writing what changed since its copy takes well under
 * one, so saves while someone types write the journal, and the copy is rewritten in a pause.
 *
 * A journal is written against one revision of the copy (`base`). One that cannot be read, or
 * that is newer than the copy but was written against another one, holds work that would be lost
 * by reading the copy alone: the flow is then reported as damaged, like a copy that cannot be
 * read, and kept as it is. A journal no newer than the copy was taken in by it (a whole save or
 * a rewrite of the copy writes the copy first, then removes the journal) and is passed over.
 */
import type { Flow } from '../schema/flow';
import { isRecord, restoreFlow } from './flowFile';
import { applyFlowPatch, readFlowPatch, sameValue, type FlowPatch } from './flowPatch';
import { unrestoredDamage, type FlowDamage, type ReadStoredResult } from './storedRecords';

export interface FlowJournal {
  /** The revision of the stored copy the patch applies to. */
  readonly base: number;
  /** The revision, time and tab of the save that wrote the journal. */
  readonly revision: number;
  readonly savedAt: number;
  readonly savedBy: string;
  /** From the stored copy's flow to the flow saved. */
  readonly patch: FlowPatch;
}

const UNREADABLE: FlowDamage = {
  kind: 'damaged',
  message: 'Its latest changes, stored apart from the rest of it, cannot be read.',
};

const MISMATCHED: FlowDamage = {
  kind: 'damaged',
  message:
    'Its latest changes, stored apart from the rest of it, were made to another version of it.',
};

/** The journal stored as `text`, or undefined when it is not one. */
export function readJournal(text: string): FlowJournal | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const { base, revision, savedAt, savedBy } = value;
  const patch = readFlowPatch(value.patch);
  const counts = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n);
  return patch &&
    counts(base) &&
    counts(revision) &&
    typeof savedAt === 'number' &&
    Number.isFinite(savedAt) &&
    typeof savedBy === 'string'
    ? { base, revision, savedAt, savedBy, patch }
    : undefined;
}

/**
 * Whether a journal can be stored over without losing anything: there is none, or it is
 * readable and belongs to the stored copy of revision `snapshot` (when that is known).
 */
export function journalDamage(
  text: string | null,
  snapshot: number | undefined,
): FlowDamage | undefined {
  if (text === null) return undefined;
  const journal = readJournal(text);
  if (!journal) return UNREADABLE;
  if (snapshot === undefined || journal.base === snapshot || journal.revision <= snapshot) {
    return undefined;
  }
  return MISMATCHED;
}

/**
 * The stored flow as its last save left it: the copy with the journal applied. A journal no newer
 * than the copy is already in it (the copy was written and the journal not yet removed).
 */
export function withJournal(
  id: string,
  copy: ReadStoredResult,
  text: string | null,
): ReadStoredResult {
  if (!copy.ok || text === null) return copy;
  const journal = readJournal(text);
  if (!journal) return { ok: false, damage: UNREADABLE };
  if (journal.revision <= copy.stored.revision) return copy;
  if (journal.base !== copy.stored.revision) return { ok: false, damage: MISMATCHED };
  const patched = applyFlowPatch(copy.stored.flow, journal.patch);
  // The patched flow is read as any stored flow is: a patch can only make a flow it could be.
  const restored = restoreFlow(patched);
  if (!restored.ok) return { ok: false, damage: unrestoredDamage(patched, restored.error) };
  const repairs = [...(copy.stored.repairs ?? []), ...(restored.repairs ?? [])];
  const flow = keepUnchanged(copy.stored.flow, { ...restored.flow, id });
  return {
    ok: true,
    stored: {
      revision: journal.revision,
      savedAt: journal.savedAt,
      savedBy: journal.savedBy,
      flow,
      ...(repairs.length > 0 ? { repairs } : {}),
    },
  };
}

/**
 * `flow` with the nodes and edges that equal the copy's taken from the copy, so that the next
 * save finds what changed by identity instead of comparing every node by value.
 */
function keepUnchanged(copy: Flow, flow: Flow): Flow {
  const nodes = new Map(copy.nodes.map((node) => [node.id, node]));
  const edges = new Map(copy.edges.map((edge) => [edge.id, edge]));
  return {
    ...flow,
    nodes: flow.nodes.map((node) => same(nodes.get(node.id), node)),
    edges: flow.edges.map((edge) => same(edges.get(edge.id), edge)),
  };
}

function same<T>(old: T | undefined, value: T): T {
  return old !== undefined && sameValue(old, value) ? old : value;
}
