import { useState } from 'react';
import { useActions } from '../../store/context';
import { FLOW_NAME_MAX_LENGTH } from '../../verbs/limits';
import { Modal } from '../../ui/Modal';
import { usePersistence } from '../persistence';
import { createNamedFlow } from './flowLibrary';
import { focusAfterOpening } from './focusAfterOpening';

const DEFAULT_NAME = 'Untitled call flow';

/** Asks for the new flow's name, creates it, and puts the palette under the user's fingers. */
export function NewFlowDialog({ onClose }: { onClose(): void }) {
  const persistence = usePersistence();
  const { openTemplates } = useActions();
  const [name, setName] = useState(DEFAULT_NAME);

  const create = () => {
    createNamedFlow(persistence, name);
    onClose();
    focusAfterOpening('new');
  };

  return (
    <Modal
      title="New flow"
      onCancel={onClose}
      actions={
        <>
          <button
            type="button"
            className="button"
            onClick={() => {
              onClose();
              // The name typed here is kept: the template's flow takes it.
              openTemplates(name === DEFAULT_NAME ? undefined : name);
            }}
          >
            Start from a template instead…
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="new-flow-form" className="button primary">
            Create flow
          </button>
        </>
      }
    >
      <form
        id="new-flow-form"
        onSubmit={(event) => {
          event.preventDefault();
          create();
        }}
      >
        <label className="field">
          <span>Name of the new flow</span>
          <input
            className="control"
            value={name}
            maxLength={FLOW_NAME_MAX_LENGTH}
            autoFocus
            onFocus={(event) => event.target.select()}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <p className="muted">The flow you have open now is saved as it is.</p>
      </form>
    </Modal>
  );
}
