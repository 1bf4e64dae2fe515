/**
 * The registry of actions: each shortcut answers to its documented keys and not to similar ones,
 * exactly one action answers any documented key, keys typed into a control are not shortcuts,
 * and each action does what it says.
 *
 * Vitest runs in Node here, with no DOM. isTypingTarget is tested against a minimal stand-in
 * for HTMLElement (tag, role, contenteditable, parent) installed with vi.stubGlobal; its
 * `closest` understands exactly the selector forms isTypingTarget uses and throws on any other,
 * so a change of selector cannot pass unnoticed.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FlowLibrary } from '../../persist/library';
import { createAppStore } from '../../store/createAppStore';
import { buildFlow, nodeOf, pause, say } from '../../test/builders';
import { memoryStorage } from '../../test/storage';
import { Autosave } from '../autosave';
import { displayKeys, isTypingTarget } from './keys';
import { actions } from './registry';
import type { AppAction } from './types';

/** The actions that have keys: the shortcuts. */
const shortcuts = actions.filter((a) => a.keys?.length);

interface Keys {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
}

function press(keys: Keys): KeyboardEvent {
  return {
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...keys,
  } as KeyboardEvent;
}

/** The event for a key as the help lists it ("Mod+Shift+Z"), with Ctrl or ⌘ for Mod. */
function eventFor(combo: string, modKey: 'ctrlKey' | 'metaKey' = 'ctrlKey'): KeyboardEvent {
  const parts = combo === '?' ? ['?'] : combo.split('+');
  const key = parts.at(-1)!;
  const shift = parts.includes('Shift');
  return press({
    // With Shift held, browsers report a letter in upper case.
    key: shift && key.length === 1 ? key.toUpperCase() : key.length === 1 ? key.toLowerCase() : key,
    code: key.length === 1 ? `Key${key.toUpperCase()}` : key,
    [modKey]: parts.includes('Mod'),
    shiftKey: shift,
    altKey: parts.includes('Alt'),
  });
}

function matching(event: KeyboardEvent): string[] {
  return shortcuts.filter((s) => s.matches?.(event)).map((s) => s.id);
}

function byId(id: string): AppAction {
  const shortcut = shortcuts.find((s) => s.id === id);
  if (!shortcut) throw new Error(`No shortcut "${id}"`);
  return shortcut;
}

describe('each shortcut matches its documented keys', () => {
  const documented = shortcuts.flatMap((s) => s.keys!.map((k) => [s.id, k] as const));

  it('every shortcut documents at least one key, and ids are unique', () => {
    for (const s of shortcuts) expect(s.matches).toBeTypeOf('function');
    expect(new Set(actions.map((s) => s.id)).size).toBe(actions.length);
  });

  it.each(documented)('%s answers %s (Ctrl), and no other shortcut does', (id, combo) => {
    expect(matching(eventFor(combo, 'ctrlKey'))).toEqual([id]);
  });

  it.each(documented)('%s answers %s (⌘ on a Mac)', (id, combo) => {
    expect(matching(eventFor(combo, 'metaKey'))).toEqual([id]);
  });

  it('the help lists the expected shortcuts', () => {
    expect(Object.fromEntries(shortcuts.map((s) => [s.id, s.keys]))).toEqual({
      undo: ['Mod+Z'],
      redo: ['Mod+Shift+Z', 'Mod+Y'],
      copy: ['Mod+C'],
      cut: ['Mod+X'],
      paste: ['Mod+V'],
      duplicate: ['Mod+D'],
      'select-all': ['Mod+A'],
      delete: ['Delete', 'Backspace'],
      'move-up': ['ArrowUp', 'Shift+ArrowUp'],
      'move-down': ['ArrowDown', 'Shift+ArrowDown'],
      'move-left': ['ArrowLeft', 'Shift+ArrowLeft'],
      'move-right': ['ArrowRight', 'Shift+ArrowRight'],
      'new-flow': ['Alt+N'],
      flows: ['Mod+Shift+O'],
      import: ['Mod+O'],
      simulate: ['Mod+Enter'],
      search: ['Mod+F'],
      'tidy-up': ['Alt+Shift+L'],
      download: ['Mod+S'],
      help: ['?'],
      'next-region': ['F6'],
      'previous-region': ['Shift+F6'],
    });
  });

  it('in a text field, only keys a field does nothing with work: F6, Flows, Import, Simulate, Tidy up, Download', () => {
    expect(
      actions
        .filter((a) => a.inControls)
        .map((a) => a.id)
        .sort(),
    ).toEqual([
      'download',
      'flows',
      'import',
      'next-region',
      'previous-region',
      'simulate',
      'tidy-up',
    ]);
  });
});

