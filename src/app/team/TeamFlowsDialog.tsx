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
import { useCallback, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/context';
import type { FlowSummaryOnServer } from '../../team/api';
import { Modal } from '../../ui/Modal';
import type { LibraryOutcome } from '../actions/flowLibrary';
import { focusAfterOpening } from '../actions/focusAfterOpening';
import { downloadFlowFile } from '../flowFiles';
import { RenameInput } from '../FlowsDialog';
import { formatDate } from '../formatDate';
import { IconAction } from '../IconAction';
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
  const [error, setError] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);
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

  /** After an operation: its problem is said, and the list shows what the server holds now. */
  const settle = (outcome: LibraryOutcome) => {
    if (!outcome.ok) setError(outcome.message);
    else setError(undefined);
    refresh();
  };

  /** An operation that opened a flow closes the dialog, and focus goes to the flow. */
  const opened = (outcome: LibraryOutcome) => {
    if (!outcome.ok) return settle(outcome);
    onClose();
    focusAfterOpening('opened');
  };

  return (
    <Modal
      title="The team’s flows"
      onCancel={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      }
    >
      <div className="dialog-toolbar">
        {!readOnly && (
          <>
            <button type="button" className="button" onClick={onNewFlow}>
              <FilePlus2 size={15} aria-hidden="true" /> New flow…
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                onClose();
                now().openTemplates();
              }}
            >
              <LayoutTemplate size={15} aria-hidden="true" /> New from a template…
            </button>
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              <FolderOpen size={15} aria-hidden="true" /> Open flow file…
            </button>
          </>
        )}
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
            if (file) void openTeamFlowFile(persistence, now(), file).then(opened);
          }}
        />
      </div>
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
          <thead>
            <tr>
              <th scope="col">Flow</th>
              <th scope="col">Changed by</th>
              <th scope="col">Changed</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
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
                  {confirming === summary.id ? (
                    <>
                      <span>Delete?</span>
                      <button
                        type="button"
                        className="button small danger-solid"
                        onClick={() => {
                          setConfirming(undefined);
                          void deleteTeamFlow(persistence, now(), summary).then(settle);
                        }}
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
                          onClick={() => void openTeamFlow(persistence, summary).then(opened)}
                        >
                          Open<span className="visually-hidden"> {summary.name}</span>
                        </button>
                      )}
                      {!readOnly && (
                        <>
                          <IconAction
                            label={`Rename ${summary.name}`}
                            onClick={() => setRenaming(summary.id)}
                          >
                            <Pencil size={14} aria-hidden="true" />
                          </IconAction>
                          <IconAction
                            label={`Duplicate ${summary.name}`}
                            onClick={() =>
                              void duplicateTeamFlow(persistence, summary).then(settle)
                            }
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
                    </>
                  )}
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
      {listing && listing.deleted.length > 0 && (
        <section aria-label="Recently deleted" className="trash">
          <h3>Recently deleted</h3>
          <ul>
            {listing.deleted.map((summary) => (
              <li key={summary.id}>
                <span>{summary.name}</span>
                <span className="muted">deleted {formatDate(summary.deletedAt)}</span>
                {!readOnly && (
                  <button
                    type="button"
                    className="button small"
                    onClick={() => void restoreTeamFlow(persistence, summary).then(settle)}
                  >
                    <RotateCcw size={14} aria-hidden="true" /> Restore
                    <span className="visually-hidden"> {summary.name}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Modal>
  );
}
