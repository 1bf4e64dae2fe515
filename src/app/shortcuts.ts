/**
 * Every keyboard shortcut, as data: the help dialog lists them and one key handler runs them.
 * None fires while the user types in a field.
 */
import type { AppState } from '../store/types';

export interface Shortcut {
  readonly id: string;
  readonly label: string;
  /** As shown to the user; "Mod" reads Ctrl, or ⌘ on a Mac. */
  readonly keys: readonly string[];
  matches(event: KeyboardEvent): boolean;
  run(state: AppState, ui: ShortcutUi, event: KeyboardEvent): void;
}

/** What shortcuts can do beyond the store. */
export interface ShortcutUi {
  openHelp(): void;
  /** Opens the search box over the canvas, or moves focus back into it. */
  openSearch(): void;
  notify(text: string): void;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;
const NUDGE = 10;
const BIG_NUDGE = 50;

function arrow(name: 'Up' | 'Down' | 'Left' | 'Right', dx: number, dy: number): Shortcut {
  return {
    id: `move-${name.toLowerCase()}`,
    label: `Move the selected verbs ${name.toLowerCase()} (with Shift: further)`,
    keys: [`Arrow${name}`, `Shift+Arrow${name}`],
    matches: (e) => e.key === `Arrow${name}` && !mod(e) && !e.altKey,
    run: (s, _ui, e) => {
      const step = e.shiftKey ? BIG_NUDGE : NUDGE;
      s.nudgeSelection(dx * step, dy * step);
    },
  };
}

export const shortcuts: readonly Shortcut[] = [
  {
    id: 'undo',
    label: 'Undo',
    keys: ['Mod+Z'],
    matches: (e) => mod(e) && !e.shiftKey && key(e, 'z'),
    run: (s) => s.undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    matches: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || (!e.shiftKey && key(e, 'y'))),
    run: (s) => s.redo(),
  },
  {
    id: 'copy',
    label: 'Copy the selected verbs',
    keys: ['Mod+C'],
    matches: (e) => mod(e) && key(e, 'c'),
    run: (s, ui) => {
      const n = s.copySelection();
      if (n) ui.notify(`Copied ${n} ${n === 1 ? 'verb' : 'verbs'}.`);
    },
  },
  {
    id: 'cut',
    label: 'Cut the selected verbs',
    keys: ['Mod+X'],
    matches: (e) => mod(e) && key(e, 'x'),
    run: (s) => void s.cutSelection(),
  },
  {
    id: 'paste',
    label: 'Paste verbs (also into another flow)',
    keys: ['Mod+V'],
    matches: (e) => mod(e) && key(e, 'v'),
    run: (s) => void s.paste(),
  },
  {
    id: 'duplicate',
    label: 'Duplicate the selected verbs',
    keys: ['Mod+D'],
    matches: (e) => mod(e) && key(e, 'd'),
    run: (s) => void s.duplicateSelection(),
  },
  {
    id: 'select-all',
    label: 'Select every verb',
    keys: ['Mod+A'],
    matches: (e) => mod(e) && key(e, 'a'),
    run: (s) => s.selectAll(),
  },
  {
    id: 'delete',
    label: 'Delete the selection',
    keys: ['Delete', 'Backspace'],
    matches: (e) => (e.key === 'Delete' || e.key === 'Backspace') && !mod(e),
    run: (s) => s.deleteSelection(),
  },
  arrow('Up', 0, -1),
  arrow('Down', 0, 1),
  arrow('Left', -1, 0),
  arrow('Right', 1, 0),
  {
    id: 'search',
    label: 'Search the flow',
    keys: ['Mod+F'],
    matches: (e) => mod(e) && !e.shiftKey && key(e, 'f'),
    run: (_s, ui) => ui.openSearch(),
  },
  {
    id: 'help',
    label: 'Show the keyboard shortcuts',
    keys: ['?'],
    matches: (e) => e.key === '?' && !mod(e),
    run: (_s, ui) => ui.openHelp(),
  },
];

/** Where a key press belongs to a control (typing, a picker, a button), shortcuts stay out. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [role="tablist"], [role="separator"]') !== null;
}

/** How a key reads on this machine: Mod is ⌘ on a Mac, Ctrl elsewhere. */
export function displayKeys(keys: string, isMac: boolean): string {
  return keys.replace('Mod', isMac ? '⌘' : 'Ctrl').replace(/Arrow(\w+)/, '$1 arrow');
}
