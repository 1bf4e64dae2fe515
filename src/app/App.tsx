import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect, type CSSProperties } from 'react';
import { keepFocusOnPage } from '../ui/focusKeeper';
import { useAppStore } from '../store/context';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../inspector/Inspector';
import { Preview } from '../preview/Preview';
import { NoticeToast } from './NoticeToast';
import { Palette } from './Palette';
import { ProblemsPanel } from './ProblemsPanel';
import { SaveBanner } from './SaveBanner';
import { SearchBar } from './SearchBar';
import { SIZE_LIMITS } from './layoutPrefs';
import { Splitter } from './Splitter';
import { TemplatesOffer } from './TemplatesOffer';
import { Toolbar } from './Toolbar';
import { ActionHost, useSearchRequest } from './actions/ActionHost';
import { useLayout } from './useLayout';

/** The gallery and its templates load when it first opens: the first load stays small. */
const TemplatesDialog = lazy(() => import('./TemplatesDialog'));
/** The simulator and the platform model it runs load when it first opens. */
const Simulator = lazy(() => import('../simulator/Simulator'));
/** The question before a dialect change loads when first needed. */
const DialectChangeDialog = lazy(() =>
  import('./DialectChangeDialog').then((module) => ({ default: module.DialectChangeDialog })),
);
/** The import dialog and the XML parser it runs load when an import starts. */
const ImportDialog = lazy(() =>
  import('./import/ImportDialog').then((module) => ({ default: module.ImportDialog })),
);

export function App() {
  const layout = useLayout();
  const templatesOpen = useAppStore((s) => s.templatesOpen);
  const simulating = useAppStore((s) => s.simulatorOpen);
  useEffect(() => keepFocusOnPage(), []);
  // Panel sizes reach the stylesheet as custom properties (see "Layout" in app.css).
  const sizes = {
    '--palette-width': `${layout.size.paletteWidth}px`,
    '--sidebar-width': `${layout.size.sidebarWidth}px`,
    '--preview-height': `${layout.size.previewHeight}px`,
    '--problems-height': `${layout.size.problemsHeight}px`,
  } as CSSProperties;
  return (
    <ReactFlowProvider>
      <ActionHost>
        <div className="app" style={sizes}>
          <Toolbar />
          <Palette />
          <Splitter
            className="palette-splitter"
            label="Resize the palette"
            orientation="vertical"
            sizes="before"
            value={layout.size.paletteWidth}
            min={SIZE_LIMITS.paletteWidth.min}
            max={layout.max.paletteWidth}
            onChange={(width) => layout.resize('paletteWidth', width)}
          />
          <main className="workspace">
            <div className="banner-slot">
              <SaveBanner />
            </div>
            <div className="canvas-area">
              <Canvas
                overviewOpen={layout.overviewOpen}
                onOverviewOpenChange={layout.setOverviewOpen}
              />
              {/* What floats over the canvas, stacked so that none covers another. */}
              <div className="canvas-overlays">
                <SearchSlot />
                <TemplatesOffer />
                <NoticeToast />
              </div>
            </div>
            <Splitter
              label="Resize the problems"
              value={layout.size.problemsHeight}
              min={SIZE_LIMITS.problemsHeight.min}
              max={layout.max.problemsHeight}
              onChange={(height) => layout.resize('problemsHeight', height)}
            />
            <ProblemsPanel />
          </main>
          <Splitter
            className="sidebar-splitter"
            label="Resize the side panel"
            orientation="vertical"
            value={layout.size.sidebarWidth}
            min={SIZE_LIMITS.sidebarWidth.min}
            max={layout.max.sidebarWidth}
            onChange={(width) => layout.resize('sidebarWidth', width)}
          />
          {simulating ? (
            // While a call is tried, the simulator takes the inspector's and preview's place.
            <aside className="sidebar is-simulating">
              <Suspense fallback={null}>
                <Simulator />
              </Suspense>
            </aside>
          ) : (
            <aside className="sidebar">
              <Inspector />
              <Splitter
                label="Resize the preview"
                value={layout.size.previewHeight}
                min={SIZE_LIMITS.previewHeight.min}
                max={layout.max.previewHeight}
                onChange={(height) => layout.resize('previewHeight', height)}
              />
              <Preview />
            </aside>
          )}
          <DialectChangeSlot />
          <ImportSlot />
          {templatesOpen && (
            <Suspense fallback={null}>
              <TemplatesDialog />
            </Suspense>
          )}
        </div>
      </ActionHost>
    </ReactFlowProvider>
  );
}

/** The import dialog, while an import is asked for (Import, or files dropped on the canvas). */
function ImportSlot() {
  const importing = useAppStore((s) => s.importRequest !== null);
  if (!importing) return null;
  return (
    <Suspense fallback={null}>
      <ImportDialog />
    </Suspense>
  );
}

/** The search box over the canvas, while the Search action has it open. */
function SearchSlot() {
  const { searchRequest, closeSearch } = useSearchRequest();
  if (searchRequest === null) return null;
  // Not lazy: Ctrl+F is followed at once by what to find.
  return <SearchBar request={searchRequest} onClose={closeSearch} />;
}

/** The question before a dialect change that cannot carry everything over exactly. */
function DialectChangeSlot() {
  const asking = useAppStore((s) => s.pendingConversion !== null);
  if (!asking) return null;
  return (
    <Suspense fallback={null}>
      <DialectChangeDialog />
    </Suspense>
  );
}
