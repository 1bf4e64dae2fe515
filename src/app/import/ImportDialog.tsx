import { CircleAlert, FileUp } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { dialects, getDialect, isDialectId } from '../../dialects';
import { planDocuments } from '../../model/documents';
import { newFlowId } from '../../model/flow';
import { layoutFlow } from '../../model/layout';
import type { DialectId } from '../../model/types';
import { useActions, useAppStore } from '../../store/context';
import { Modal } from '../../ui/Modal';
import {
  describeProblem,
  parseRcmlFiles,
  type ImportFile,
  type ImportResult,
} from '../../xml/parse';
import { usePersistence } from '../persistence';
import { readImportFiles, type ReadFilesResult } from './readImportFiles';

/** Warnings shown before "and N more": enough to judge, not a wall of text. */
const SHOWN_WARNINGS = 12;

export function ImportDialog() {
  const request = useAppStore((s) => s.importRequest);
  if (!request) return null;
  return <ImportDialogBody dropped={request.files} />;
}

/**
 * Import RCML: choose files (XML or a zip), drop them on the canvas, or paste text. Nothing
 * changes until the user picks "Open as a new flow" or "Replace this flow"; a refused document
 * says what is wrong and where, and leaves the open flow as it was.
 */
function ImportDialogBody({ dropped }: { dropped: readonly File[] }) {
  const { closeImport, replaceFlow, notify } = useActions();
  const current = useAppStore((s) => s.flow);
  const { autosave } = usePersistence();
  const [sources, setSources] = useState<readonly ImportFile[]>();
  const [result, setResult] = useState<ImportResult>();
  const [pastedText, setPastedText] = useState('');
  /** Whether what is shown came from the paste box (rather than files). */
  const [pasted, setPasted] = useState(false);
  const [busy, setBusy] = useState(dropped.length > 0);
  const fileInput = useRef<HTMLInputElement>(null);

  const parse = (files: readonly ImportFile[], dialect?: DialectId) => {
    setSources(files);
    setResult(parseRcmlFiles(files, dialect ? { dialect } : {}));
  };

  const showRead = (read: ReadFilesResult) => {
    setBusy(false);
    if (read.ok) parse(read.files);
    else setResult({ ok: false, error: read.error });
  };

  const readFiles = (files: readonly File[]) => {
    setPasted(false);
    setBusy(true);
    void readImportFiles(files).then(showRead);
  };

  // Files dropped on the canvas are read once, when the dialog opens.
  useEffect(() => {
    if (dropped.length > 0) void readImportFiles(dropped).then(showRead);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const finish = async (mode: 'new' | 'replace') => {
    if (!result?.ok) return;
    const laidOut = await layoutFlow(result.flow);
    const verbs = laidOut.nodes.length - 1;
    if (mode === 'new') {
      // A single file names the flow; pasted text or several files get a plain name.
      const name =
        !pasted && sources?.length === 1 ? stripXml(sources[0]!.name) : 'Imported call flow';
      autosave.open({ ...laidOut, id: newFlowId(), name }, null);
    } else {
      // Same flow, new content: one undoable step.
      replaceFlow('import', { ...laidOut, id: current.id, name: current.name });
    }
    closeImport();
    const warnings = result.warnings.length;
    notify(
      `Imported ${verbs} ${verbs === 1 ? 'verb' : 'verbs'}${warnings ? ` with ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''}.`,
      warnings ? 'warning' : 'success',
    );
  };

  return (
    <Modal
      title="Import RCML"
      onCancel={closeImport}
      actions={
        <>
          <button type="button" className="button" onClick={closeImport}>
            Cancel
          </button>
          {result?.ok && (
            <>
              <button type="button" className="button" onClick={() => void finish('replace')}>
                Replace this flow
              </button>
              <button
                type="button"
                className="button primary"
                onClick={() => void finish('new')}
                autoFocus
              >
                Open as a new flow
              </button>
            </>
          )}
        </>
      }
    >
      <div className="import-sources">
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          <FileUp size={15} aria-hidden="true" /> Choose files…
        </button>
        <span className="muted">
          RCML documents (.xml) or a .zip of them; or drop them on the canvas.
        </span>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          accept=".xml,.zip,text/xml,application/xml,application/zip"
          aria-label="RCML files to import"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) readFiles(files);
          }}
        />
      </div>
      <label className="field import-paste">
        <span>Or paste an RCML document</span>
        <textarea
          className="control"
          rows={5}
          value={pastedText}
          spellCheck={false}
          placeholder={'<Response>\n  <Reject reason="busy"/>\n</Response>'}
          onChange={(event) => setPastedText(event.target.value)}
        />
      </label>
      <button
        type="button"
        className="button small"
        disabled={!pastedText.trim()}
        onClick={() => {
          setPasted(true);
          parse([{ name: 'main.xml', text: pastedText }]);
        }}
      >
        Read pasted RCML
      </button>

      {busy && <p role="status">Reading…</p>}
      {result && !result.ok && (
        <div className="callout error" role="alert">
          <CircleAlert size={16} aria-hidden="true" />
          <div>
            <strong>This cannot be imported.</strong> {describeProblem(result.error)}
            <div className="muted">Your open flow has not been changed.</div>
          </div>
        </div>
      )}
      {result?.ok && sources && (
        <ImportSummary result={result} onDialect={(dialect) => parse(sources, dialect)} />
      )}
    </Modal>
  );
}

function ImportSummary({
  result,
  onDialect,
}: {
  result: Extract<ImportResult, { ok: true }>;
  onDialect(dialect: DialectId): void;
}) {
  const documents = planDocuments(result.flow).documents;
  const verbs = result.flow.nodes.length - 1;
  return (
    <section className="import-summary" aria-label="What will be imported">
      <p>
        <strong>
          {verbs} {verbs === 1 ? 'verb' : 'verbs'}
        </strong>{' '}
        in {documents.length} {documents.length === 1 ? 'document' : 'documents'} (
        {documents.map((d) => d.fileName).join(', ')}).
      </p>
      <label className="toolbar-field">
        <span>Read as</span>
        <select
          className="control"
          value={result.dialect}
          onChange={(event) => {
            if (isDialectId(event.target.value)) onDialect(event.target.value);
          }}
        >
          {dialects.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label} — {d.vendor}
            </option>
          ))}
        </select>
      </label>
      {result.dialectEvidence.length > 0 && (
        <p className="muted">
          {getDialect(result.dialect).label} because: {result.dialectEvidence.join(' ')}
        </p>
      )}
      {result.warnings.length > 0 && (
        <>
          <h3>
            {result.warnings.length} {result.warnings.length === 1 ? 'warning' : 'warnings'}
          </h3>
          <ul className="import-warnings">
            {result.warnings.slice(0, SHOWN_WARNINGS).map((w, i) => (
              <li key={i}>{describeProblem(w)}</li>
            ))}
            {result.warnings.length > SHOWN_WARNINGS && (
              <li>and {result.warnings.length - SHOWN_WARNINGS} more.</li>
            )}
          </ul>
        </>
      )}
    </section>
  );
}

function stripXml(name: string): string {
  return name.replace(/\.(xml|zip)$/i, '') || 'Imported call flow';
}
