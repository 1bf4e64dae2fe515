import { Modal } from '../ui/Modal';
import { displayKeys, isMacPlatform } from './actions/keys';
import { actions } from './actions/registry';

const MOVE_KEYS = ['Down arrow', 'Up arrow', 'Home', 'End'];

/** The keys that belong to one control, not to the app (those are in the action registry). */
const CONTROL_KEYS: readonly { what: string; keys: readonly string[] }[] = [
  { what: 'Select a focused verb on the canvas', keys: ['Enter'] },
  { what: 'In the palette: the next or previous verb, the first or last', keys: MOVE_KEYS },
  { what: 'Add the focused palette verb after the last verb', keys: ['Enter'] },
  {
    what: 'On a connection’s “+”: the next or previous connection, the first or last',
    keys: MOVE_KEYS,
  },
  { what: 'Open a connection’s “+”: the verbs to insert there', keys: ['Enter'] },
  {
    what: 'In the search box: the next match, the previous one, close',
    keys: ['Enter', 'Shift+Enter', 'Escape'],
  },
  { what: 'Select several verbs: draw a box, or click each', keys: ['Shift+drag', 'Shift+click'] },
];

/** Every action that has keys, from the registry, then the keys that belong to one control. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const isMac = isMacPlatform();
  return (
    <Modal
      title="Keyboard shortcuts"
      onCancel={onClose}
      actions={
        <button type="button" className="button primary" onClick={onClose} autoFocus>
          Close
        </button>
      }
    >
      <table className="shortcut-table">
        <tbody>
          {actions
            .filter((action) => action.keys?.length)
            .map((action) => (
              <tr key={action.id}>
                <td>{action.label}</td>
                <td>
                  {action.keys!.map((k) => (
                    <kbd key={k}>{displayKeys(k, isMac)}</kbd>
                  ))}
                </td>
              </tr>
            ))}
          {CONTROL_KEYS.map(({ what, keys }) => (
            <tr key={what}>
              <td>{what}</td>
              <td>
                {keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Shortcuts do nothing while you type in a field, but F6 and Shift+F6.</p>
    </Modal>
  );
}
