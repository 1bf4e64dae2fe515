import { useReactFlow } from '@xyflow/react';
import {
  createContext,
  lazy,
  Suspense,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import type { AppStore } from '../../store/createAppStore';
import { useAppStoreApi } from '../../store/context';
import { usePersistence } from '../persistence';
import { useExport } from '../useExport';
import { isChordInPicker, isTypingTarget } from './keys';
import { NewFlowDialog } from './NewFlowDialog';
import { actionById, actionForKey } from './registry';
import type { ActionContext, ActionUi, ActionView, AppAction } from './types';

/**
 * The dialogs load when first opened: the first load stays small. Not New flow, nor the search
 * box (App.tsx): each is opened by a key and typed in at once, and keys typed before a lazy one
 * had loaded would be lost.
 */
const FlowsDialog = lazy(() =>
  import('../FlowsDialog').then((module) => ({ default: module.FlowsDialog })),
);
const ShortcutsDialog = lazy(() =>
  import('../ShortcutsDialog').then((module) => ({ default: module.ShortcutsDialog })),
);
const ExportConfirmDialog = lazy(() =>
  import('../ExportConfirmDialog').then((module) => ({ default: module.ExportConfirmDialog })),
);
/** The team's dialogs load only when signed in to a server, when first opened. */
const TeamFlowsDialog = lazy(() => import('../team/TeamFlowsDialog'));
const PeopleDialog = lazy(() => import('../team/PeopleDialog'));
const PublishDialog = lazy(() => import('../team/PublishDialog'));
const VersionsDialog = lazy(() => import('../team/VersionsDialog'));
const TokensDialog = lazy(() =>
  import('../team/PeopleDialog').then((module) => ({ default: module.TokensDialog })),
);

interface ActionHostValue {
  /** Runs an action now (a button, a menu item). */
  run(action: AppAction, event?: KeyboardEvent): void;
  /** Null while the search box is closed; each request makes a new number, which refocuses it. */
  readonly searchRequest: number | null;
  closeSearch(): void;
}

const ActionHostContext = createContext<ActionHostValue | null>(null);

export function useActionHost(): ActionHostValue {
  const value = useContext(ActionHostContext);
  if (!value) throw new Error('useActionHost must be used inside <ActionHost>');
  return value;
}

/**
 * Runs the app's actions (src/app/actions/registry.ts) from buttons and keys, and owns the
 * dialogs they open. Keys meant for a control (typing in a field, choosing in a picker) are left
 * alone, but for the few actions that work in controls too (F6). Keys inside a dialog are left
 * alone, and React Flow's own keys for a focused node (arrows to move) too.
 */
export function ActionHost({ children }: { children: ReactNode }) {
  const store = useAppStoreApi();
  const persistence = usePersistence();
  const LibraryDialog = persistence.team ? TeamFlowsDialog : FlowsDialog;
  const reactFlow = useReactFlow();
  const exporter = useExport();
  const [helpOpen, setHelpOpen] = useState(false);
  const [flowsOpen, setFlowsOpen] = useState(false);
  const [newFlowOpen, setNewFlowOpen] = useState(false);
  const [teamDialog, setTeamDialog] = useState<'people' | 'tokens' | 'publish' | 'versions' | null>(
    null,
  );
  const [searchRequest, setSearchRequest] = useState<number | null>(null);
  const { request: requestExport } = exporter;

  const ui: ActionUi = useMemo(
    () => ({
      openHelp: () => setHelpOpen(true),
      openSearch: () => setSearchRequest((n) => (n ?? 0) + 1),
      openFlows: () => setFlowsOpen(true),
      askNewFlow: () => setNewFlowOpen(true),
      requestExport,
      openPeople: () => setTeamDialog('people'),
      openTokens: () => setTeamDialog('tokens'),
      openPublish: () => setTeamDialog('publish'),
      openVersions: () => setTeamDialog('versions'),
      toggleCalls: () => {
        const { callOverlay, setCallOverlay, notify, flow } = store.getState();
        if (callOverlay) return setCallOverlay(null);
        if (!persistence.team) return;
        const { api } = persistence.team;
        void import('../team/calls')
          .then(({ loadCallOverlay }) => loadCallOverlay(api, flow.id, 1))
          .then((loaded) =>
            typeof loaded === 'string' ? notify(loaded, 'warning') : setCallOverlay(loaded),
          );
      },
    }),
    [requestExport, store, persistence],
  );

  const host: ActionHostValue = useMemo(() => {
    const context = (event?: KeyboardEvent): ActionContext => ({
      store,
      state: store.getState(),
      ui,
      persistence,
      reactFlow,
      event,
    });
    return {
      run: (action, event) => {
        if (isEnabled(action, store)) action.perform(context(event));
      },
      searchRequest,
      closeSearch: () => setSearchRequest(null),
    };
  }, [store, ui, persistence, reactFlow, searchRequest]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const focusedNode =
        event.target instanceof Element && event.target.closest('.react-flow__node');
      if (focusedNode && event.key.startsWith('Arrow')) return;
      const action = actionForKey(event);
      if (!action) return;
      const inControl = isTypingTarget(event.target);
      if (inControl && !action.inControls && !isChordInPicker(event)) return;
      // Copy with text selected in the page (e.g. the preview) copies that text instead.
      if (action.id === 'copy' && document.getSelection()?.toString()) return;
      event.preventDefault();
      host.run(action, event);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [host]);

  return (
    <ActionHostContext.Provider value={host}>
      {children}
      <Suspense fallback={null}>
        {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
        {flowsOpen && (
          <LibraryDialog
            onClose={() => setFlowsOpen(false)}
            onNewFlow={() => {
              setFlowsOpen(false);
              setNewFlowOpen(true);
            }}
          />
        )}
        {teamDialog === 'people' && <PeopleDialog onClose={() => setTeamDialog(null)} />}
        {teamDialog === 'tokens' && <TokensDialog onClose={() => setTeamDialog(null)} />}
        {teamDialog === 'publish' && <PublishDialog onClose={() => setTeamDialog(null)} />}
        {teamDialog === 'versions' && <VersionsDialog onClose={() => setTeamDialog(null)} />}
        {exporter.pending && (
          <ExportConfirmDialog
            kind={exporter.pending}
            onConfirm={() => void exporter.perform(exporter.pending!)}
            onCancel={exporter.cancel}
          />
        )}
      </Suspense>
      {newFlowOpen && <NewFlowDialog onClose={() => setNewFlowOpen(false)} />}
    </ActionHostContext.Provider>
  );
}

function historyView(store: AppStore): Omit<ActionView, 'state'> {
  const history = store.temporal.getState();
  return { canUndo: history.pastStates.length > 0, canRedo: history.futureStates.length > 0 };
}

/** Whether an action can run now, with the undo history as it is. */
export function isEnabled(action: AppAction, store: AppStore): boolean {
  return action.enabled?.({ state: store.getState(), ...historyView(store) }) ?? true;
}

/** An action as a button needs it: whether it can run and is pressed, and how to run it. */
export function useAction(id: string) {
  const action = actionById(id);
  const store = useAppStoreApi();
  const host = useActionHost();
  const canUndo = useStore(store.temporal, (h) => h.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (h) => h.futureStates.length > 0);
  const enabled = useStore(store, (state) => action.enabled?.({ state, canUndo, canRedo }) ?? true);
  const pressed = useStore(store, (state) => action.pressed?.(state));
  return { action, enabled, pressed, run: () => host.run(action) };
}

export function useSearchRequest(): Pick<ActionHostValue, 'searchRequest' | 'closeSearch'> {
  const { searchRequest, closeSearch } = useActionHost();
  return { searchRequest, closeSearch };
}
