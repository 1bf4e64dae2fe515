import { xml } from '@codemirror/lang-xml';
import { linter, lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Transaction } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useRef, useState } from 'react';
import { useActions, useAppStore, useAppStoreApi } from '../store/context';
import { selectActiveDocument, selectDocuments } from '../store/selectors';
import { describeProblem } from '../xml/parse';
import { applyXmlEdit } from './applyXmlEdit';

/** Typing pauses this long before the edit is read and applied. */
const APPLY_DELAY_MS = 250;

/**
 * The preview as an editable code view (loaded only when asked for). A valid edit updates the
 * canvas; an invalid one is marked at its line and column and changes nothing until it is fixed.
 */
export default function XmlEditor() {
  const store = useAppStoreApi();
  const active = useAppStore(selectActiveDocument);
  const flow = useAppStore((s) => s.flow);
  const { replaceFlow } = useActions();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  /** The flow this editor last produced: the store echoing it back is not an outside change. */
  const produced = useRef(flow);
  const [status, setStatus] = useState<{ text: string; error: boolean }>({
    text: 'Edits update the canvas as you type.',
    error: false,
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = (editor: EditorView) => {
      const state = store.getState();
      const document = selectActiveDocument(state);
      const text = editor.state.doc.toString();
      const result = applyXmlEdit(state.flow, selectDocuments(state), document.fileName, text);
      if (!result.ok) {
        editor.dispatch(setDiagnostics(editor.state, [diagnosticOf(editor, result.error)]));
        setStatus({
          text: `${describeProblem(result.error)} The canvas keeps the last valid version.`,
          error: true,
        });
        return;
      }
      editor.dispatch(setDiagnostics(editor.state, []));
      produced.current = result.flow;
      replaceFlow('edit XML', result.flow, 'edit-xml');
      setStatus({
        text: result.warnings.length
          ? `Applied, with ${result.warnings.length} warning(s): ${describeProblem(result.warnings[0]!)}`
          : 'Applied to the canvas.',
        error: false,
      });
    };
    const editor = new EditorView({
      parent: host.current!,
      doc: selectActiveDocument(store.getState()).xml,
      extensions: [
        basicSetup,
        xml(),
        lintGutter(),
        // Diagnostics are set by `apply`; this keeps the lint panel and gutter wired up.
        linter(null),
        EditorView.contentAttributes.of({ 'aria-label': 'RCML document, editable' }),
        EditorView.updateListener.of((update) => {
          // Only the user's own edits are applied; text replaced from outside is not.
          const typed = update.transactions.some((t) => t.annotation(Transaction.userEvent));
          if (!update.docChanged || !typed) return;
          clearTimeout(timer);
          timer = setTimeout(() => apply(update.view), APPLY_DELAY_MS);
        }),
      ],
    });
    view.current = editor;
    return () => {
      clearTimeout(timer);
      editor.destroy();
      view.current = null;
    };
  }, [store, replaceFlow]);

  // A change from outside (canvas, undo, another tab of the preview) replaces the text.
  useEffect(() => {
    const editor = view.current;
    if (!editor || flow === produced.current) return;
    produced.current = flow;
    const current = editor.state.doc.toString();
    if (current !== active.xml) {
      editor.dispatch({ changes: { from: 0, to: current.length, insert: active.xml } });
    }
  }, [flow, active.xml, active.fileName]);

  return (
    <div className="xml-editor">
      <div ref={host} className="xml-editor-host" />
      <p className={`xml-editor-status${status.error ? ' error' : ''}`} role="status">
        {status.text}
      </p>
    </div>
  );
}

function diagnosticOf(
  editor: EditorView,
  error: { message: string; line?: number; column?: number },
): Diagnostic {
  const doc = editor.state.doc;
  const line = doc.line(Math.min(Math.max(error.line ?? 1, 1), doc.lines));
  const from = Math.min(line.from + Math.max((error.column ?? 1) - 1, 0), line.to);
  return { from, to: Math.min(from + 1, doc.length), severity: 'error', message: error.message };
}
