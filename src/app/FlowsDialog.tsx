import { useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store/context';
import { FLOW_NAME_MAX_LENGTH } from '../verbs/limits';
import { CloseButton, Modal } from '../ui/Modal';
import { DamagedFlowRow } from './DamagedFlowRow';
import {
  deleteStoredFlow,
  duplicateStoredFlow,
  openFlowFromFile,
  openStoredFlow,
  renameStoredFlow,
  restoreDeletedFlow,
} from './actions/flowLibrary';
import { downloadFlowFile } from './flowFiles';
import { formatDate } from './formatDate';
import { usePersistence } from './persistence';
import {
  FlowRowActions,
  FlowsToolbar,
  RecentlyDeleted,
  TableHead,
  useLibraryOutcomes,
} from './flowsDialogParts';

/** The user's flows: open, create, rename, duplicate, delete (and restore), and flow files. */
export function FlowsDialog({ onClose, onNewFlow }: { onClose(): void; onNewFlow(): void }) {
  const persistence = usePersistence();
  const { library } = persistence;
  const current = useAppStore((s) => s.flow);
  const store = useAppStoreApi();
  const now = () => store.getState();
  const [renaming, setRenaming] = useState<string>();
  const [confirming, setConfirming] = useState<string>();

  // Every stored flow is checked (read in full) when the dialog opens and after each change
  // made here, not on every render.
  const [{ flows, trash, notes }, setInventory] = useState(() => library.inventory());
  const refresh = () => setInventory(library.inventory());

  const { error, setError, settle, opened } = useLibraryOutcomes(onClose, refresh);

  return (
    <Modal title="Your flows" onCancel={onClose} actions={<CloseButton onClose={onClose} />}>
      <FlowsToolbar
        canCreate
        onNewFlow={onNewFlow}
        onTemplates={() => {
          onClose();
          now().openTemplates();
        }}
        onOpenFile={(file) => {
          setError(undefined);
          void openFlowFromFile(persistence, now(), file).then(opened);
        }}
        onSaveFile={() => downloadFlowFile(current)}
      />
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
        <TableHead columns={['Flow', 'Dialect', 'Verbs', 'Saved']} />
        <tbody>
          {flows.map((summary) =>
            summary.damage ? (
              <DamagedFlowRow
                key={summary.id}
                entry={summary}
                damage={summary.damage}
                confirming={confirming === summary.id}
                onConfirm={(confirm) => setConfirming(confirm ? summary.id : undefined)}
                onDelete={() => {
                  setConfirming(undefined);
                  settle(deleteStoredFlow(persistence, now(), summary));
                }}
              />
            ) : (
              <tr key={summary.id} aria-current={summary.id === current.id || undefined}>
                <td>
                  {renaming === summary.id ? (
                    <RenameInput
                      name={summary.name}
                      onDone={(name) => {
                        setRenaming(undefined);
                        settle(renameStoredFlow(persistence, now(), summary, name));
                      }}
                    />
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
                  <FlowRowActions
                    name={summary.name}
                    isOpen={summary.id === current.id}
                    canChange
                    confirming={confirming === summary.id}
                    onConfirm={(asking) => setConfirming(asking ? summary.id : undefined)}
                    onOpen={() => opened(openStoredFlow(persistence, now(), summary))}
                    onRename={() => setRenaming(summary.id)}
                    onDuplicate={() => settle(duplicateStoredFlow(persistence, summary))}
                    onDelete={() => settle(deleteStoredFlow(persistence, now(), summary))}
                  />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <RecentlyDeleted
        flows={trash.map(({ summary, deletedAt }) => ({
          id: summary.id,
          name: summary.name,
          deletedAt: deletedAt ?? undefined,
        }))}
        canRestore
        onRestore={(id) => {
          const deleted = trash.find((t) => t.summary.id === id);
          if (deleted) settle(restoreDeletedFlow(persistence, deleted));
        }}
      />
    </Modal>
  );
}

/** A flow's name, edited in its row: Enter or leaving keeps it, Escape puts the old one back. */
export function RenameInput({
  name: initial,
  onDone,
}: {
  name: string;
  onDone(name: string): void;
}) {
  const [name, setName] = useState(initial);
  return (
    <input
      className="control"
      aria-label={`New name for ${initial}`}
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
          onDone(initial);
        }
      }}
    />
  );
}
