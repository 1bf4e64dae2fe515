/**
 * The designer's saves to the team's server, against the real server app on a real SQLite file
 * (in this process: each "browser" is a StudioApi with its own cookie jar). A "down" server is
 * a fetch that fails as a browser's does when nothing answers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlow } from '../model/flow';
import { generateFlow } from '../test/generateFlow';
import { addNode, renameFlow, updateNode } from '../model/operations';
import type { Flow } from '../schema/flow';
import { createStudioApp } from '../studio/app';
import { issueSetupCode } from '../studio/services/setup';
import { openStorage, type StudioStorage } from '../studio/storage';
import { createAppStore, type AppStore } from '../store/createAppStore';
import { memoryStorage } from '../test/storage';
import { StudioApi, type Role } from './api';
import { OFFLINE_MESSAGE, ServerSync } from './serverSync';

const ORIGIN = 'http://studio.test';

type App = ReturnType<typeof createStudioApp>;

/** A browser: its own cookies, its own Origin, and a switch to cut it off from the server. */
function browser(app: App) {
  let cookie = '';
  const state = { down: false };
  /** Every request sent: method, path and the size of its body. */
  const requests: { method: string; path: string; bytes: number }[] = [];
  const api = new StudioApi(async (input, init) => {
    if (state.down) throw new TypeError('Failed to fetch');
    const body = typeof init?.body === 'string' ? init.body : '';
    requests.push({ method: init?.method ?? 'GET', path: String(input), bytes: body.length });
    const headers = new Headers(init?.headers);
    headers.set('Origin', ORIGIN);
    if (cookie) headers.set('Cookie', cookie);
    const response = await app.request(`${ORIGIN}${input}`, { ...init, headers });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    return response;
  });
  return { api, state, requests };
}

/** Retries run when the test says, not on a timer. */
function manualTimers() {
  const due: (() => void)[] = [];
  return {
    setTimer: (run: () => void) => {
      due.push(run);
      return () => due.splice(due.indexOf(run), 1);
    },
    /** Runs the retries that are due, once one is (a failed send schedules it). */
    async runDue() {
      for (let i = 0; i < 200 && due.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      if (due.length === 0) throw new Error('no retry was scheduled');
      due.splice(0).forEach((run) => run());
    },
  };
}

/** Waits until the server sync says what it is waiting for. */
async function settled(store: AppStore, kind: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (store.getState().saveState.kind === kind) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`save state stayed ${store.getState().saveState.kind}, not ${kind}`);
}

function withSay(flow: Flow, text: string): Flow {
  const added = addNode(flow, 'say', { x: 0, y: 200 });
  return updateNode(added.flow, added.nodeId, { text });
}

