import { PhoneCall } from 'lucide-react';
import { SIMULATE_BUTTON_ID } from '../simulator/simulateButton';
import { useAppStore } from '../store/context';
import { FLOW_NAME_MAX_LENGTH } from '../verbs/limits';
import { ActionButton } from './actions/ActionButton';
import { DialectSelect } from './DialectSelect';
import { SaveStatus } from './SaveStatus';

/** The flow's name and the actions on the whole flow; every button is an action of the registry. */
export function Toolbar() {
  const name = useAppStore((s) => s.flow.name);
  const renameFlow = useAppStore((s) => s.renameFlow);

  return (
    <header className="toolbar" role="toolbar" aria-label="Flow">
      <div className="brand">
        <PhoneCall size={18} aria-hidden="true" />
        <span>RCML Studio</span>
      </div>
      <label className="toolbar-field flow-name">
        <span className="visually-hidden">Flow name</span>
        <input
          className="control"
          value={name}
          maxLength={FLOW_NAME_MAX_LENGTH}
          onChange={(event) => renameFlow(event.target.value)}
        />
      </label>
      <ActionButton id="flows" />
      <ActionButton id="templates" />
      <ActionButton id="simulate" elementId={SIMULATE_BUTTON_ID} />
      <div className="button-group">
        <ActionButton id="undo" iconOnly />
        <ActionButton id="redo" iconOnly />
      </div>
      <SaveStatus />
      <div className="toolbar-spacer" />
      <DialectSelect />
      <ActionButton id="help" iconOnly />
      <ActionButton id="import" />
      <ActionButton id="copy-document" />
      <ActionButton id="download" primary />
    </header>
  );
}
