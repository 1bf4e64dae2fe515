import { CircleAlert, FileUp } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { dialects, getDialect, isDialectId } from '../../dialects';
import { planDocuments } from '../../model/documents';
import { newFlowId } from '../../model/flow';
import { laidOutForCanvas } from '../../canvas/tidyUp';
import { overVerbLimit } from '../../model/limits';
import type { DialectId } from '../../schema/flow';
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
  /** What the dialog is doing, for work long enough to be seen; nothing when idle. */
  const [progress, setProgress] = useState<string | undefined>(
    dropped.length > 0 ? 'Reading…' : undefined,
  );
  const fileInput = useRef<HTMLInputElement>(null);

  /** Reading big documents takes a moment: the status is painted first. */
  const parse = async (files: readonly ImportFile[], dialect?: DialectId) => {
    setProgress(`Reading ${describeFiles(files)}…`);
    await nextPaint();
    setSources(files);
    setResult(withinVerbLimit(parseRcmlFiles(files, dialect ? { dialect } : {})));
    setProgress(undefined);
  };

  const showRead = (read: ReadFilesResult) => {
    if (read.ok) void parse(read.files);
    else {
      setProgress(undefined);
      setResult({ ok: false, error: read.error });
    }
  };

  /** The reading under way; a newer one or closing the dialog cancels it (and ends its worker). */
  const reading = useRef<AbortController>(undefined);
  const read = (files: readonly File[]) => {
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    void readImportFiles(files, { signal: controller.signal }).then((read) => {
      if (!controller.signal.aborted) showRead(read);
    });
  };

  const readFiles = (files: readonly File[]) => {
    setPasted(false);
    setProgress('Reading…');
    read(files);
  };

  // Files dropped on the canvas are read once, when the dialog opens.
  useEffect(() => {
    if (dropped.length > 0) read(dropped);
    return () => reading.current?.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const finish = async (mode: 'new' | 'replace') => {
    if (!result?.ok || progress) return;
    const verbs = result.flow.nodes.length - 1;
    setProgress(`Laying out ${verbs.toLocaleString('en-US')} ${verbs === 1 ? 'verb' : 'verbs'}…`);
    await nextPaint();
    const laidOut = laidOutForCanvas(result.flow);
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
              <button
                type="button"
                className="button"
                disabled={progress !== undefined}
                onClick={() => void finish('replace')}
              >
                Replace this flow
              </button>
              <button
                type="button"
                className="button primary"
                disabled={progress !== undefined}
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
          void parse([{ name: 'main.xml', text: pastedText }]);
        }}
      >
        Read pasted RCML
      </button>

      {progress && <p role="status">{progress}</p>}
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
        <ImportSummary result={result} onDialect={(dialect) => void parse(sources, dialect)} />
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

/** An import bigger than RCML Studio opens is refused, with the same words as a flow file. */
function withinVerbLimit(result: ImportResult): ImportResult {
  if (!result.ok) return result;
  const tooBig = overVerbLimit(result.flow.nodes);
  return tooBig ? { ok: false, error: { message: tooBig } } : result;
}

/** "main.xml", or "3 files". */
function describeFiles(files: readonly ImportFile[]): string {
  return files.length === 1 ? files[0]!.name : `${files.length} files`;
}

/** Resolves once the browser has painted what was rendered before the call. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function stripXml(name: string): string {
  return name.replace(/\.(xml|zip)$/i, '') || 'Imported call flow';
}
