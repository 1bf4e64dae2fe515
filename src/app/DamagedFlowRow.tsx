import { Download, Trash2 } from 'lucide-react';
import type { FlowDamage, FlowEntry } from '../persist/library';
import { downloadText } from './exportFile';
import { flowBaseName } from './flowFiles';
import { formatDate } from './formatDate';
import { IconAction } from './IconAction';
import { usePersistence } from './persistence';

/**
 * A stored flow that cannot be opened: why, in plain words, and what can be done with it.
 * What is stored is downloaded exactly as it is, so a person (or support) can recover it; it is
 * only ever removed when the user deletes it.
 */
export function DamagedFlowRow({
  entry,
  damage,
  confirming,
  onConfirm,
  onDelete,
}: {
  entry: FlowEntry;
  damage: FlowDamage;
  confirming: boolean;
  onConfirm(confirm: boolean): void;
  onDelete(): void;
}) {
  const { library } = usePersistence();
  const download = () => {
    const text = library.rawText(entry.id);
    if (text !== undefined) {
      downloadText(`${flowBaseName(entry.name)}.stored.txt`, text, 'text/plain');
    }
  };
  const newer = damage.kind === 'newer';
  return (
    <tr>
      <td>
        {entry.name}
        <span className="tag">{newer ? 'needs a newer RCML Studio' : 'damaged'}</span>
        <div className="muted">
          {damage.message}{' '}
          {newer
            ? 'It is kept as it is; download it to keep a copy.'
            : 'It cannot be opened. Download what is stored to keep it (someone can often repair it by hand), or delete it.'}
        </div>
      </td>
      <td>{entry.dialect.toUpperCase() || '—'}</td>
      <td>{entry.verbs ?? '—'}</td>
      <td>{formatDate(entry.updatedAt)}</td>
      <td className="row-actions">
        {confirming ? (
          <>
            <span>Delete?</span>
            <button type="button" className="button small danger-solid" onClick={onDelete}>
              Delete “{entry.name}”
            </button>
            <button type="button" className="button small" onClick={() => onConfirm(false)}>
              Keep it
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button small" onClick={download}>
              <Download size={14} aria-hidden="true" /> Download
              <span className="visually-hidden"> what is stored for {entry.name}</span>
            </button>
            <IconAction label={`Delete ${entry.name}`} onClick={() => onConfirm(true)}>
              <Trash2 size={14} aria-hidden="true" />
            </IconAction>
          </>
        )}
      </td>
    </tr>
  );
}
