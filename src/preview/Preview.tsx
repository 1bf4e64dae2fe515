import { Code2, Eye } from 'lucide-react';
import { Fragment, lazy, memo, Suspense, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CHANGE_MARK, PREVIEW_MEASURE } from '../store/perfMarks';
import { useActions, useAppStore } from '../store/context';
import { selectActiveDocument, selectDocuments, selectPlan } from '../store/selectors';
import { DecisionRoutes } from './DecisionRoutes';
import { highlightLine } from './highlight';

// CodeMirror is loaded only when someone edits the XML.
const XmlEditor = lazy(() => import('./XmlEditor'));

/**
 * The RCML exactly as it will be exported, one tab per document. The region holds only the
 * document's text; tabs and line numbers sit outside it, so its text content is the file.
 */
export function Preview() {
  const documents = useAppStore(selectDocuments);
  const active = useAppStore(selectActiveDocument);
  const plan = useAppStore(selectPlan);
  const { showPreviewFile } = useActions();
  const [editing, setEditing] = useState(false);
  const xml = active.xml;
  const lines = useMemo(() => xml.split('\n'), [xml]);
  const lineCount = xml.endsWith('\n') ? lines.length - 1 : lines.length;
  const lineNumbers = useMemo(
    () => Array.from({ length: lineCount }, (_, i) => i + 1).join('\n'),
    [lineCount],
  );
  const panelId = 'rcml-preview';
  // An edit rewrites documents, but seldom renames or adds one: the tabs (a flow of thousands
  // of verbs has hundreds) are drawn again only when the list of names changes.
  const namesKey = documents.map((d) => d.fileName).join('\n');
  const fileNames = useMemo(() => (namesKey ? namesKey.split('\n') : []), [namesKey]);

  // How long the last change took to reach the preview's DOM (shown at the next paint).
  useLayoutEffect(() => {
    if (performance.getEntriesByName(CHANGE_MARK, 'mark').length === 0) return;
    performance.measure(PREVIEW_MEASURE, CHANGE_MARK);
    performance.clearMarks(CHANGE_MARK);
  }, [xml]);

  return (
    <div className="preview panel">
      {/* One grid row for the tabs and what the flow server decides; the text fills the rest. */}
      <div>
        <div className="preview-header">
          <DocumentTabs
            fileNames={fileNames}
            active={active.fileName}
            panelId={panelId}
            onShow={showPreviewFile}
          />
          {/* Reading hand-edited XML back rebuilds the flow from documents, which hold no
            decisions: editing is offered only where nothing would be lost. */}
          {documents.length > 0 && plan.decisions.length === 0 && (
            <button
              type="button"
              className="preview-mode"
              aria-pressed={editing}
              onClick={() => setEditing((e) => !e)}
            >
              {editing ? (
                <Eye size={14} aria-hidden="true" />
              ) : (
                <Code2 size={14} aria-hidden="true" />
              )}
              {editing ? 'Done editing' : 'Edit XML'}
            </button>
          )}
        </div>
        {plan.decisions.length > 0 && (
          <DecisionRoutes plan={plan} onShow={(file) => showPreviewFile(file)} />
        )}
      </div>
      {documents.length === 0 ? (
        <p className="preview-empty">
          Calls go straight into a decision with nothing connected yet. Connect its outlets to see
          the documents callers get.
        </p>
      ) : editing && plan.decisions.length === 0 ? (
        <Suspense fallback={<p className="xml-editor-status">Loading the editor…</p>}>
          <XmlEditor />
        </Suspense>
      ) : (
        <div className="preview-scroll">
          <pre className="preview-gutter" aria-hidden="true">
            {lineNumbers}
          </pre>
          <pre
            id={panelId}
            className="preview-code hljs"
            role="region"
            aria-label="RCML preview"
            tabIndex={0}
          >
            {lines.map((line, i) => (
              <Fragment key={i}>
                <PreviewLine line={line} />
                {i < lines.length - 1 && '\n'}
              </Fragment>
            ))}
          </pre>
        </div>
      )}
    </div>
  );
}

/**
 * One tab per document; arrow keys move between them. Tabs too many for the panel wrap (never
 * widening it), past three rows they scroll, and the shown document's tab is scrolled into view.
 */
const DocumentTabs = memo(function DocumentTabs({
  fileNames,
  active,
  panelId,
  onShow,
}: {
  fileNames: readonly string[];
  active: string;
  panelId: string;
  onShow: (fileName: string) => void;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const list = listRef.current;
    const tab = list?.querySelector('[aria-selected="true"]');
    if (!list || !tab) return;
    const shown = list.getBoundingClientRect();
    const { top, bottom } = tab.getBoundingClientRect();
    if (top < shown.top) list.scrollTop -= shown.top - top;
    else if (bottom > shown.bottom) list.scrollTop += bottom - shown.bottom;
  }, [active, fileNames]);
  return (
    <div className="preview-tabs" role="tablist" aria-label="Documents" ref={listRef}>
      {fileNames.map((fileName) => (
        <button
          key={fileName}
          type="button"
          role="tab"
          className="preview-tab"
          aria-selected={fileName === active}
          aria-controls={panelId}
          tabIndex={fileName === active ? 0 : -1}
          onClick={() => onShow(fileName)}
          onKeyDown={(event) => {
            const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
            if (!step) return;
            event.preventDefault(); // the key would also scroll the tabs
            const index = fileNames.indexOf(active);
            const next = fileNames[(index + step + fileNames.length) % fileNames.length]!;
            onShow(next);
            event.currentTarget.parentElement
              ?.querySelector<HTMLElement>(`[data-file="${CSS.escape(next)}"]`)
              // The tab is scrolled into view whole by the effect above.
              ?.focus({ preventScroll: true });
          }}
          data-file={fileName}
        >
          {fileName}
        </button>
      ))}
    </div>
  );
});

/** One line, highlighted; unchanged lines keep their DOM between edits. */
const PreviewLine = memo(function PreviewLine({ line }: { line: string }) {
  return <span dangerouslySetInnerHTML={{ __html: highlightLine(line) }} />;
});
