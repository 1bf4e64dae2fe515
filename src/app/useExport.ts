import { useCallback, useState } from 'react';
import { useAppStoreApi } from '../store/context';
import { selectActiveDocument, selectProblems } from '../store/selectors';
import { copyText } from './exportFile';

export type ExportKind = 'download' | 'copy';

/**
 * Download and Copy. A flow with errors is exported only after the user confirms, having seen
 * the errors; `pending` holds the export waiting for that answer.
 */
export function useExport() {
  const store = useAppStoreApi();
  const [pending, setPending] = useState<ExportKind | null>(null);

  const perform = useCallback(
    async (kind: ExportKind) => {
      setPending(null);
      const state = store.getState();
      if (kind === 'download') {
        // What a download needs (the flow's route table, the zip, the notices) loads with it.
        const { downloadFlow } = await import('./downloadFlow');
        await downloadFlow(state);
        return;
      }
      // Copy takes the document on show: a clipboard holds one text.
      const document = selectActiveDocument(state);
      if (!document.fileName) {
        state.notify(
          'There is no document to copy yet: connect the decision’s outlets.',
          'warning',
        );
        return;
      }
      try {
        await copyText(document.xml);
        state.notify(`Copied ${document.fileName} to the clipboard.`, 'success');
      } catch {
        state.notify(
          'The browser did not allow copying. Select the preview and copy it.',
          'warning',
        );
      }
    },
    [store],
  );

  const request = useCallback(
    (kind: ExportKind) => {
      const decide = () => {
        const errors = selectProblems(store.getState()).filter((p) => p.severity === 'error');
        if (errors.length > 0) setPending(kind);
        else void perform(kind);
      };
      // The rules load just after the first paint: an export asked for before waits for them
      // (and goes ahead, the user told, if they could not be loaded).
      const { derived } = store.getState();
      if (derived.checks) decide();
      else void derived.checking.then(decide, decide);
    },
    [store, perform],
  );

  return { pending, request, perform, cancel: () => setPending(null) };
}
