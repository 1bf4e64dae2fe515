/**
 * The flow library's operations as the user sees them: create, open, rename, duplicate, delete,
 * restore, and flow files. The Flows dialog and the actions call these; each says in words what
 * went wrong instead of throwing, and changes nothing then.
 */
import { createFlow, newFlowId } from '../../model/flow';
import type { Flow } from '../../schema/flow';
import type { FlowSummary, StoredFlow } from '../../persist/library';
import type { AppState } from '../../store/types';
import { openedNotice, openFlowFile } from '../flowFiles';
import type { Persistence } from '../persistence';

export type LibraryOutcome =
  { readonly ok: true } | { readonly ok: false; readonly message: string };

const DONE: LibraryOutcome = { ok: true };

type Notify = Pick<AppState, 'notify'>;

/** Opens a flow in the editor: the open flow is saved first, and history starts again. */
function openInEditor({ autosave }: Persistence, flow: Flow, revision: number | null): void {
  autosave.open(flow, revision);
}

export function createNamedFlow(persistence: Persistence, name: string): Flow {
  const flow = createFlow({ name: name.trim() || undefined });
  openInEditor(persistence, flow, null);
  return flow;
}

/** The stored flow, or why it cannot be read. */
function readStored(
  { library }: Persistence,
  summary: FlowSummary,
): { ok: true; stored: StoredFlow } | { ok: false; message: string } {
  const result = library.read(summary.id);
  if (result?.ok) return { ok: true, stored: result.stored };
  return {
    ok: false,
    message: `“${summary.name}” could not be opened. ${result ? result.damage.message : 'It is no longer stored in this browser.'}`,
  };
}

export function openStoredFlow(
  persistence: Persistence,
  state: Notify,
  summary: FlowSummary,
): LibraryOutcome {
  const read = readStored(persistence, summary);
  if (!read.ok) return read;
  const { flow, revision, repairs } = read.stored;
  openInEditor(persistence, flow, revision);
  if (repairs) {
    const notice = openedNotice(flow.name, { ok: true, flow, repairs });
    state.notify(notice.text, notice.tone);
  }
  return DONE;
}

export function renameStoredFlow(
  persistence: Persistence,
  state: Pick<AppState, 'flow' | 'renameFlow'>,
  summary: FlowSummary,
  name: string,
): LibraryOutcome {
  const newName = name.trim();
  if (!newName || newName === summary.name) return DONE;
  if (summary.id === state.flow.id) {
    state.renameFlow(newName);
    persistence.autosave.flush(); // the list reads the library: the new name must be in it
    return DONE;
  }
  const read = readStored(persistence, summary);
  if (!read.ok) return read;
  persistence.library.save({ ...read.stored.flow, name: newName }, read.stored.revision);
  return DONE;
}

export function duplicateStoredFlow(
  persistence: Persistence,
  summary: FlowSummary,
): LibraryOutcome {
  const read = readStored(persistence, summary);
  if (!read.ok) return read;
  const { flow } = read.stored;
  persistence.library.save({ ...flow, id: newFlowId(), name: `${flow.name} (copy)` }, null);
  return DONE;
}

/** Moves a flow to Recently deleted; deleting the open flow opens the next one (or a new one). */
export function deleteStoredFlow(
  persistence: Persistence,
  state: Pick<AppState, 'flow' | 'notify'>,
  summary: FlowSummary,
): LibraryOutcome {
  const { library } = persistence;
  const removed = library.remove(summary.id);
  if (!removed.ok)
    return { ok: false, message: `Could not delete “${summary.name}”: ${removed.message}` };
  if (summary.id === state.flow.id) {
    const next = library
      .list()
      .map((entry) => library.load(entry.id))
      .find((stored) => stored !== undefined);
    if (next) openInEditor(persistence, next.flow, next.revision);
    else openInEditor(persistence, createFlow(), null);
  }
  state.notify(`Deleted “${summary.name}”. Restore it from Recently deleted.`);
  return DONE;
}

export function restoreDeletedFlow(
  persistence: Persistence,
  deleted: { summary: FlowSummary },
): LibraryOutcome {
  const restored = persistence.library.restore(deleted.summary.id);
  if (restored.ok) return DONE;
  return { ok: false, message: `Could not restore “${deleted.summary.name}”: ${restored.message}` };
}

/** Opens a flow file; a backup of a flow still stored here gets its own id, never overwriting it. */
export async function openFlowFromFile(
  persistence: Persistence,
  state: Notify,
  file: File,
): Promise<LibraryOutcome> {
  const result = await openFlowFile(file);
  if (!result.ok) return { ok: false, message: `${file.name}: ${result.error}` };
  const flow = persistence.library.has(result.flow.id)
    ? { ...result.flow, id: newFlowId() }
    : result.flow;
  openInEditor(persistence, flow, null);
  const notice = openedNotice(flow.name, result);
  state.notify(notice.text, notice.tone);
  return DONE;
}
