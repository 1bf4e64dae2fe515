import { useCallback, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/context';
import type { FlowSummaryOnServer } from '../../team/api';
import { CloseButton, Modal } from '../../ui/Modal';
import { downloadFlowFile } from '../flowFiles';
import { RenameInput } from '../FlowsDialog';
import { formatDate } from '../formatDate';
import { usePersistence } from '../persistence';
import {
  deleteTeamFlow,
  duplicateTeamFlow,
  isTeam,
  openTeamFlow,
  openTeamFlowFile,
  renameTeamFlow,
  restoreTeamFlow,
} from './teamLibrary';
import { ROWS_AT_A_TIME } from './rowsAtATime';
import { useLoaded } from './useLoaded';
import {
  FlowRowActions,
  FlowsToolbar,
  RecentlyDeleted,
  TableHead,
  useLibraryOutcomes,
} from '../flowsDialogParts';

interface Listing {
  readonly flows: readonly FlowSummaryOnServer[];
  readonly deleted: readonly FlowSummaryOnServer[];
}

/**
 * The team's flows, as the server holds them: who changed each last, and when. Editors and
 * owners open, create, rename, duplicate, delete and restore; a viewer opens.
 */
export default function TeamFlowsDialog({
  onClose,
  onNewFlow,
}: {
  onClose(): void;
  onNewFlow(): void;
}) {
  const persistence = usePersistence();
  const current = useAppStore((s) => s.flow);
  const readOnly = useAppStore((s) => s.readOnly);
  const store = useAppStoreApi();
  const now = () => store.getState();
  const [filter, setFilter] = useState('');
  const [shown, setShown] = useState(ROWS_AT_A_TIME);
  const [renaming, setRenaming] = useState<string>();
  const [confirming, setConfirming] = useState<string>();
  if (!isTeam(persistence)) throw new Error('TeamFlowsDialog needs a team library');
  const { api } = persistence.team;
  const load = useCallback(
    () =>
      Promise.all([api.flows(), api.flows(true)]).then(([flows, deleted]) => ({ flows, deleted })),
    [api],
  );
  const [loaded, refresh] = useLoaded(load);
  const listing: Listing | undefined = loaded?.flows.ok
    ? {
        flows: loaded.flows.value.flows,
        deleted: loaded.deleted.ok ? loaded.deleted.value.flows : [],
      }
    : undefined;
  const wanted = filter.trim().toLocaleLowerCase();
  const matching =
    listing?.flows.filter((flow) => !wanted || flow.name.toLocaleLowerCase().includes(wanted)) ??
    [];
  const listProblem =
    loaded && !loaded.flows.ok
      ? `The team’s flows could not be listed. ${loaded.flows.message}`
      : undefined;

  const { error, setError, settle, opened } = useLibraryOutcomes(onClose, refresh);

  return (
    <Modal title="The team’s flows" onCancel={onClose} actions={<CloseButton onClose={onClose} />}>
      <FlowsToolbar
        canCreate={!readOnly}
        onNewFlow={onNewFlow}
        onTemplates={() => {
          onClose();
          now().openTemplates();
        }}
        onOpenFile={(file) => {
          setError(undefined);
          void openTeamFlowFile(persistence, now(), file).then(opened);
        }}
        onSaveFile={() => downloadFlowFile(current)}
      />
      {error && (
        <p className="callout warning" role="alert">
          {error} Nothing was changed.
        </p>
      )}
      {listProblem && (
        <p className="callout warning" role="alert">
          {listProblem}
        </p>
      )}
      {!loaded && <p role="status">Loading the team’s flows…</p>}
      {listing && listing.flows.length > ROWS_AT_A_TIME && (
        <input
          type="search"
          className="control"
          aria-label="Filter flows"
          placeholder={`Filter ${listing.flows.length} flows by name`}
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value);
            setShown(ROWS_AT_A_TIME);
          }}
        />
      )}
      {listing && (
        <table className="flows-table">
          <TableHead columns={['Flow', 'Changed by', 'Changed']} />
          <tbody>
            {matching.slice(0, shown).map((summary) => (
              <tr key={summary.id} aria-current={summary.id === current.id || undefined}>
                <td>
                  {renaming === summary.id ? (
                    <RenameInput
                      name={summary.name}
                      onDone={(name) => {
                        setRenaming(undefined);
                        void renameTeamFlow(persistence, now(), summary, name).then(settle);
                      }}
                    />
                  ) : (
                    <>
                      {summary.name}
                      {summary.id === current.id && <span className="tag info">open</span>}
                    </>
                  )}
                </td>
                <td>{summary.updatedBy?.name ?? '—'}</td>
                <td>{formatDate(summary.updatedAt)}</td>
                <td className="row-actions">
                  <FlowRowActions
                    name={summary.name}
                    isOpen={summary.id === current.id}
                    canChange={!readOnly}
                    confirming={confirming === summary.id}
                    onConfirm={(asking) => setConfirming(asking ? summary.id : undefined)}
                    onOpen={() => void openTeamFlow(persistence, summary).then(opened)}
                    onRename={() => setRenaming(summary.id)}
                    onDuplicate={() => void duplicateTeamFlow(persistence, summary).then(settle)}
                    onDelete={() => void deleteTeamFlow(persistence, now(), summary).then(settle)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {matching.length > shown && (
        <button
          type="button"
          className="button"
          onClick={() => setShown((count) => count + ROWS_AT_A_TIME)}
        >
          Show {Math.min(ROWS_AT_A_TIME, matching.length - shown)} more ({matching.length - shown}{' '}
          not shown)
        </button>
      )}
      {listing && wanted && matching.length === 0 && (
        <p className="muted">No flow’s name contains “{filter.trim()}”.</p>
      )}
      <RecentlyDeleted
        flows={listing?.deleted ?? []}
        canRestore={!readOnly}
        onRestore={(id) => {
          const summary = listing?.deleted.find((flow) => flow.id === id);
          if (summary) void restoreTeamFlow(persistence, summary).then(settle);
        }}
      />
    </Modal>
  );
}
