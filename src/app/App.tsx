import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../inspector/Inspector';
import { Preview } from '../preview/Preview';
import { DialectChangeDialog } from './DialectChangeDialog';
import { NoticeToast } from './NoticeToast';
import { Palette } from './Palette';
import { ProblemsPanel } from './ProblemsPanel';
import { Splitter } from './Splitter';
import { Toolbar } from './Toolbar';

export function App() {
  const [previewHeight, setPreviewHeight] = useState(300);
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <Palette />
        <main className="workspace">
          <Canvas />
          <ProblemsPanel />
        </main>
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
        <DialectChangeDialog />
        <NoticeToast />
      </div>
    </ReactFlowProvider>
  );
}
