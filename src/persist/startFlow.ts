/**
 * Which stored flow start-up opens: the one named in the address, else the last one opened.
 * One that cannot be read is left where it is and the user is told, in words, what happened;
 * start-up then goes on to the next choice, or a new flow.
 */
import type { FlowLibrary, StoredFlow } from './library';
import { summarizeRepairs } from './repair';
import { summarizeUnreadable } from './storedRecords';

export interface StartFlow {
  /** The flow to open; undefined: open a new one. */
  readonly stored?: StoredFlow;
  /** What the user must be told: a flow that was asked for could not be opened. */
  readonly problem?: string;
}

export function chooseStartFlow(library: FlowLibrary, requested: string | undefined): StartFlow {
  const candidates = [...new Set([requested, library.lastOpened])].filter(
    (id): id is string => !!id,
  );
  let problem: string | undefined;
  for (const id of candidates) {
    const result = library.read(id);
    if (result?.ok) return { stored: result.stored, problem: withRepairs(problem, result.stored) };
    if (result && !problem) {
      const name =
        library.list().find((s) => s.id === id)?.name ??
        summarizeUnreadable(id, library.rawText(id) ?? '').name;
      problem = `The flow “${name}” could not be opened. ${result.damage.message} It is still stored: open Flows to download or delete it.`;
    }
  }
  return { problem: problem && `${problem} A new flow was opened instead.` };
}

/** A stored flow that needed repairs opens, and start-up says what they were. */
function withRepairs(problem: string | undefined, stored: StoredFlow): string | undefined {
  if (!stored.repairs?.length) return problem;
  const repaired = `Opened “${stored.flow.name}”. ${summarizeRepairs(stored.repairs)}`;
  return problem ? `${problem} ${repaired}` : repaired;
}
