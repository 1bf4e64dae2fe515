/**
 * Start-up when the designer is served by an RCML Studio server and the user is signed in: the
 * flow to open comes from the team's library (the one named in the address, else the newest),
 * and each save goes to the browser first and to the server a moment later. When the server
 * cannot be reached, the browser's copy opens and is sent once it answers.
 */
import { createFlow, randomId } from '../../model/flow';
import type { Flow } from '../../schema/flow';
import { storageClipboard } from '../../persist/clipboard';
import { browserStorage, FlowLibrary, type KeyValueStore } from '../../persist/library';
import { createDesignerStore, type AppStore } from '../../store/appStore';
import { loadValidation } from '../loadValidation';
import { isUnreachable, type Person, type StudioApi } from '../../team/api';
import { OFFLINE_MESSAGE, readSyncRecord, ServerSync } from '../../team/serverSync';
import { AUTOSAVE_DELAY_MS, Autosave } from '../autosave';
import { flowIdFromAddress, followInPage } from '../boot';
import type { Persistence } from '../persistence';
import '../../styles/account.css';

/** Where start-up found the flow it opens. */
interface TeamStart {
  readonly flow: Flow;
  /** The server revision it is (or is based on); null: not on the server yet. */
  readonly revision: number | null;
  /** It is the server's copy as it stands (else: this browser's, to be sent). */
  readonly fromServer: boolean;
  readonly offline?: boolean;
}

export async function bootTeam(
  api: StudioApi,
  user: Person,
): Promise<{ store: AppStore; persistence: Persistence }> {
  const storage = browserStorage();
  const library = new FlowLibrary(storage, randomId());
  const requested = flowIdFromAddress(location.hash) ?? library.lastOpened ?? undefined;
  const start = await chooseTeamStart(api, library, storage, requested);
  const readOnly = user.role === 'viewer';

  const localRevision = start.fromServer
    ? writeLocalCopy(library, start.flow)
    : (library.load(start.flow.id)?.revision ?? null);
  const store = createDesignerStore(
    start.flow,
    { afterPaint: loadValidation },
    {
      clipboard: storageClipboard(storage),
      checking: 'afterPaint',
      readOnly,
    },
  );
  const sync = readOnly ? undefined : new ServerSync(api, store, storage);
  if (start.fromServer && start.revision !== null) sync?.opened(start.flow, start.revision);
  const autosave = new Autosave(store, library, localRevision, AUTOSAVE_DELAY_MS, sync);
  // A browser copy with changes the server has not got is sent now.
  if (!start.fromServer && localRevision !== null) sync?.push(start.flow);
  if (start.offline && readOnly) {
    store.getState().setSaveState({ kind: 'offline', message: OFFLINE_MESSAGE });
  }

  followInPage(store, autosave);
  followLiveVersion(store, api);
  addEventListener('online', () => sync?.retryNow());
  return { store, persistence: { library, autosave, team: { api, user, sync } } };
}

/**
 * The flow named in the address (this browser's copy when it holds unsent changes, else the
 * server's), else the team's newest, else a new one. Without the server: this browser's copy.
 */
async function chooseTeamStart(
  api: StudioApi,
  library: FlowLibrary,
  storage: KeyValueStore | null,
  requested: string | undefined,
): Promise<TeamStart> {
  const local = requested ? library.load(requested) : undefined;
  const record = requested ? readSyncRecord(storage, requested) : undefined;
  if (local && record?.unsent) {
    return { flow: local.flow, revision: record.revision, fromServer: false };
  }
  if (requested) {
    const found = await api.flow(requested);
    if (found.ok) {
      return { flow: found.value.flow, revision: found.value.summary.revision, fromServer: true };
    }
    if (isUnreachable(found)) {
      const flow = local?.flow ?? createFlow();
      return { flow, revision: record?.revision ?? null, fromServer: false, offline: true };
    }
  }
  const list = await api.flows();
  const newest = list.ok ? list.value.flows[0] : undefined;
  if (newest) {
    const found = await api.flow(newest.id);
    if (found.ok) {
      return { flow: found.value.flow, revision: found.value.summary.revision, fromServer: true };
    }
  }
  return { flow: createFlow(), revision: null, fromServer: false, offline: isUnreachable(list) };
}

/** Makes this browser's copy of a flow the server's; its local revision (null: not written). */
export function writeLocalCopy(library: FlowLibrary, flow: Flow): number | null {
  const saved = library.save(flow, library.load(flow.id)?.revision ?? null);
  return saved.ok ? saved.revision : null;
}

/**
 * Which version of the open flow answers calls, for the incoming call's face and the Publish
 * and Versions buttons: asked at start and whenever another flow opens (whose calls are not
 * this one's, so the counts on show go).
 */
function followLiveVersion(store: AppStore, api: StudioApi): void {
  const ask = (flowId: string) =>
    void api.versions(flowId).then((result) => {
      if (store.getState().flow.id !== flowId) return; // another flow opened meanwhile
      // A flow the server does not hold yet has no version either.
      store.getState().setLiveVersion(result.ok ? result.value.live : null);
    });
  ask(store.getState().flow.id);
  store.subscribe((state, previous) => {
    if (state.flow.id === previous.flow.id) return;
    state.setCallOverlay(null);
    ask(state.flow.id);
  });
}
