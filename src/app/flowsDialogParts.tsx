/**
 * What the browser's Flows dialog and the team's share: the row of buttons above the list, a
 * flow's own buttons (open, rename, duplicate, delete with a question first) and Recently
 * deleted. Each dialog says what the buttons do to its own library.
 */
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
import type { LibraryOutcome } from './actions/flowLibrary';
import { focusAfterOpening } from './actions/focusAfterOpening';
import { formatDate } from './formatDate';
import { IconAction } from './IconAction';

export function FlowsToolbar({
  canCreate,
  onNewFlow,
  onTemplates,
  onOpenFile,
  onSaveFile,
}: {
  /** A viewer of a team's library only saves a flow file. */
  canCreate: boolean;
  onNewFlow(): void;
  onTemplates(): void;
  onOpenFile(file: File): void;
  onSaveFile(): void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className="dialog-toolbar">
      {canCreate && (
        <>
          <button type="button" className="button" onClick={onNewFlow}>
            <FilePlus2 size={15} aria-hidden="true" /> New flow…
          </button>
          <button type="button" className="button" onClick={onTemplates}>
            <LayoutTemplate size={15} aria-hidden="true" /> New from a template…
          </button>
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            <FolderOpen size={15} aria-hidden="true" /> Open flow file…
          </button>
        </>
      )}
      <button type="button" className="button" onClick={onSaveFile}>
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
          if (file) onOpenFile(file);
        }}
      />
    </div>
  );
}

/** A flow's buttons in its row; Delete asks first, in the row itself. */
export function FlowRowActions({
  name,
  isOpen,
  canChange,
  confirming,
  onConfirm,
  onOpen,
  onRename,
  onDuplicate,
  onDelete,
}: {
  name: string;
  /** The flow on screen: nothing to open. */
  isOpen: boolean;
  canChange: boolean;
  confirming: boolean;
  onConfirm(asking: boolean): void;
  onOpen(): void;
  onRename(): void;
  onDuplicate(): void;
  onDelete(): void;
}) {
  if (confirming) {
    return (
      <>
        <span>Delete?</span>
        <button
          type="button"
          className="button small danger-solid"
          onClick={() => {
            onConfirm(false);
            onDelete();
          }}
        >
          Delete “{name}”
        </button>
        <button type="button" className="button small" onClick={() => onConfirm(false)}>
          Keep it
        </button>
      </>
    );
  }
  return (
    <>
      {!isOpen && (
        <button type="button" className="button small" onClick={onOpen}>
          Open<span className="visually-hidden"> {name}</span>
        </button>
      )}
      {canChange && (
        <>
          <IconAction label={`Rename ${name}`} onClick={onRename}>
            <Pencil size={14} aria-hidden="true" />
          </IconAction>
          <IconAction label={`Duplicate ${name}`} onClick={onDuplicate}>
            <Copy size={14} aria-hidden="true" />
          </IconAction>
          <IconAction label={`Delete ${name}`} onClick={() => onConfirm(true)}>
            <Trash2 size={14} aria-hidden="true" />
          </IconAction>
        </>
      )}
    </>
  );
}

/** Deleted flows that can still be brought back. */
export function RecentlyDeleted({
  flows,
  canRestore,
  onRestore,
}: {
  flows: readonly { readonly id: string; readonly name: string; readonly deletedAt?: number }[];
  canRestore: boolean;
  onRestore(id: string): void;
}) {
  if (flows.length === 0) return null;
  return (
    <section aria-label="Recently deleted" className="trash">
      <h3>Recently deleted</h3>
      <ul>
        {flows.map((flow) => (
          <li key={flow.id}>
            <span>{flow.name}</span>
            <span className="muted">deleted {formatDate(flow.deletedAt)}</span>
            {canRestore && (
              <button type="button" className="button small" onClick={() => onRestore(flow.id)}>
                <RotateCcw size={14} aria-hidden="true" /> Restore
                <span className="visually-hidden"> {flow.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * What a Flows dialog does after an operation: its problem is said (Nothing was changed) and the
 * list shown again; one that opened a flow closes the dialog, and focus goes to the flow.
 */
export function useLibraryOutcomes(onClose: () => void, refresh: () => void) {
  const [error, setError] = useState<string>();
  const settle = (outcome: LibraryOutcome) => {
    setError(outcome.ok ? undefined : outcome.message);
    refresh();
  };
  const opened = (outcome: LibraryOutcome) => {
    if (!outcome.ok) return settle(outcome);
    onClose();
    focusAfterOpening('opened');
  };
  return { error, setError, settle, opened };
}

/** A table's head: its columns' names, and the last, unnamed on screen, for each row's buttons. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
}
