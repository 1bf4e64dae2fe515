import {
  Copy,
  FilePlus2,
  FolderOpen,
  LayoutTemplate,
  Pencil,
  RotateCcw,
  Save,
  Trash2,
} from 'lucide-react';
import { useRef, useState } from 'react';
import { createFlow, newFlowId } from '../model/flow';
import type { Flow } from '../model/types';
import type { FlowSummary } from '../persist/library';
import { useActions, useAppStore } from '../store/context';
import { FLOW_NAME_MAX_LENGTH } from '../verbs/limits';
import { Modal } from '../ui/Modal';
import { DamagedFlowRow } from './DamagedFlowRow';
import { downloadFlowFile, openedNotice, openFlowFile } from './flowFiles';
import { formatDate } from './formatDate';
import { IconAction } from './IconAction';
import { usePersistence } from './persistence';

/** The user's flows: open, create, rename, duplicate, delete (and restore), and flow files. */
export function FlowsDialog({ onClose }: { onClose(): void }) {
  const { library, autosave } = usePersistence();
  const current = useAppStore((s) => s.flow);
  const { renameFlow, notify, openTemplates } = useActions();
  const [renaming, setRenaming] = useState<string>();
  const [confirming, setConfirming] = useState<string>();
  const [error, setError] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);

  // Every stored flow is checked (read in full) when the dialog opens and after each change
  // made here, not on every render.
  const [{ flows, trash, notes }, setInventory] = useState(() => library.inventory());
  const refresh = () => setInventory(library.inventory());

  /** The stored flow, or undefined after telling the user why it cannot be read. */
  const loadOrSay = (summary: FlowSummary) => {
    const result = library.read(summary.id);
    if (result?.ok) return result.stored;
    setError(
      `“${summary.name}” could not be opened. ${result ? result.damage.message : 'It is no longer stored in this browser.'}`,
    );
    refresh();
    return undefined;
  };

  const open = (flow: Flow, revision: number | null) => {
    autosave.open(flow, revision);
    onClose();
  };

  const rename = (summary: FlowSummary, name: string) => {
    setRenaming(undefined);
    if (!name.trim() || name === summary.name) return;
    if (summary.id === current.id) {
      renameFlow(name.trim());
      autosave.flush(); // the list below reads the library: the new name must be in it
    } else {
      const stored = loadOrSay(summary);
      if (stored) library.save({ ...stored.flow, name: name.trim() }, stored.revision);
    }
    refresh();
  };

  const duplicate = (summary: FlowSummary) => {
    const stored = loadOrSay(summary);
    if (!stored) return;
    library.save({ ...stored.flow, id: newFlowId(), name: `${stored.flow.name} (copy)` }, null);
    refresh();
  };

  const remove = (summary: FlowSummary) => {
    setConfirming(undefined);
    const removed = library.remove(summary.id);
    if (!removed.ok) {
      setError(`Could not delete “${summary.name}”: ${removed.message}`);
      return;
    }
    if (summary.id === current.id) {
      const stored = library
        .list()
        .map((next) => library.load(next.id))
        .find((next) => next !== undefined);
      if (stored) autosave.open(stored.flow, stored.revision);
      else autosave.open(createFlow(), null);
    }
    notify(`Deleted “${summary.name}”. Restore it from Recently deleted.`);
    refresh();
  };

  const openFile = async (file: File) => {
    const result = await openFlowFile(file);
    if (!result.ok) {
      setError(`${file.name}: ${result.error}`);
      return;
    }
    // Opening a backup of a flow that is still here (even one that cannot be read) must not
    // overwrite it: it gets its own id.
    const flow = library.has(result.flow.id) ? { ...result.flow, id: newFlowId() } : result.flow;
    open(flow, null);
    const notice = openedNotice(flow.name, result);
    notify(notice.text, notice.tone);
  };

  return (
    <Modal
      title="Your flows"
      onCancel={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      }
    >
      <div className="dialog-toolbar">
        <button type="button" className="button" onClick={() => open(createFlow(), null)}>
          <FilePlus2 size={15} aria-hidden="true" /> New flow
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            onClose();
            openTemplates();
          }}
        >
          <LayoutTemplate size={15} aria-hidden="true" /> New from a template…
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          <FolderOpen size={15} aria-hidden="true" /> Open flow file…
        </button>
        <button type="button" className="button" onClick={() => downloadFlowFile(current)}>
          <Save size={15} aria-hidden="true" /> Save flow file
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Flow file to open"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            setError(undefined);
            if (file) void openFile(file);
          }}
        />
      </div>
      {error && (
        <p className="callout warning" role="alert">
          {error} Nothing was changed.
        </p>
      )}
      {notes.map((note) => (
        <p key={note} className="callout info" role="status">
          {note}
        </p>
      ))}
      {!library.available && (
        <p className="callout warning">
          This browser does not let RCML Studio store flows. Save flow files instead.
        </p>
      )}
      <table className="flows-table">
        <thead>
          <tr>
            <th scope="col">Flow</th>
            <th scope="col">Dialect</th>
            <th scope="col">Verbs</th>
            <th scope="col">Saved</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {flows.map((summary) =>
            summary.damage ? (
              <DamagedFlowRow
                key={summary.id}
                entry={summary}
                damage={summary.damage}
                confirming={confirming === summary.id}
                onConfirm={(confirm) => setConfirming(confirm ? summary.id : undefined)}
                onDelete={() => remove(summary)}
              />
            ) : (
              <tr key={summary.id} aria-current={summary.id === current.id || undefined}>
                <td>
                  {renaming === summary.id ? (
                    <RenameInput summary={summary} onDone={(name) => rename(summary, name)} />
                  ) : (
                    <>
                      {summary.name}
                      {summary.id === current.id && <span className="tag info">open</span>}
                    </>
                  )}
                </td>
                <td>{summary.dialect.toUpperCase() || '—'}</td>
                <td>{summary.verbs ?? '—'}</td>
                <td>{formatDate(summary.updatedAt)}</td>
                <td className="row-actions">
                  {confirming === summary.id ? (
                    <>
                      <span>Delete?</span>
                      <button
                        type="button"
                        className="button small danger-solid"
                        onClick={() => remove(summary)}
                      >
                        Delete “{summary.name}”
                      </button>
                      <button
                        type="button"
                        className="button small"
                        onClick={() => setConfirming(undefined)}
                      >
                        Keep it
                      </button>
                    </>
                  ) : (
                    <>
                      {summary.id !== current.id && (
                        <button
                          type="button"
                          className="button small"
                          onClick={() => {
                            const stored = loadOrSay(summary);
                            if (stored) open(stored.flow, stored.revision);
                            if (stored?.repairs) {
                              const { flow, repairs } = stored;
                              const notice = openedNotice(flow.name, { ok: true, flow, repairs });
                              notify(notice.text, notice.tone);
                            }
                          }}
                        >
                          Open<span className="visually-hidden"> {summary.name}</span>
                        </button>
                      )}
                      <IconAction
                        label={`Rename ${summary.name}`}
                        onClick={() => setRenaming(summary.id)}
                      >
                        <Pencil size={14} aria-hidden="true" />
                      </IconAction>
                      <IconAction
                        label={`Duplicate ${summary.name}`}
                        onClick={() => duplicate(summary)}
                      >
                        <Copy size={14} aria-hidden="true" />
                      </IconAction>
                      <IconAction
                        label={`Delete ${summary.name}`}
                        onClick={() => setConfirming(summary.id)}
                      >
                        <Trash2 size={14} aria-hidden="true" />
                      </IconAction>
                    </>
                  )}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {trash.length > 0 && (
        <section aria-label="Recently deleted" className="trash">
          <h3>Recently deleted</h3>
          <ul>
            {trash.map((deleted) => (
              <li key={deleted.summary.id}>
                <span>{deleted.summary.name}</span>
                <span className="muted">deleted {formatDate(deleted.deletedAt)}</span>
                <button
                  type="button"
                  className="button small"
                  onClick={() => {
                    const restored = library.restore(deleted.summary.id);
                    if (!restored.ok) {
                      setError(`Could not restore “${deleted.summary.name}”: ${restored.message}`);
                    }
                    refresh();
                  }}
                >
                  <RotateCcw size={14} aria-hidden="true" /> Restore
                  <span className="visually-hidden"> {deleted.summary.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Modal>
  );
}

function RenameInput({ summary, onDone }: { summary: FlowSummary; onDone(name: string): void }) {
  const [name, setName] = useState(summary.name);
  return (
    <input
      className="control"
      aria-label={`New name for ${summary.name}`}
      value={name}
      maxLength={FLOW_NAME_MAX_LENGTH}
      autoFocus
      onChange={(event) => setName(event.target.value)}
      onBlur={() => onDone(name)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onDone(name);
        if (event.key === 'Escape') {
          event.stopPropagation();
          event.preventDefault();
          onDone(summary.name);
        }
      }}
    />
  );
}
