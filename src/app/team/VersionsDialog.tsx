import { Download, Eye, GitCompare, RotateCcw } from 'lucide-react';
import { useCallback, useId, useState } from 'react';
import type { Flow } from '../../schema/flow';
import { useAppStore, useAppStoreApi } from '../../store/context';
import type { PublishedVersion, VersionDocuments } from '../../team/api';
import { CloseButton, Modal } from '../../ui/Modal';
import { compareVersions, type DiffLine, type VersionComparison } from '../../versions';
import { downloadBlob, zipTexts } from '../exportFile';
import { flowBaseName } from '../flowFiles';
import { formatDate } from '../formatDate';
import { tableFromFlow } from '../../router/flowTable';
import { TableHead } from '../flowsDialogParts';
import { usePersistence } from '../persistence';
import { useLoaded } from './useLoaded';

/** What "Compare" compares a version with: another version, or the flow being edited. */
type Other = { readonly kind: 'draft' } | { readonly kind: 'version'; readonly number: number };

interface Shown {
  readonly title: string;
  readonly comparison?: VersionComparison;
  readonly opened?: VersionDocuments;
}

const DRAFT: Other = { kind: 'draft' };

/**
 * Every published version of the open flow: its note, who published it and when, and which
 * answers calls. "Make live" on an older one rolls back (a new pointer, no new copy); "Open"
 * shows a version's documents as they are served; "Compare" shows what changed in words (moves
 * apart) and the documents line by line.
 */
export default function VersionsDialog({ onClose }: { onClose(): void }) {
  const { team } = usePersistence();
  const store = useAppStoreApi();
  const flow = useAppStore((s) => s.flow);
  const readOnly = useAppStore((s) => s.readOnly);
  const [other, setOther] = useState<Other | undefined>();
  const [shown, setShown] = useState<Shown>();
  const [problem, setProblem] = useState<string>();
  const withId = useId();
  if (!team) throw new Error('VersionsDialog needs a team library');
  const { api } = team;
  const load = useCallback(() => api.versions(flow.id), [api, flow.id]);
  const [listing, reload] = useLoaded(load);
  const versions = listing?.ok ? listing.value.versions : [];
  const live = listing?.ok ? listing.value.live : null;
  const compareWith: Other = other ?? (live !== null ? { kind: 'version', number: live } : DRAFT);

  const fetchVersion = async (number: number) => {
    const result = await api.version(flow.id, number);
    if (!result.ok) setProblem(`Version ${number} could not be read. ${result.message}`);
    return result.ok ? result.value : undefined;
  };

  const compare = async (number: number) => {
    setProblem(undefined);
    const target =
      compareWith.kind === 'version' && compareWith.number === number ? DRAFT : compareWith;
    const older = await fetchVersion(
      target.kind === 'version' ? Math.min(number, target.number) : number,
    );
    if (!older) return;
    if (target.kind === 'draft') {
      setShown({
        title: `Version ${number} → the flow as it is now (not published)`,
        comparison: compareAtOneAddress(older, { flow }),
      });
      return;
    }
    const newer = await fetchVersion(Math.max(number, target.number));
    if (!newer) return;
    setShown({
      title: `Version ${older.version.number} → version ${newer.version.number}`,
      comparison: compareAtOneAddress(older, newer),
    });
  };

  const open = async (number: number) => {
    setProblem(undefined);
    const opened = await fetchVersion(number);
    if (opened) setShown({ title: `Version ${number}, as it is served`, opened });
  };

  /**
   * A version as the flow server a team can run elsewhere: the very documents it serves here,
   * at the same paths (BASE_PATH is the version's own, so its addresses still lead to it).
   */
  const download = async (number: number) => {
    const version = await fetchVersion(number);
    if (!version) return;
    const { flowServerDownload } = await import('../../server/download');
    const files = await flowServerDownload(tableFromFlow(version.flow), version.flow.name);
    const name = `${flowBaseName(version.flow.name)}-v${number}.zip`;
    downloadBlob(name, await zipTexts(files));
    store.getState().notify(`Downloaded ${name}: version ${number} as a flow server.`, 'success');
  };

  const makeLive = async (number: number) => {
    const result = await api.makeLive(flow.id, number);
    if (!result.ok) return setProblem(result.message);
    setProblem(undefined);
    store.getState().setLiveVersion(result.value.live);
    reload();
  };

  return (
    <Modal title="Versions" wide onCancel={onClose} actions={<CloseButton onClose={onClose} />}>
      {listing && !listing.ok && (
        <p className="callout warning" role="alert">
          The versions could not be listed. {listing.message}
        </p>
      )}
      {problem && (
        <p className="callout warning" role="alert">
          {problem}
        </p>
      )}
      {!listing && <p role="status">Loading the versions…</p>}
      {listing?.ok && versions.length === 0 && (
        <p>This flow has no version yet: Publish makes the first, and takes it live.</p>
      )}
      {versions.length > 0 && (
        <>
          <div className="people-invite-row">
            <label htmlFor={withId}>Compare with</label>
            <select
              id={withId}
              className="control"
              value={compareWith.kind === 'draft' ? 'draft' : String(compareWith.number)}
              onChange={(event) =>
                setOther(
                  event.target.value === 'draft'
                    ? DRAFT
                    : { kind: 'version', number: Number(event.target.value) },
                )
              }
            >
              <option value="draft">The flow as it is now (not published)</option>
              {versions.map((version) => (
                <option key={version.number} value={version.number}>
                  Version {version.number}
                  {version.live ? ' (live)' : ''}
                </option>
              ))}
            </select>
            <span />
          </div>
          <table className="flows-table versions-table">
            <TableHead columns={['Version', 'What changed', 'Published']} />
            <tbody>
              {versions.map((version) => (
                <VersionRow
                  key={version.number}
                  version={version}
                  canMakeLive={!readOnly}
                  onOpen={() => void open(version.number)}
                  onCompare={() => void compare(version.number)}
                  onMakeLive={() => void makeLive(version.number)}
                  onDownload={() => void download(version.number)}
                />
              ))}
            </tbody>
          </table>
        </>
      )}
      {shown && (
        <section aria-label={shown.title} className="version-view">
          <h3>{shown.title}</h3>
          {shown.comparison && <ComparisonView comparison={shown.comparison} />}
          {shown.opened?.documents.map((document) => (
            <figure key={document.fileName} className="version-document">
              <figcaption>{document.fileName}</figcaption>
              <pre>{document.xml}</pre>
            </figure>
          ))}
        </section>
      )}
    </Modal>
  );
}