describe('ServerSync against the RCML Studio server (SQLite)', () => {
  let folder: string;
  let storage: StudioStorage;
  let app: App;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rcml-sync-'));
    storage = openStorage({ dataDir: folder });
    await storage.migrate();
    app = createStudioApp({ storage, log: () => {} });
  });

  afterEach(async () => {
    await storage.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** The owner, set up with the code; then people invited with these roles. */
  async function team(...roles: Role[]) {
    const owner = browser(app);
    const code = await issueSetupCode({ storage, now: Date.now });
    const setUp = await owner.api.setUp({
      code: code!,
      name: 'Olive Owner',
      email: 'olive@example.com',
      password: 'correct horse battery',
    });
    expect(setUp.ok).toBe(true);
    const others = [];
    for (const [index, role] of roles.entries()) {
      const invitation = await owner.api.invite(role);
      if (!invitation.ok) throw new Error(invitation.message);
      const person = browser(app);
      const joined = await person.api.acceptInvitation(invitation.value.code, {
        name: `Person ${index}`,
        email: `person${index}@example.com`,
        password: 'another long password',
      });
      expect(joined.ok).toBe(true);
      others.push(person);
    }
    return { owner, others };
  }

  function syncFor(api: StudioApi, flow: Flow, timers = manualTimers()) {
    const store = createAppStore(flow);
    const sync = new ServerSync(api, store, memoryStorage(), { setTimer: timers.setTimer });
    return { store, sync, timers };
  }

  it('sends a new flow, then each change with the revision it was based on', async () => {
    const { owner } = await team();
    const flow = createFlow({ name: 'Front desk' });
    const { store, sync } = syncFor(owner.api, flow);

    sync.push(flow);
    await settled(store, 'saved');
    expect(sync.record(flow.id)).toEqual({ revision: 1, unsent: false });

    const edited = withSay(flow, 'Welcome');
    store.getState().loadFlow(edited);
    sync.push(edited);
    await settled(store, 'saved');
    const onServer = await owner.api.flow(flow.id);
    expect(onServer.ok && onServer.value.summary.revision).toBe(2);
    expect(onServer.ok && onServer.value.flow).toEqual(edited);
  });

  it('sends a change as what changed since the server copy it knows; the server holds it exactly', async () => {
    const { owner } = await team();
    const flow = { ...generateFlow({ verbs: 500, seed: 4 }), name: 'Big desk' };
    const local = memoryStorage();
    const store = createAppStore(flow);
    const sync = new ServerSync(owner.api, store, local, { setTimer: manualTimers().setTimer });
    sync.push(flow);
    await settled(store, 'saved');
    const whole = owner.requests.at(-1)!;
    expect(whole).toMatchObject({ method: 'POST', path: '/api/flows' });

    let edited = updateNode(flow, flow.nodes[250]!.id, { label: 'Changed' });
    for (const text of ['One', 'Two']) {
      edited = withSay(edited, text);
      store.getState().loadFlow(edited);
      sync.push(edited);
      await settled(store, 'saved');
      const sent = owner.requests.at(-1)!;
      expect(sent).toMatchObject({ method: 'PATCH', path: `/api/flows/${flow.id}/draft` });
      expect(sent.bytes).toBeLessThan(whole.bytes / 50);
    }
    const onServer = await owner.api.flow(flow.id);
    expect(onServer.ok && onServer.value.summary.revision).toBe(3);
    expect(onServer.ok && onServer.value.flow).toEqual(edited);

    // Another page (a reload) knows the revision but not the server's flow: it sends it whole.
    const again = new ServerSync(owner.api, store, local, { setTimer: manualTimers().setTimer });
    const later = renameFlow(edited, 'After reload');
    store.getState().loadFlow(later);
    again.push(later);
    await settled(store, 'saved');
    expect(owner.requests.at(-1)).toMatchObject({ method: 'PUT', path: `/api/flows/${flow.id}` });
    const reread = await owner.api.flow(flow.id);
    expect(reread.ok && reread.value.flow).toEqual(later);
  });

  it('does not send a flow the server already holds', async () => {
    const { owner } = await team();
    const flow = createFlow({ name: 'Front desk' });
    const { store, sync } = syncFor(owner.api, flow);
    sync.push(flow);
    await settled(store, 'saved');
    sync.push(flow);
    sync.push(flow);
    await settled(store, 'saved');
    const onServer = await owner.api.flow(flow.id);
    expect(onServer.ok && onServer.value.summary.revision).toBe(1);
  });

  it('a save based on an old revision is refused, and the user is shown whose version it is', async () => {
    const { owner, others } = await team('editor');
    const editor = others[0]!;
    const flow = createFlow({ name: 'Front desk' });
    const first = syncFor(owner.api, flow);
    first.sync.push(flow);
    await settled(first.store, 'saved');

    // The editor opens revision 1; the owner then saves revision 2.
    const opened = await editor.api.flow(flow.id);
    if (!opened.ok) throw new Error(opened.message);
    const second = syncFor(editor.api, opened.value.flow);
    second.sync.opened(opened.value.flow, opened.value.summary.revision);
    const owners = withSay(flow, 'Owner’s welcome');
    first.store.getState().loadFlow(owners);
    first.sync.push(owners);
    await settled(first.store, 'saved');

    const editors = withSay(opened.value.flow, 'Editor’s welcome');
    second.store.getState().loadFlow(editors);
    second.sync.push(editors);
    await settled(second.store, 'server-conflict');
    const state = second.store.getState().saveState;
    expect(state.kind === 'server-conflict' && state.theirs.savedByName).toBe('Olive Owner');
    expect(state.kind === 'server-conflict' && state.theirs.flow).toEqual(owners);
    // Nothing was overwritten, and nothing more is sent until the user chooses.
    second.sync.push(withSay(editors, 'Again'));
    const onServer = await owner.api.flow(flow.id);
    expect(onServer.ok && onServer.value.flow).toEqual(owners);
  });

  it('keeps changes while the server cannot be reached, and sends them when it answers', async () => {
    const { owner } = await team();
    const flow = createFlow({ name: 'Front desk' });
    const { store, sync, timers } = syncFor(owner.api, flow);
    sync.push(flow);
    await settled(store, 'saved');

    owner.state.down = true;
    const edited = withSay(flow, 'Said while offline');
    store.getState().loadFlow(edited);
    sync.push(edited);
    await settled(store, 'offline');
    expect(store.getState().saveState).toEqual({ kind: 'offline', message: OFFLINE_MESSAGE });
    expect(sync.record(flow.id)?.unsent).toBe(true);

    // A later edit while still down waits with the first, as one send.
    const later = withSay(edited, 'And more');
    store.getState().loadFlow(later);
    sync.push(later);
    await timers.runDue();
    await settled(store, 'offline');

    owner.state.down = false;
    await timers.runDue();
    await settled(store, 'saved');
    const onServer = await owner.api.flow(flow.id);
    expect(onServer.ok && onServer.value.flow).toEqual(later);
    expect(sync.record(flow.id)).toEqual({ revision: 2, unsent: false });
  });

  it('signed out on the server: the save is refused in words, kept as not sent, and nothing waits', async () => {
    const { owner } = await team();
    const flow = createFlow({ name: 'Front desk' });
    const { store, sync } = syncFor(owner.api, flow);
    sync.push(flow);
    await settled(store, 'saved');
    expect((await owner.api.signOut()).ok).toBe(true);

    const edited = withSay(flow, 'Typed after signing out');
    store.getState().loadFlow(edited);
    sync.push(edited);
    await settled(store, 'refused');
    const state = store.getState().saveState;
    expect(state.kind === 'refused' && state.signedOut).toBe(true);
    expect(sync.record(flow.id)).toEqual({ revision: 1, unsent: true });
    // Publish waits for the sends to be over: it must not wait for ever.
    await sync.whenSent();
    expect(sync.hasUnsent).toBe(false);
  });

  it('a viewer’s save is refused by the server, in words', async () => {
    const { owner, others } = await team('viewer');
    const flow = createFlow({ name: 'Front desk' });
    const first = syncFor(owner.api, flow);
    first.sync.push(flow);
    await settled(first.store, 'saved');
    const viewer = others[0]!;
    const opened = await viewer.api.flow(flow.id);
    if (!opened.ok) throw new Error(opened.message);
    const refused = await viewer.api.saveFlow(withSay(opened.value.flow, 'No'), 1);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.status).toBe(403);
  });
});
