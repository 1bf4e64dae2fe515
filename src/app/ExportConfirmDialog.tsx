import { kindLabel } from '../kinds';
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
  // The step a problem is about, by its label or its kind (“Say”), unless the message already
  // begins with that name (“Say needs “Text to say”…”): never said twice.
  const nameOf = ({ nodeId, message }: { nodeId?: string; message: string }) => {
    const node = nodeId === undefined ? undefined : nodes.find((n) => n.id === nodeId);
    const name = node && (node.label ?? kindLabel(node.kind));
    return name && !message.startsWith(`${name} `) ? name : undefined;
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
        {errors.map((p) => {
          const name = nameOf(p);
          return (
            <li key={p.key}>
              {name && <strong>{name}: </strong>}
              {p.message}
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
