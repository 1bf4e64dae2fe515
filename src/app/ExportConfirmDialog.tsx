import { useAppStore } from '../store/context';
import { selectProblems } from '../store/selectors';
import { Modal } from '../ui/Modal';
import type { ExportKind } from './useExport';

export function ExportConfirmDialog({
  kind,
  onConfirm,
  onCancel,
}: {
  kind: ExportKind;
  onConfirm(): void;
  onCancel(): void;
}) {
  const errors = useAppStore(selectProblems).filter((p) => p.severity === 'error');
  const nodes = useAppStore((s) => s.flow.nodes);
  const labelOf = (id: string | undefined) => {
    const node = nodes.find((n) => n.id === id);
    return node?.label ?? node?.verb ?? '';
  };
  const count = `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`;
  return (
    <Modal
      title={`This flow has ${count}`}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} autoFocus>
            Cancel
          </button>
          <button type="button" className="button primary" onClick={onConfirm}>
            {kind === 'download' ? 'Download anyway' : 'Copy anyway'}
          </button>
        </>
      }
    >
      <p>The platform may not run this document as you expect:</p>
      <ul className="dialog-list">
        {errors.map((p) => (
          <li key={p.key}>
            <strong>{labelOf(p.nodeId)}</strong> {p.message}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
