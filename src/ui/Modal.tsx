import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  /** Called on Escape and on the cancel button. */
  onCancel(): void;
  children: ReactNode;
  actions: ReactNode;
  /** For tables and side-by-side text (the team's versions): up to 960 px wide. */
  wide?: boolean;
}

/** A modal built on the native <dialog>: focus trapping, Escape and the dialog role come free. */
export function Modal({ title, onCancel, children, actions, wide = false }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'modal wide' : 'modal'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="modal-body">{children}</div>
      <div className="modal-actions">{actions}</div>
    </dialog>
  );
}

/** The one button of a dialog that only shows things: Close. */
export function CloseButton({ onClose }: { onClose(): void }) {
  return (
    <button type="button" className="button" onClick={onClose}>
      Close
    </button>
  );
}
