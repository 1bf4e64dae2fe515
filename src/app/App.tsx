import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useActions, useAppStore } from '../store/context';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../inspector/Inspector';
import { Preview } from '../preview/Preview';
import { DialectChangeDialog } from './DialectChangeDialog';
import { ImportDialog } from './import/ImportDialog';
import { NoticeToast } from './NoticeToast';
import { Palette } from './Palette';
import { ProblemsPanel } from './ProblemsPanel';
import { SaveBanner } from './SaveBanner';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SearchBar } from './SearchBar';
import { Splitter } from './Splitter';
import { TemplatesOffer } from './TemplatesOffer';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './useShortcuts';

/** The gallery and its templates load when it first opens: the first load stays small. */
const TemplatesDialog = lazy(() => import('./TemplatesDialog'));
/** The simulator and the platform model it runs load when it first opens. */
const Simulator = lazy(() => import('../simulator/Simulator'));

export function App() {
  const [previewHeight, setPreviewHeight] = useState(300);
  const [helpOpen, setHelpOpen] = useState(false);
  // Null while the search box is closed; each Mod+F makes a new request, which refocuses it.
  const [searchRequest, setSearchRequest] = useState<number | null>(null);
  const { notify } = useActions();
  const templatesOpen = useAppStore((s) => s.templatesOpen);
  const simulating = useAppStore((s) => s.simulatorOpen);
  const shortcutUi = useMemo(
    () => ({
      openHelp: () => setHelpOpen(true),
      openSearch: () => setSearchRequest((n) => (n ?? 0) + 1),
      notify,
    }),
    [notify],
  );
  useShortcuts(shortcutUi);
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar onShowShortcuts={() => setHelpOpen(true)} />
        <Palette />
        <main className="workspace">
          <div className="banner-slot">
            <SaveBanner />
            <TemplatesOffer />
            {searchRequest !== null && (
              <SearchBar request={searchRequest} onClose={() => setSearchRequest(null)} />
            )}
          </div>
          <Canvas />
          <ProblemsPanel />
        </main>
        {simulating ? (
          // While a call is tried, the simulator takes the inspector's and preview's place.
          <aside className="sidebar is-simulating">
            <Suspense fallback={null}>
              <Simulator />
            </Suspense>
          </aside>
        ) : (
          <aside className="sidebar" style={{ gridTemplateRows: `1fr auto ${previewHeight}px` }}>
            <Inspector />
            <Splitter
              label="Resize the preview"
              value={previewHeight}
              min={120}
              max={900}
              onChange={setPreviewHeight}
            />
            <Preview />
          </aside>
        )}
        <DialectChangeDialog />
        <ImportDialog />
        {templatesOpen && (
          <Suspense fallback={null}>
            <TemplatesDialog />
          </Suspense>
        )}
        {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
        <NoticeToast />
      </div>
    </ReactFlowProvider>
  );
}
