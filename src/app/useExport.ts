import { useCallback, useState } from 'react';
import { getDialect } from '../dialects';
import { documentUrl } from '../model/documents';
import type { Flow } from '../schema/flow';
import { needsFlowServer, tableFromFlow } from '../router/flowTable';
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
        const table = tableFromFlow(state.flow, state.derived.serializer);
        if (needsFlowServer(table)) {
          // A flow that decides at call time, or fills in the recording's link, downloads as its
          // flow server; the runtime is a lazy chunk, loaded by the first such download.
          const { flowServerDownload } = await import('../server/download');
          const dialect = getDialect(state.flow.dialect);
          const files = await flowServerDownload(table, state.flow.name, {
            platform: `${dialect.label} (${dialect.vendor})`,
            numberSetting: dialect.numberSetting,
            baseUrl: state.flow.baseUrl,
          });
          const name = `${flowBaseName(state.flow.name)}.zip`;
          downloadBlob(name, await zipTexts(files));
          state.notify(
            `Downloaded ${name}: the flow server and ${documents.length} ${documents.length === 1 ? 'document' : 'documents'}. Unzip it and run “node flow-server.mjs” (README.txt says more).`,
            'success',
          );
          return;
        }
        if (documents.length === 1) {
          const name = singleDocumentName(state.flow.name, documents[0]!);
          downloadText(name, documents[0]!.xml);
          state.notify(`Downloaded ${name}. ${whereItGoes(state.flow, name, 'it')}`, 'success');
        } else {
          const name = `${flowBaseName(state.flow.name)}.zip`;
          downloadBlob(
            name,
            await zipTexts(documents.map((d) => ({ name: d.fileName, text: d.xml }))),
          );
          state.notify(
            `Downloaded ${name} with ${documents.length} documents. ${whereItGoes(state.flow, documents[0]!.fileName, 'them')}`,
            'success',
          );
        }
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

/**
 * Where downloaded documents go, for the flow's platform (its dialect's number setting): put on
 * a web server, the first one's address pasted into the phone number's settings. With a Base
 * URL, the address is said in full, as the documents point at each other there.
 */
export function whereItGoes(
  flow: Pick<Flow, 'dialect' | 'baseUrl'>,
  first: string,
  files: 'it' | 'them',
): string {
  const { numberSetting } = getDialect(flow.dialect);
  const base = flow.baseUrl.trim();
  const upload = files === 'it' ? 'Put it' : 'Put the files';
  return base
    ? `${upload} at ${base}, then paste ${documentUrl(base, first)} as ${numberSetting}.`
    : `${upload} on a web server your platform can reach, then paste the address of ${first} as ${numberSetting}.`;
}

/**
 * A flow of one document downloads under the flow's name ("front-desk.xml"), unless the document
 * points at itself by its own name (a Redirect back to its start): renaming it would break that.
 */
export function singleDocumentName(
  flowName: string,
  document: { readonly fileName: string; readonly xml: string },
): string {
  if (document.xml.includes(document.fileName)) return document.fileName;
  return `${flowBaseName(flowName)}.xml`;
}
