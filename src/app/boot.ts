/**
 * Start-up: which flow to open (the one named in the address, else the last one, else a new
 * one), the store, and the autosave that keeps it in the browser.
 */
import { createFlow, randomId } from '../model/flow';
import { Autosave } from './autosave';
import { storageClipboard } from '../persist/clipboard';
import { browserStorage, FlowLibrary } from '../persist/library';
import { chooseStartFlow } from '../persist/startFlow';
import { createDesignerStore, type AppStore } from '../store/appStore';
import { loadValidation } from './loadValidation';
import type { Persistence } from './persistence';

const HASH_PREFIX = '#flow=';

export function flowIdFromAddress(hash: string): string | undefined {
  return hash.startsWith(HASH_PREFIX)
    ? decodeURIComponent(hash.slice(HASH_PREFIX.length))
    : undefined;
}

export function boot(): { store: AppStore; persistence: Persistence } {
  const storage = browserStorage();
  const library = new FlowLibrary(storage, randomId());
  // A stored flow that cannot be read is left as it is (Flows lists it) and the user is told.
  const { stored: found, problem } = chooseStartFlow(library, flowIdFromAddress(location.hash));
  const store = createDesignerStore(
    found?.flow ?? createFlow(),
    { afterPaint: loadValidation },
    {
      clipboard: storageClipboard(storage),
      checking: 'afterPaint',
    },
  );
  const autosave = new Autosave(store, library, found?.revision ?? null);
  if (!library.available) {
    store.getState().setSaveState({
      kind: 'storage',
      message: 'This browser does not let RCML Studio store anything (private mode?).',
    });
  }

  followInPage(store, autosave);
  return { store, persistence: { library, autosave, startupProblem: problem } };
}

/** The address names the open flow; other tabs' saves and leaving the page reach autosave. */
export function followInPage(store: AppStore, autosave: Autosave): void {
  // The address names the open flow, so a reload (or a bookmark) opens it again.
  const showInAddress = (id: string) =>
    history.replaceState(null, '', `${location.pathname}${HASH_PREFIX}${id}`);
  showInAddress(store.getState().flow.id);
  store.subscribe((state, previous) => {
    if (state.flow.id !== previous.flow.id) showInAddress(state.flow.id);
  });

  addEventListener('storage', (event) => autosave.onExternalChange(event.key));
  // Leaving the page writes what the debounce has not written yet.
  addEventListener('pagehide', () => autosave.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') autosave.flush();
  });
}
