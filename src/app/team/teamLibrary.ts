/**
 * The team's library as the user works with it, when signed in to an RCML Studio server: open,
 * create, rename, duplicate, delete and restore flows on the server, move this browser's own
 * flows in, and answer a conflict. Each operation says in words what went wrong, and changes
 * nothing then; the open flow is always saved in the browser first.
 */
import { createFlow, newFlowId } from '../../model/flow';
import type { Flow } from '../../schema/flow';
import type { FlowSummary } from '../../persist/library';
import type { AppState } from '../../store/types';
import type { FlowSummaryOnServer } from '../../team/api';
import type { LibraryOutcome } from '../actions/flowLibrary';
import { openedNotice, openFlowFile } from '../flowFiles';
import type { Persistence, TeamPersistence } from '../persistence';
import { writeLocalCopy } from './teamBoot';

const DONE: LibraryOutcome = { ok: true };

type Team = Persistence & { readonly team: TeamPersistence };

export function isTeam(persistence: Persistence): persistence is Team {
  return persistence.team !== undefined;
}

/** Opens a flow as the server holds it: this browser's copy becomes the server's. */
export function openServerFlow(persistence: Team, flow: Flow, revision: number): void {
  const { autosave, library, team } = persistence;
  autosave.flush(); // the flow on screen is saved (in the browser, at least) before it goes
  team.sync?.opened(flow, revision);
  autosave.open(flow, writeLocalCopy(library, flow));
}

export async function openTeamFlow(
  persistence: Team,
  summary: Pick<FlowSummaryOnServer, 'id' | 'name'>,
): Promise<LibraryOutcome> {
  // Changes made here that the server has not got yet open as they are, and are sent.
  const record = persistence.team.sync?.record(summary.id);
  const local = record?.unsent ? persistence.library.load(summary.id) : undefined;
  if (local) {
    persistence.autosave.open(local.flow, local.revision);
    persistence.team.sync?.push(local.flow);
    return DONE;
  }
  const result = await persistence.team.api.flow(summary.id);
  if (!result.ok)
    return { ok: false, message: `“${summary.name}” could not be opened. ${result.message}` };
  openServerFlow(persistence, result.value.flow, result.value.summary.revision);
  return DONE;
}

export async function renameTeamFlow(
  persistence: Team,
  state: Pick<AppState, 'flow' | 'renameFlow'>,
  summary: FlowSummaryOnServer,
  name: string,
): Promise<LibraryOutcome> {
  const newName = name.trim();
  if (!newName || newName === summary.name) return DONE;
  if (summary.id === state.flow.id) {
    state.renameFlow(newName); // saved and sent as any other edit of the open flow
    persistence.autosave.flush();
    return DONE;
  }
  const result = await persistence.team.api.renameFlow(summary.id, newName);
  return result.ok
    ? DONE
    : { ok: false, message: `Could not rename “${summary.name}”: ${result.message}` };
}

export async function duplicateTeamFlow(
  persistence: Team,
  summary: FlowSummaryOnServer,
): Promise<LibraryOutcome> {
  const result = await persistence.team.api.duplicateFlow(summary.id);
  return result.ok
    ? DONE
    : { ok: false, message: `Could not duplicate “${summary.name}”: ${result.message}` };
}

/** Moves a flow to Recently deleted; deleting the open flow opens the team's newest other one. */
export async function deleteTeamFlow(
  persistence: Team,
  state: Pick<AppState, 'flow' | 'notify'>,
  summary: FlowSummaryOnServer,
): Promise<LibraryOutcome> {
  const { api, sync } = persistence.team;
  const result = await api.deleteFlow(summary.id);
  if (!result.ok)
    return { ok: false, message: `Could not delete “${summary.name}”: ${result.message}` };
  sync?.forget(summary.id);
  if (summary.id === state.flow.id) {
    const list = await api.flows();
    const next = list.ok ? list.value.flows.find((flow) => flow.id !== summary.id) : undefined;
    const opened = next ? await openTeamFlow(persistence, next) : undefined;
    if (!opened?.ok) persistence.autosave.open(createFlow(), null);
  }
  state.notify(`Deleted “${summary.name}”. Restore it from Recently deleted within 30 days.`);
  return DONE;
}

export async function restoreTeamFlow(
  persistence: Team,
  summary: FlowSummaryOnServer,
): Promise<LibraryOutcome> {
  const result = await persistence.team.api.restoreFlow(summary.id);
  return result.ok
    ? DONE
    : { ok: false, message: `Could not restore “${summary.name}”: ${result.message}` };
}

/** Opens a flow file as a new flow of the team's (never over one of the same id). */
export async function openTeamFlowFile(
  persistence: Team,
  state: Pick<AppState, 'notify'>,
  file: File,
): Promise<LibraryOutcome> {
  const result = await openFlowFile(file);
  if (!result.ok) return { ok: false, message: `${file.name}: ${result.error}` };
  const flow = { ...result.flow, id: newFlowId() };
  persistence.autosave.open(flow, null);
  const notice = openedNotice(flow.name, result);
  state.notify(notice.text, notice.tone);
  return DONE;
}

/**
 * This browser's own flows (not copies of the team's): what "moving in" offers to upload. None
 * for a viewer, who cannot add flows.
 */
export function browserOnlyFlows(persistence: Team): FlowSummary[] {
  const { sync } = persistence.team;
  if (!sync) return [];
  return persistence.library.list().filter((flow) => !sync.isKnown(flow.id));
}

/**
 * Uploads this browser's own flows to the team's library, each as it is stored here (an id the
 * server already has gets a new one). Says how many went, and which could not.
 */
export async function moveInBrowserFlows(
  persistence: Team,
  flows: readonly FlowSummary[],
): Promise<{ moved: number; failed: string[] }> {
  const { library, team } = persistence;
  let moved = 0;
  const failed: string[] = [];
  for (const summary of flows) {
    const stored = library.load(summary.id);
    if (!stored) {
      failed.push(summary.name);
      continue;
    }
    let result = await team.api.createFlow(stored.flow);
    let flow = stored.flow;
    if (!result.ok && result.status === 409) {
      flow = { ...stored.flow, id: newFlowId() };
      result = await team.api.createFlow(flow);
    }
    if (!result.ok) {
      failed.push(summary.name);
      continue;
    }
    // The browser's copy is now the server's: it is known, and not offered again.
    if (flow.id === stored.flow.id) team.sync?.opened(flow, result.value.summary.revision);
    else library.remove(stored.flow.id);
    moved += 1;
  }
  return { moved, failed };
}

/** Conflict answer: the version someone else saved on the server replaces this one here. */
export function loadTheirs(persistence: Team, state: AppState): void {
  if (state.saveState.kind !== 'server-conflict') return;
  const { theirs } = state.saveState;
  openServerFlow(persistence, theirs.flow, theirs.revision);
}

/** Conflict answer: this version becomes a new flow of the team's; theirs stays as it is. */
export function keepMineAsCopy(persistence: Team, state: AppState): void {
  const { autosave, team } = persistence;
  autosave.flush();
  team.sync?.forget(state.flow.id);
  state.setSaveState({ kind: 'pending' });
  autosave.keepMineAsCopy();
}