function VersionRow({
  version,
  canMakeLive,
  onOpen,
  onCompare,
  onMakeLive,
  onDownload,
}: {
  version: PublishedVersion;
  canMakeLive: boolean;
  onOpen(): void;
  onCompare(): void;
  onMakeLive(): void;
  onDownload(): void;
}) {
  const name = `version ${version.number}`;
  return (
    <tr aria-current={version.live || undefined}>
      <td>
        {version.number}
        {version.live && <span className="tag info">live</span>}
      </td>
      <td>{version.note || <span className="muted">—</span>}</td>
      <td>
        {version.publishedBy?.name ?? 'Someone'}, {formatDate(version.publishedAt)}
      </td>
      <td className="row-actions">
        <button type="button" className="button small" onClick={onOpen}>
          <Eye size={14} aria-hidden="true" /> Open<span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" className="button small" onClick={onCompare}>
          <GitCompare size={14} aria-hidden="true" /> Compare
          <span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" className="button small" onClick={onDownload}>
          <Download size={14} aria-hidden="true" /> Download
          <span className="visually-hidden"> {name}</span>
        </button>
        {canMakeLive && !version.live && (
          <button type="button" className="button small" onClick={onMakeLive}>
            <RotateCcw size={14} aria-hidden="true" /> Make live
            <span className="visually-hidden"> {name}</span>
          </button>
        )}
      </td>
    </tr>
  );
}

/**
 * Each version's documents name their own address (…/v3/…), so that a call stays on its
 * version; compared as they are, every address would read as a change. The older side is
 * therefore written at the newer one's address: what remains are the real changes.
 */
function compareAtOneAddress(
  older: VersionDocuments,
  newer: { flow: Flow; documents?: VersionDocuments['documents'] },
): VersionComparison {
  const isDraft = newer.documents === undefined;
  const baseUrl = isDraft ? older.flow.baseUrl : newer.flow.baseUrl;
  const after = isDraft ? { flow: { ...newer.flow, baseUrl } } : newer;
  return compareVersions({ flow: { ...older.flow, baseUrl } }, after);
}

function ComparisonView({ comparison }: { comparison: VersionComparison }) {
  const { changes, moves, documents } = comparison;
  const changed = documents.filter((document) => document.status !== 'same');
  return (
    <>
      {changes.length === 0 && moves.length === 0 ? (
        <p>No change.</p>
      ) : (
        <ul aria-label="Changes" className="version-changes">
          {changes.map((change, index) => (
            <li key={index}>{change.sentence}</li>
          ))}
        </ul>
      )}
      {moves.length > 0 && (
        <>
          <h4>Only moved on the canvas</h4>
          <ul aria-label="Moves" className="version-changes muted">
            {moves.map((move, index) => (
              <li key={index}>{move.sentence}</li>
            ))}
          </ul>
        </>
      )}
      {changed.map((document) => (
        <figure key={document.fileName} className="version-document">
          <figcaption>
            {document.fileName}{' '}
            <span className="muted">
              {document.status === 'changed'
                ? `+${document.added} −${document.removed}`
                : document.status}
            </span>
          </figcaption>
          <table className="diff-table" aria-label={`Changes in ${document.fileName}`}>
            <tbody>
              {document.lines.map((entry, index) =>
                entry.kind === 'skipped' ? (
                  <tr key={index} className="diff-skipped">
                    <td colSpan={3}>
                      {entry.count} unchanged {entry.count === 1 ? 'line' : 'lines'}
                    </td>
                  </tr>
                ) : (
                  <DiffRow key={index} line={entry} />
                ),
              )}
            </tbody>
          </table>
        </figure>
      ))}
    </>
  );
}

const MARK = { added: '+', removed: '−', same: ' ' } as const;
const SAID = { added: 'added', removed: 'removed', same: '' } as const;

function DiffRow({ line }: { line: DiffLine }) {
  return (
    <tr className={`diff-${line.kind}`}>
      <td className="diff-number">{line.oldNumber ?? ''}</td>
      <td className="diff-number">{line.newNumber ?? ''}</td>
      <td>
        <span aria-hidden="true">{MARK[line.kind]} </span>
        {SAID[line.kind] && <span className="visually-hidden">{SAID[line.kind]}: </span>}
        <code>{line.text}</code>
      </td>
    </tr>
  );
}
