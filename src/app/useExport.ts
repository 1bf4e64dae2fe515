import { useCallback, useState } from 'react';
import { useAppStoreApi } from '../store/context';
import { selectActiveDocument, selectDocuments, selectProblems } from '../store/selectors';
import { copyText, downloadBlob, downloadText, zipTexts } from './exportFile';
import { flowBaseName } from './flowFiles';

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
      const documents = selectDocuments(state);
      if (kind === 'download') {
        if (documents.length === 1) {
          downloadText(documents[0]!.fileName, documents[0]!.xml);
          state.notify(`Downloaded ${documents[0]!.fileName}.`, 'success');
        } else {
          const name = `${flowBaseName(state.flow.name)}.zip`;
          downloadBlob(
            name,
            await zipTexts(documents.map((d) => ({ name: d.fileName, text: d.xml }))),
          );
          state.notify(`Downloaded ${name} with ${documents.length} documents.`, 'success');
        }
        return;
      }
      // Copy takes the document on show: a clipboard holds one text.
      const document = selectActiveDocument(state);
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
      const errors = selectProblems(store.getState()).filter((p) => p.severity === 'error');
      if (errors.length > 0) setPending(kind);
      else void perform(kind);
    },
    [store, perform],
  );

  return { pending, request, perform, cancel: () => setPending(null) };
}
