/** Editing the flow: history, the clipboard, the selection. Each changes at most one undo step. */
import { Copy, Redo2, Scissors, Trash2, Undo2 } from 'lucide-react';
import type { ActionView, AppAction } from './types';
import { isKey, isMod } from './keys';

const NUDGE = 10;
const BIG_NUDGE = 50;

function move(name: 'Up' | 'Down' | 'Left' | 'Right', dx: number, dy: number): AppAction {
  return {
    id: `move-${name.toLowerCase()}`,
    label: `Move the selected verbs ${name.toLowerCase()} (with Shift: further)`,
    keys: [`Arrow${name}`, `Shift+Arrow${name}`],
    matches: (e) => e.key === `Arrow${name}` && !isMod(e) && !e.altKey,
    perform: ({ state, event }) => {
      const step = event?.shiftKey ? BIG_NUDGE : NUDGE;
      state.nudgeSelection(dx * step, dy * step);
    },
  };
}

const hasSelection = ({ state }: ActionView) => state.selectedNodeIds.length > 0;

export const editActions: readonly AppAction[] = [
  {
    id: 'undo',
    label: 'Undo',
    icon: Undo2,
    keys: ['Mod+Z'],
    matches: (e) => isMod(e) && !e.shiftKey && isKey(e, 'z'),
    enabled: (view) => view.canUndo,
    perform: ({ state }) => state.undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    icon: Redo2,
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    matches: (e) => isMod(e) && ((e.shiftKey && isKey(e, 'z')) || (!e.shiftKey && isKey(e, 'y'))),
    enabled: (view) => view.canRedo,
    perform: ({ state }) => state.redo(),
  },
  {
    id: 'copy',
    label: 'Copy the selected verbs',
    icon: Copy,
    keys: ['Mod+C'],
    matches: (e) => isMod(e) && !e.shiftKey && isKey(e, 'c'),
    enabled: hasSelection,
    perform: ({ state }) => {
      const n = state.copySelection();
      if (n) state.notify(`Copied ${n} ${n === 1 ? 'verb' : 'verbs'}.`);
    },
  },
  {
    id: 'cut',
    label: 'Cut the selected verbs',
    icon: Scissors,
    keys: ['Mod+X'],
    matches: (e) => isMod(e) && isKey(e, 'x'),
    enabled: hasSelection,
    perform: ({ state }) => void state.cutSelection(),
  },
  {
    id: 'paste',
    label: 'Paste verbs (also into another flow)',
    keys: ['Mod+V'],
    matches: (e) => isMod(e) && isKey(e, 'v'),
    perform: ({ state }) => void state.paste(),
  },
  {
    id: 'duplicate',
    label: 'Duplicate the selected verbs',
    keys: ['Mod+D'],
    matches: (e) => isMod(e) && isKey(e, 'd'),
    enabled: hasSelection,
    perform: ({ state }) => void state.duplicateSelection(),
  },
  {
    id: 'select-all',
    label: 'Select every verb',
    keys: ['Mod+A'],
    matches: (e) => isMod(e) && isKey(e, 'a'),
    perform: ({ state }) => state.selectAll(),
  },
  {
    id: 'delete',
    label: 'Delete the selection',
    icon: Trash2,
    keys: ['Delete', 'Backspace'],
    matches: (e) => (e.key === 'Delete' || e.key === 'Backspace') && !isMod(e),
    perform: ({ state }) => state.deleteSelection(),
  },
  move('Up', 0, -1),
  move('Down', 0, 1),
  move('Left', -1, 0),
  move('Right', 1, 0),
];
