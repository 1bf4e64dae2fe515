import { Download, FilePlus2, FolderOpen, TriangleAlert } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { createFlow } from '../model/flow';
import { useAppStore, useAppStoreApi } from '../store/context';
import { downloadFlowFile } from './flowFiles';
import { usePersistence } from './persistence';
import '../styles/brokenFlowPage.css';

/** The list of flows loads when "Open another flow" is pressed. */
const FlowsDialog = lazy(() =>
  import('./FlowsDialog').then((module) => ({ default: module.FlowsDialog })),
);

/**
 * What the page shows when the designer failed to show the open flow: a plain message and a
 * way out (download this flow, open another, start a new one), never a blank page. Autosave is
 * suspended by then, so the stored copies of every flow stay as they were last saved.
 */
export function BrokenFlowPage({ error, onRetry }: { error: unknown; onRetry(): void }) {
  // No "try again" here: saving stays suspended until another flow (or the stored copy of
  // this one) is opened, and a designer that works again without saving would lose work.
  const flow = useAppStore((s) => s.flow);
  const store = useAppStoreApi();
  const { autosave } = usePersistence();
  const [choosing, setChoosing] = useState(false);

  const startNew = () => {
    autosave.open(createFlow(), null);
    onRetry();
  };

  return (
    <main className="broken-flow-page" aria-labelledby="broken-flow-title">
      <div className="broken-flow-card" role="alert">
        <h1 id="broken-flow-title">
          <TriangleAlert size={20} aria-hidden="true" /> RCML Studio could not show this flow
        </h1>
        <p>
          Something in “{flow.name}” could not be shown. Your flows are safe: each stays stored in
          this browser as it was last saved, and nothing on this page is saved over them.
        </p>
        <p>Download this flow to keep it as a file, then open another flow or start a new one.</p>
        <div className="broken-flow-actions">
          <button type="button" className="button primary" onClick={() => downloadFlowFile(flow)}>
            <Download size={15} aria-hidden="true" /> Download this flow
          </button>
          <button type="button" className="button" onClick={() => setChoosing(true)}>
            <FolderOpen size={15} aria-hidden="true" /> Open another flow
          </button>
          <button type="button" className="button" onClick={startNew}>
            <FilePlus2 size={15} aria-hidden="true" /> Start a new flow
          </button>
        </div>
        <details>
          <summary>Details for whoever maintains RCML Studio</summary>
          <pre>{describeError(error)}</pre>
        </details>
      </div>
      {choosing && (
        <Suspense fallback={null}>
          <FlowsDialog
            onNewFlow={() => {
              setChoosing(false);
              startNew();
            }}
            onClose={() => {
              setChoosing(false);
              // A flow was opened (or created): show the designer again with it.
              if (store.getState().flow !== flow) onRetry();
            }}
          />
        </Suspense>
      )}
    </main>
  );
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
