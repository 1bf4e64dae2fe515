import { Modal } from '../ui/Modal';
import { displayKeys, isMacPlatform } from './actions/keys';
import { actions } from './actions/registry';

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
          <tr>
            <td>Select a focused verb on the canvas</td>
            <td>
              <kbd>Enter</kbd>
            </td>
          </tr>
          <tr>
            <td>In the palette: the next or previous verb, the first or last</td>
            <td>
              <kbd>Down arrow</kbd>
              <kbd>Up arrow</kbd>
              <kbd>Home</kbd>
              <kbd>End</kbd>
            </td>
          </tr>
          <tr>
            <td>Add the focused palette verb after the last verb</td>
            <td>
              <kbd>Enter</kbd>
            </td>
          </tr>
          <tr>
            <td>On a connection’s “+”: the next or previous connection, the first or last</td>
            <td>
              <kbd>Down arrow</kbd>
              <kbd>Up arrow</kbd>
              <kbd>Home</kbd>
              <kbd>End</kbd>
            </td>
          </tr>
          <tr>
            <td>Open a connection’s “+”: the verbs to insert there</td>
            <td>
              <kbd>Enter</kbd>
            </td>
          </tr>
          <tr>
            <td>In the search box: the next match, the previous one, close</td>
            <td>
              <kbd>Enter</kbd>
              <kbd>Shift+Enter</kbd>
              <kbd>Escape</kbd>
            </td>
          </tr>
          <tr>
            <td>Select several verbs: draw a box, or click each</td>
            <td>
              <kbd>Shift+drag</kbd>
              <kbd>Shift+click</kbd>
            </td>
          </tr>
        </tbody>
      </table>
      <p className="muted">Shortcuts do nothing while you type in a field.</p>
    </Modal>
  );
}