describe('and not similar keys', () => {
  it('Mod+Shift+Z is redo, not undo', () => {
    const event = press({ key: 'Z', ctrlKey: true, shiftKey: true });
    expect(byId('undo').matches!(event)).toBe(false);
    expect(byId('redo').matches!(event)).toBe(true);
    // Some browsers report the lower-case letter with Shift (⌘⇧Z on a Mac).
    expect(matching(press({ key: 'z', metaKey: true, shiftKey: true }))).toEqual(['redo']);
  });

  it('Mod+Z with Caps Lock on is still undo', () => {
    expect(matching(press({ key: 'Z', ctrlKey: true }))).toEqual(['undo']);
  });

  it('Mod+Shift+Y is not redo', () => {
    expect(byId('redo').matches!(press({ key: 'Y', ctrlKey: true, shiftKey: true }))).toBe(false);
  });

  it.each([
    ['Z', 'z'],
    ['Y', 'y'],
    ['C', 'c'],
    ['X', 'x'],
    ['V', 'v'],
    ['D', 'd'],
    ['A', 'a'],
  ])('%s without Ctrl or ⌘ is no shortcut (it is typing)', (_name, key) => {
    expect(matching(press({ key }))).toEqual([]);
    expect(matching(press({ key: key.toUpperCase(), shiftKey: true }))).toEqual([]);
  });

  it('Delete and Backspace with Ctrl or ⌘ are not delete', () => {
    for (const key of ['Delete', 'Backspace']) {
      expect(byId('delete').matches!(press({ key, ctrlKey: true }))).toBe(false);
      expect(byId('delete').matches!(press({ key, metaKey: true }))).toBe(false);
    }
  });

  it('arrows with Ctrl, ⌘ or Alt do not move verbs', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
      expect(matching(press({ key, ctrlKey: true }))).toEqual([]);
      expect(matching(press({ key, metaKey: true }))).toEqual([]);
      expect(matching(press({ key, altKey: true }))).toEqual([]);
    }
  });

  it('Mod+? is not help', () => {
    expect(byId('help').matches!(press({ key: '?', ctrlKey: true, shiftKey: true }))).toBe(false);
  });

  it('other keys match nothing', () => {
    for (const key of ['Enter', 'Escape', 'Tab', ' ', 'q', '1', 'F1', 'Home']) {
      expect(matching(press({ key }))).toEqual([]);
      if (key !== 'Enter') expect(matching(press({ key, ctrlKey: true }))).toEqual([]);
    }
  });
});

describe('what shortcuts do', () => {
  function setup() {
    const built = buildFlow('rcml', say('Hello'), pause('1'));
    const store = createAppStore(built.flow);
    const library = new FlowLibrary(memoryStorage(), 'tab-a');
    const persistence = { library, autosave: new Autosave(store, library, null) };
    const ui = {
      openHelp: vi.fn(),
      openSearch: vi.fn(),
      openFlows: vi.fn(),
      askNewFlow: vi.fn(),
      requestExport: vi.fn(),
      openPeople: vi.fn(),
      openTokens: vi.fn(),
      openPublish: vi.fn(),
      openVersions: vi.fn(),
      toggleCalls: vi.fn(),
    };
    const run = (combo: string) => {
      const event = eventFor(combo);
      const action = shortcuts.find((s) => s.matches!(event))!;
      action.perform({
        store,
        state: store.getState(),
        ui,
        persistence,
        // None of these actions draws on the canvas.
        reactFlow: {} as ReactFlowInstance,
        event,
      });
    };
    return { store, ui, run, ids: built.ids as [string, string] };
  }

  it('arrows nudge the selection, further with Shift', () => {
    const { store, run, ids } = setup();
    const at = nodeOf(store.getState().flow, ids[0]).position;
    store.getState().select([ids[0]]);
    run('ArrowRight');
    expect(nodeOf(store.getState().flow, ids[0]).position).toEqual({ x: at.x + 10, y: at.y });
    run('Shift+ArrowDown');
    expect(nodeOf(store.getState().flow, ids[0]).position).toEqual({ x: at.x + 10, y: at.y + 50 });
  });

  it('undo, redo, copy (with a notice), paste, select all, delete and help', () => {
    const { store, ui, run, ids } = setup();
    const before = store.getState().flow;
    store.getState().renameFlow('Renamed');
    run('Mod+Z');
    expect(store.getState().flow).toBe(before);
    run('Mod+Y');
    expect(store.getState().flow.name).toBe('Renamed');
    store.getState().select([ids[0]]);
    run('Mod+C');
    expect(store.getState().notice?.text).toBe('Copied 1 verb.');
    run('Mod+V');
    expect(store.getState().flow.nodes).toHaveLength(4);
    run('Mod+A');
    expect(store.getState().selectedNodeIds).toHaveLength(4);
    store.getState().select([ids[1]]);
    run('Delete');
    expect(store.getState().flow.nodes.map((n) => n.id)).not.toContain(ids[1]);
    run('?');
    expect(ui.openHelp).toHaveBeenCalledOnce();
  });

  it('Mod+F opens the search box', () => {
    const { ui, run } = setup();
    run('Mod+F');
    expect(ui.openSearch).toHaveBeenCalledOnce();
  });

  it('Mod+S downloads, Mod+O imports, Mod+Shift+O lists the flows, Alt+N asks for a new flow', () => {
    const { store, ui, run } = setup();
    run('Mod+S');
    expect(ui.requestExport).toHaveBeenCalledWith('download');
    run('Mod+O');
    expect(store.getState().importRequest).not.toBeNull();
    run('Mod+Shift+O');
    expect(ui.openFlows).toHaveBeenCalledOnce();
    run('Alt+N');
    expect(ui.askNewFlow).toHaveBeenCalledOnce();
  });

  it('Mod+Enter opens the simulator, and again closes it', () => {
    const { store, run } = setup();
    run('Mod+Enter');
    expect(store.getState().simulatorOpen).toBe(true);
    run('Mod+Enter');
    expect(store.getState().simulatorOpen).toBe(false);
  });
});

