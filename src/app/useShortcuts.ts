import { useEffect } from 'react';
import { useAppStoreApi } from '../store/context';
import { isTypingTarget, shortcuts, type ShortcutUi } from './shortcuts';

/**
 * One key handler for the whole app. Keys meant for a control (typing in a field, choosing in a
 * picker) and keys inside a dialog are left alone; React Flow's own keys for a focused node
 * (Enter to select, arrows to move) are left to it.
 */
export function useShortcuts(ui: ShortcutUi): void {
  const store = useAppStoreApi();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const focusedNode =
        event.target instanceof Element && event.target.closest('.react-flow__node');
      if (focusedNode && event.key.startsWith('Arrow')) return;
      const shortcut = shortcuts.find((s) => s.matches(event));
      if (!shortcut) return;
      // Copy with text selected in the page (e.g. the preview) copies that text instead.
      if (shortcut.id === 'copy' && document.getSelection()?.toString()) return;
      event.preventDefault();
      shortcut.run(store.getState(), ui, event);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, ui]);
}
