import { Ellipsis, ImageDown, PhoneCall } from 'lucide-react';
import { lazy, Suspense } from 'react';
import { SIMULATE_BUTTON_ID } from '../simulator/simulateButton';
import { useAppStore } from '../store/context';
import { FLOW_NAME_MAX_LENGTH } from '../verbs/limits';
import { ActionButton } from './actions/ActionButton';
import { ActionMenu } from './actions/ActionMenu';
import { TEAM_BUTTONS, TEAM_MENU_ITEMS } from './actions/teamActions';
import { usePersistence } from './persistence';
import { DialectSelect } from './DialectSelect';
import { SaveStatus } from './SaveStatus';
import '../styles/toolbar.css';

/** The period of the calls on the canvas loads with them (a team's, signed in to a server). */
const CallPeriod = lazy(() =>
  import('./team/CallPeriod').then((module) => ({ default: module.CallPeriod })),
);

/** The flow's name and the actions on the whole flow; every button is an action of the registry. */
export function Toolbar() {
  const name = useAppStore((s) => s.flow.name);
  const renameFlow = useAppStore((s) => s.renameFlow);
  const readOnly = useAppStore((s) => s.readOnly);
  const { team } = usePersistence();
  const showingCalls = useAppStore((s) => s.callOverlay !== null);

  return (
    <header className={team ? 'toolbar team' : 'toolbar'} role="toolbar" aria-label="Flow">
      <div className="brand">
        <PhoneCall size={18} aria-hidden="true" />
        <span className="brand-name">RCML Studio</span>
      </div>
      <label className="toolbar-field flow-name">
        <span className="visually-hidden">Flow name</span>
        <input
          className="control"
          value={name}
          maxLength={FLOW_NAME_MAX_LENGTH}
          readOnly={readOnly}
          onChange={(event) => renameFlow(event.target.value)}
        />
      </label>
      <ActionButton id="flows" collapsible />
      <ActionButton id="templates" collapsible />
      <ActionButton id="simulate" elementId={SIMULATE_BUTTON_ID} />
      <ActionButton id="tidy-up" collapsible />
      {team && (
        <div className="button-group">
          {TEAM_BUTTONS.map((id) => (
            // Publish keeps its word: it is what takes the flow live.
            <ActionButton key={id} id={id} collapsible={id !== 'publish'} />
          ))}
          {showingCalls && (
            <Suspense fallback={null}>
              <CallPeriod />
            </Suspense>
          )}
        </div>
      )}
      <div className="button-group">
        <ActionButton id="undo" iconOnly />
        <ActionButton id="redo" iconOnly />
      </div>
      <SaveStatus />
      <div className="toolbar-spacer" />
      <DialectSelect />
      <ActionButton id="import" collapsible />
      <ActionButton id="download" primary />
      <ActionMenu
        label="Download image"
        text="Image"
        icon={ImageDown}
        collapsible
        items={['download-image-png', 'download-image-svg']}
      />
      <ActionMenu
        label="More actions"
        icon={Ellipsis}
        iconOnly
        items={['new-flow', 'copy-document', 'help', ...(team ? TEAM_MENU_ITEMS : [])]}
      />
    </header>
  );
}