describe('displayKeys', () => {
  it('reads Mod as Ctrl, or ⌘ on a Mac, and names arrows', () => {
    expect(displayKeys('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(displayKeys('Mod+Shift+Z', true)).toBe('⌘+Shift+Z');
    expect(displayKeys('Shift+ArrowUp', false)).toBe('Shift+Up arrow');
  });
});

describe('isTypingTarget (with a stand-in for the DOM)', () => {
  class FakeElement {
    constructor(
      readonly tagName: string,
      readonly options: { role?: string; contentEditable?: boolean; parent?: FakeElement } = {},
    ) {}

    get isContentEditable(): boolean {
      return (
        (this.options.contentEditable ?? false) || (this.options.parent?.isContentEditable ?? false)
      );
    }

    matches(selector: string): boolean {
      return selector.split(',').some((part) => {
        const one = part.trim();
        const role = /^\[role="([a-z]+)"\]$/.exec(one);
        if (role) return this.options.role === role[1];
        if (/^[a-z]+$/.test(one)) return this.tagName.toLowerCase() === one;
        throw new Error(`The stand-in does not understand the selector "${one}"`);
      });
    }

    closest(selector: string): FakeElement | null {
      if (this.matches(selector)) return this;
      return this.options.parent?.closest(selector) ?? null;
    }
  }

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function withDom(): void {
    vi.stubGlobal('HTMLElement', FakeElement);
  }

  const target = (el: FakeElement) => el as unknown as EventTarget;

  it('is true in fields where the user types or picks', () => {
    withDom();
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT']) {
      expect(isTypingTarget(target(new FakeElement(tag)))).toBe(true);
    }
    expect(isTypingTarget(target(new FakeElement('DIV', { contentEditable: true })))).toBe(true);
  });

  it('is true inside tab lists and splitters, whose arrow keys are their own', () => {
    withDom();
    const tablist = new FakeElement('DIV', { role: 'tablist' });
    expect(isTypingTarget(target(new FakeElement('BUTTON', { parent: tablist })))).toBe(true);
    expect(isTypingTarget(target(new FakeElement('DIV', { role: 'separator' })))).toBe(true);
  });

  it('is true for an element inside a field or an editable area', () => {
    withDom();
    const editable = new FakeElement('DIV', { contentEditable: true });
    expect(isTypingTarget(target(new FakeElement('SPAN', { parent: editable })))).toBe(true);
  });

  it('is false on the canvas, the page and buttons', () => {
    withDom();
    const body = new FakeElement('BODY');
    for (const el of [
      body,
      new FakeElement('DIV', { parent: body }),
      new FakeElement('BUTTON', { parent: body }),
      new FakeElement('svg', { parent: body }),
    ]) {
      expect(isTypingTarget(target(el))).toBe(false);
    }
  });

  it('is false for no target or a target that is not an element', () => {
    withDom();
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({} as EventTarget)).toBe(false);
  });
});

describe('Alt shortcuts read the key, not the character it types', () => {
  it('Alt+N on a Mac (which types "˜") is still New flow', () => {
    expect(matching(press({ key: 'Dead', code: 'KeyN', altKey: true }))).toEqual(['new-flow']);
  });

  it('N alone, and Ctrl+Alt+N, are not', () => {
    expect(matching(press({ key: 'n', code: 'KeyN' }))).toEqual([]);
    expect(matching(press({ key: 'n', code: 'KeyN', altKey: true, ctrlKey: true }))).toEqual([]);
  });
});

describe('Tidy up', () => {
  it('is Alt+Shift+L, read by the key (on a Mac Option+Shift+L types "Ò")', () => {
    expect(matching(press({ key: 'L', code: 'KeyL', altKey: true, shiftKey: true }))).toEqual([
      'tidy-up',
    ]);
    expect(matching(press({ key: 'Ò', code: 'KeyL', altKey: true, shiftKey: true }))).toEqual([
      'tidy-up',
    ]);
  });

  it('is not Alt+L, nor Ctrl+Alt+Shift+L', () => {
    expect(matching(press({ key: 'l', code: 'KeyL', altKey: true }))).toEqual([]);
    const withCtrl = press({ key: 'L', code: 'KeyL', altKey: true, shiftKey: true, ctrlKey: true });
    expect(matching(withCtrl)).toEqual([]);
  });
});
