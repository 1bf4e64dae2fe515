import { Modal } from '../ui/Modal';
import { displayKeys, shortcuts } from './shortcuts';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
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
          {shortcuts.map((s) => (
            <tr key={s.id}>
              <td>{s.label}</td>
              <td>
                {s.keys.map((k) => (
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
            <td>Add the focused palette verb after the last verb</td>
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
