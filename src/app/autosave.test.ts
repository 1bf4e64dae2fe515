/**
 * Autosave: every change reaches local storage shortly after it is made; a failing storage is
 * reported while editing goes on; another tab's newer save stops all writing until the user
 * chooses whose version to keep.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  Autosave,
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_MAX_WAIT_MS,
  AUTOSAVE_SLOW_MAX_WAIT_MS,
  COMPACT_IDLE_TIMEOUT_MS,
  COMPACT_PAUSE_MS,
  SLOW_SAVE_MS,
} from './autosave';
import { FlowLibrary, JOURNAL_LIMIT_CHARS } from '../persist/library';
import { changesKey, flowKey, headKey } from '../persist/storageKeys';
import { createAppStore, type AppStore } from '../store/createAppStore';
import { MERGE_WINDOW_MS } from '../store/documentSlice';
import { addNode, renameFlow } from '../model/operations';
import type { Flow } from '../schema/flow';
import { buildFlow, nodeOf, reject, say } from '../test/builders';
import { memoryStorage, quotaError, type TestStorage } from '../test/storage';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2024-01-01T00:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function setup(options: { storage?: TestStorage } = {}) {
  const storage = options.storage ?? memoryStorage();
  const built = buildFlow('rcml', say('Hello'), reject('busy'));
  const flow = { ...built.flow, name: 'Support' };
  const library = new FlowLibrary(storage, 'tab-a');
  const store = createAppStore(flow);
  const autosave = new Autosave(store, library, null);
  const sayId = built.ids[0]!;
  return { storage, library, store, autosave, flow, sayId };
}

/** How many times the flow was saved: each save writes its head (and the flow or its changes). */
function flowWrites(storage: TestStorage, flow: Flow): number {
  return storage.writes.filter((k) => k === headKey(flow.id)).length;
}

function storedFlow(library: FlowLibrary, id: string): Flow | undefined {
  return library.load(id)?.flow;
}

function kind(store: AppStore) {
  return store.getState().saveState.kind;
}

describe('saving', () => {
  it('saves a flow that was never saved at once', () => {
    const { library, store, flow } = setup();
    expect(storedFlow(library, flow.id)).toEqual(flow);
    expect(kind(store)).toBe('saved');
    expect(library.lastOpened).toBe(flow.id);
  });

  it('saves a change AUTOSAVE_DELAY_MS after it, not before', () => {
    const { library, store, flow, sayId } = setup();
    store.getState().updateNode(sayId, { text: 'Welcome' });
    expect(kind(store)).toBe('pending');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(storedFlow(library, flow.id)).toEqual(flow);
    vi.advanceTimersByTime(1);
    expect(storedFlow(library, flow.id)).toEqual(store.getState().flow);
    expect(kind(store)).toBe('saved');
  });

  it('a reload loses at most the last half second', () => {
    expect(AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(500);
    const { storage, store, flow, sayId } = setup();
    store.getState().updateNode(sayId, { text: 'Welcome back' });
    vi.advanceTimersByTime(500);
    // Another page load: a new tab over the same storage opens the last flow.
    const reloaded = new FlowLibrary(storage, 'tab-after-reload');
    expect(reloaded.lastOpened).toBe(flow.id);
    expect(reloaded.load(reloaded.lastOpened!)?.flow).toEqual(store.getState().flow);
  });

  it('several changes inside the window make one save, of the last state', () => {
    const { storage, library, store, flow, sayId } = setup();
    const before = flowWrites(storage, flow);
    for (const text of ['W', 'We', 'Wel']) {
      store.getState().updateNode(sayId, { text });
      vi.advanceTimersByTime(AUTOSAVE_DELAY_MS / 4);
    }
    store.getState().renameFlow('Renamed');
    expect(flowWrites(storage, flow)).toBe(before);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(flowWrites(storage, flow)).toBe(before + 1);
    expect(storedFlow(library, flow.id)).toEqual(store.getState().flow);
    expect(storedFlow(library, flow.id)?.name).toBe('Renamed');
  });

  it('continuous changes are still saved at least every AUTOSAVE_MAX_WAIT_MS', () => {
    const { storage, store, flow, sayId } = setup();
    const before = flowWrites(storage, flow);
    // A change every 100 ms for two seconds: the debounce alone would never fire.
    for (let i = 1; i <= 20; i++) {
      store.getState().updateNode(sayId, { text: 'x'.repeat(i) });
      vi.advanceTimersByTime(100);
    }
    const saves = flowWrites(storage, flow) - before;
    expect(saves).toBeGreaterThanOrEqual(Math.floor(2000 / AUTOSAVE_MAX_WAIT_MS) - 1);
    expect(saves).toBeLessThan(20);
  });

  it('when a save is slow (a big flow), typing is not held up: a burst is saved when it pauses', () => {
    // Every save takes longer than a frame (the clock moves on while it runs).
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += SLOW_SAVE_MS + 1));
    const { storage, library, store, flow, sayId } = setup();
    const before = flowWrites(storage, flow);
    // A change every 100 ms for two seconds: fast saves would come every half second.
    for (let i = 1; i <= 20; i++) {
      store.getState().updateNode(sayId, { text: 'x'.repeat(i) });
      vi.advanceTimersByTime(100);
    }
    expect(flowWrites(storage, flow)).toBe(before);
    expect(kind(store)).toBe('pending');
    // The pause: saved within AUTOSAVE_DELAY_MS of the last change, as it ends up.
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(flowWrites(storage, flow)).toBe(before + 1);
    expect(storedFlow(library, flow.id)).toEqual(store.getState().flow);
    expect(kind(store)).toBe('saved');
  });

  it('when a save is slow, continuous changes are still saved every AUTOSAVE_SLOW_MAX_WAIT_MS', () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += SLOW_SAVE_MS + 1));
    const { storage, store, flow, sayId } = setup();
    const before = flowWrites(storage, flow);
    const changes = (AUTOSAVE_SLOW_MAX_WAIT_MS * 2.5) / 100;
    for (let i = 1; i <= changes; i++) {
      store.getState().updateNode(sayId, { text: 'x'.repeat(i) });
      vi.advanceTimersByTime(100);
    }
    expect(flowWrites(storage, flow) - before).toBe(2);
  });

  it('a slow save waiting for its pause is written at once when the page is hidden', () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += SLOW_SAVE_MS + 1));
    const { library, store, autosave, flow, sayId } = setup();
    store.getState().updateNode(sayId, { text: 'Last words' });
    vi.advanceTimersByTime(100);
    autosave.flush();
    expect(storedFlow(library, flow.id)).toEqual(store.getState().flow);
  });

  it('undo and redo are saved like any change', () => {
    const { library, store, flow } = setup();
    store.getState().renameFlow('Two');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    store.getState().undo();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(storedFlow(library, flow.id)?.name).toBe('Support');
  });

  it('selection changes are not saved', () => {
    const { storage, store, flow, sayId } = setup();
    const before = flowWrites(storage, flow);
    store.getState().select([sayId]);
    store.getState().notify('Hi');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 3);
    expect(flowWrites(storage, flow)).toBe(before);
    expect(kind(store)).toBe('saved');
  });

  it('stop() writes what is pending and then stops listening', () => {
    const { storage, library, store, autosave, flow } = setup();
    store.getState().renameFlow('Last words');
    autosave.stop();
    expect(storedFlow(library, flow.id)?.name).toBe('Last words');
    const writes = flowWrites(storage, flow);
    store.getState().renameFlow('Not saved');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(flowWrites(storage, flow)).toBe(writes);
  });
});

describe('flush', () => {
  it('saves a pending change immediately and cancels the timer', () => {
    const { storage, library, store, autosave, flow } = setup();
    store.getState().renameFlow('Flushed');
    const before = flowWrites(storage, flow);
    autosave.flush();
    expect(flowWrites(storage, flow)).toBe(before + 1);
    expect(storedFlow(library, flow.id)?.name).toBe('Flushed');
    expect(kind(store)).toBe('saved');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(flowWrites(storage, flow)).toBe(before + 1);
  });

  it('does nothing when nothing is pending', () => {
    const { storage, autosave, flow } = setup();
    const before = flowWrites(storage, flow);
    autosave.flush();
    expect(flowWrites(storage, flow)).toBe(before);
  });
});

describe('storage failures', () => {
  it('a full storage sets saveState "storage" and editing goes on', () => {
    const { storage, library, store, flow, sayId } = setup();
    storage.failWrites = quotaError;
    store.getState().updateNode(sayId, { text: 'One' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const state = store.getState().saveState;
    expect(state.kind).toBe('storage');
    expect(state.kind === 'storage' && state.message).toMatch(/full/);

    // The store keeps working: edits, undo and redo.
    vi.advanceTimersByTime(MERGE_WINDOW_MS); // a separate undo step
    store.getState().updateNode(sayId, { text: 'Two' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(nodeOf(store.getState().flow, sayId).text).toBe('Two');
    store.getState().undo();
    expect(nodeOf(store.getState().flow, sayId).text).toBe('One');
    store.getState().redo();
    expect(kind(store)).toBe('pending');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(kind(store)).toBe('storage');
    // What was saved before the failure is intact.
    expect(storedFlow(library, flow.id)).toEqual(flow);

    // Space again: the next change is saved, with everything before it.
    storage.failWrites = undefined;
    store.getState().renameFlow('Saved at last');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(kind(store)).toBe('saved');
    expect(storedFlow(library, flow.id)).toEqual(store.getState().flow);
  });

  it('no storage at all: the first save reports it and editing goes on', () => {
    const store = createAppStore(buildFlow('rcml', say('Hi')).flow);
    const autosave = new Autosave(store, new FlowLibrary(null, 'tab-a'), null);
    expect(kind(store)).toBe('storage');
    store.getState().renameFlow('Still editing');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(store.getState().flow.name).toBe('Still editing');
    expect(kind(store)).toBe('storage');
    expect(() => autosave.flush()).not.toThrow();
  });
});

describe('a stored copy that cannot be read', () => {
  it('is not saved over: saveState "unreadable" says so, and the changes can go to a copy', () => {
    const storage = memoryStorage();
    const flow = { ...buildFlow('rcml', say('Hello')).flow, name: 'Front desk' };
    const other = new FlowLibrary(storage, 'tab-b');
    other.save(flow, null);
    const library = new FlowLibrary(storage, 'tab-a');
    const store = createAppStore(flow);
    const autosave = new Autosave(store, library, 1);
    // The other tab saves again, and what it leaves behind is damaged.
    other.save(renameFlow(flow, 'Front desk 2'), 1);
    storage.setItem(flowKey(flow.id), '{"revision": 2, "flow": {"format": "rcml-studio/fl');

    store.getState().renameFlow('Mine');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const state = store.getState().saveState;
    expect(state).toEqual({
      kind: 'unreadable',
      message: expect.stringMatching(/^The copy of “Mine” stored in this browser cannot be read/),
    });
    expect(storage.getItem(flowKey(flow.id))).toMatch(/rcml-studio\/fl$/);

    autosave.keepMineAsCopy();
    const copy = store.getState().flow;
    expect(copy.id).not.toBe(flow.id);
    expect(kind(store)).toBe('saved');
    expect(storedFlow(library, copy.id)?.name).toBe('Mine (copy)');
    expect(storage.getItem(flowKey(flow.id))).toMatch(/rcml-studio\/fl$/);
  });
});

describe('another tab saves the same flow', () => {
  function withOtherTab() {
    const ctx = setup();
    const other = new FlowLibrary(ctx.storage, 'tab-b');
    /** The other tab loads the flow, changes it and saves it. */
    function otherTabSaves(name: string): Flow {
      const loaded = other.load(ctx.flow.id)!;
      const theirs = renameFlow(loaded.flow, name);
      expect(other.save(theirs, loaded.revision).ok).toBe(true);
      return theirs;
    }
    return { ...ctx, other, otherTabSaves };
  }

  it('a storage event for a newer save sets "conflict" and nothing more is written', () => {
    const { storage, library, store, autosave, flow, sayId, otherTabSaves } = withOtherTab();
    store.getState().updateNode(sayId, { text: 'Mine, pending' });
    const theirs = otherTabSaves('Theirs');
    autosave.onExternalChange(flowKey(flow.id));
    const state = store.getState().saveState;
    expect(state.kind).toBe('conflict');
    expect(state.kind === 'conflict' && state.theirs.flow).toEqual(theirs);
    expect(state.kind === 'conflict' && state.theirs.savedBy).toBe('tab-b');

    const writes = flowWrites(storage, flow);
    store.getState().updateNode(sayId, { text: 'Mine, more' });
    store.getState().renameFlow('Mine');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 5);
    autosave.flush();
    expect(flowWrites(storage, flow)).toBe(writes);
    expect(storedFlow(library, flow.id)).toEqual(theirs);
    expect(kind(store)).toBe('conflict');
  });

  it('a save that finds a newer revision (no storage event) sets "conflict" and writes nothing', () => {
    const { library, store, flow, otherTabSaves } = withOtherTab();
    const theirs = otherTabSaves('Theirs');
    store.getState().renameFlow('Mine');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(kind(store)).toBe('conflict');
    expect(storedFlow(library, flow.id)).toEqual(theirs);
  });

  it('ignores storage events for other keys and for its own saves', () => {
    const { store, autosave, flow } = withOtherTab();
    autosave.onExternalChange(flowKey('another-flow'));
    autosave.onExternalChange(null);
    autosave.onExternalChange(flowKey(flow.id)); // last save was this tab's
    expect(kind(store)).toBe('saved');
  });

  it('loadTheirs() opens the other tab’s version and saving resumes from it', () => {
    const { library, store, autosave, flow, otherTabSaves } = withOtherTab();
    store.getState().renameFlow('Mine');
    const theirs = otherTabSaves('Theirs');
    autosave.onExternalChange(flowKey(flow.id));
    autosave.loadTheirs();
    expect(store.getState().flow).toEqual(theirs);
    expect(kind(store)).toBe('saved');
    expect(store.temporal.getState().pastStates).toHaveLength(0);

    store.getState().setBaseUrl('https://example.com/');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(kind(store)).toBe('saved');
    expect(library.load(flow.id)).toMatchObject({
      revision: 3,
      savedBy: 'tab-a',
      flow: { ...theirs, baseUrl: 'https://example.com/' },
    });
  });

  it('keepMineAsCopy() saves this tab’s flow under a new id and leaves theirs intact', () => {
    const { library, store, autosave, flow, sayId, otherTabSaves } = withOtherTab();
    store.getState().updateNode(sayId, { text: 'Mine' });
    const theirs = otherTabSaves('Theirs');
    autosave.onExternalChange(flowKey(flow.id));
    const mine = store.getState().flow;
    const theirsStored = library.load(flow.id);

    autosave.keepMineAsCopy();
    const copy = store.getState().flow;
    expect(copy.id).not.toBe(flow.id);
    expect(copy).toEqual({ ...mine, id: copy.id, name: `${mine.name} (copy)` });
    expect(kind(store)).toBe('saved');
    expect(library.load(copy.id)?.flow).toEqual(copy);
    expect(library.load(flow.id)).toEqual(theirsStored);
    expect(library.load(flow.id)?.flow).toEqual(theirs);
    expect(library.lastOpened).toBe(copy.id);
    expect(library.list().map((s) => s.id)).toEqual(expect.arrayContaining([flow.id, copy.id]));

    // Later edits go to the copy.
    store.getState().renameFlow('My copy');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(library.load(copy.id)?.flow.name).toBe('My copy');
    expect(library.load(flow.id)).toEqual(theirsStored);
  });

  it('loadTheirs() and keepMineAsCopy() do nothing without a conflict', () => {
    const { store, autosave, flow } = withOtherTab();
    const before = store.getState().flow;
    autosave.loadTheirs();
    expect(store.getState().flow).toBe(before);
    expect(before.id).toBe(flow.id);
  });
});

describe('open', () => {
  it('saves the previous flow first, then switches with a fresh history', () => {
    const { library, store, autosave, flow } = setup();
    const other = buildFlow('flexml', say('Other')).flow;
    expect(library.save(other, null).ok).toBe(true);

    store.getState().renameFlow('Edited before switching');
    autosave.open(other, 1);
    expect(storedFlow(library, flow.id)?.name).toBe('Edited before switching');
    expect(store.getState().flow).toBe(other);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(kind(store)).toBe('saved');
    expect(library.lastOpened).toBe(other.id);

    // Changes now go to the flow that is open, not the previous one.
    store.getState().renameFlow('Other, edited');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(library.load(other.id)).toMatchObject({ revision: 2, flow: { name: 'Other, edited' } });
    expect(storedFlow(library, flow.id)?.name).toBe('Edited before switching');
  });

  it('a new flow (revision null) is saved at once', () => {
    const { library, autosave } = setup();
    const fresh = buildFlow('voiceml', say('New')).flow;
    autosave.open(fresh, null);
    expect(library.load(fresh.id)).toMatchObject({ revision: 1, flow: fresh });
  });

  it('opening does not write the opened flow back', () => {
    const { storage, library, autosave } = setup();
    const other = buildFlow('rcml', say('Other')).flow;
    library.save(other, null);
    const writes = flowWrites(storage, other);
    autosave.open(other, 1);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(flowWrites(storage, other)).toBe(writes);
  });
});

describe('changes saved apart from the stored copy', () => {
  it('saves write the changes; the copy takes them in after a pause, not while typing', () => {
    const { storage, library, store, flow, sayId } = setup();
    const copyWrites = () => storage.writes.filter((k) => k === flowKey(flow.id)).length;
    const copies = copyWrites();
    for (let i = 1; i <= 20; i++) {
      store.getState().updateNode(sayId, { text: 'x'.repeat(i) });
      vi.advanceTimersByTime(200);
    }
    expect(flowWrites(storage, flow)).toBeGreaterThan(2);
    expect(copyWrites()).toBe(copies);
    expect(storage.getItem(changesKey(flow.id))).not.toBeNull();
    // The last change is saved by AUTOSAVE_DELAY_MS after it; the pause counts from that save.
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    vi.advanceTimersByTime(COMPACT_PAUSE_MS - AUTOSAVE_DELAY_MS - 1);
    expect(copyWrites()).toBe(copies);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 1 + COMPACT_IDLE_TIMEOUT_MS);
    expect(copyWrites()).toBe(copies + 1);
    expect(storage.getItem(changesKey(flow.id))).toBeNull();
    expect(new FlowLibrary(storage, 'tab-reload').load(flow.id)?.flow).toEqual(
      store.getState().flow,
    );
    expect(library.compaction(flow.id)).toBe('none');
  });

  it('changes grown past their bound are taken into the copy at the next idle moment, even while typing', () => {
    const { storage, store, flow, sayId } = setup();
    const copyWrites = () => storage.writes.filter((k) => k === flowKey(flow.id)).length;
    const copies = copyWrites();
    // One big change (a paste of many steps): its changes are past the bound at once.
    let big = store.getState().flow;
    for (let i = 0; i < 1_000; i++) big = addNode(big, 'say', { x: i, y: i }).flow;
    store.getState().loadFlow(big);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(storage.getItem(changesKey(flow.id))!.length).toBeGreaterThan(JOURNAL_LIMIT_CHARS);
    expect(copyWrites()).toBe(copies);
    // Typing goes on; the copy is rewritten anyway, at the next idle moment.
    store.getState().updateNode(sayId, { text: 'Still typing' });
    vi.advanceTimersByTime(1);
    expect(copyWrites()).toBe(copies + 1);
    expect(storage.getItem(changesKey(flow.id))).toBeNull();
  });

  it('another tab’s saved changes (no copy written) set "conflict" in this one', () => {
    const { storage, store, autosave, flow, sayId } = setup();
    const other = new FlowLibrary(storage, 'tab-b');
    const loaded = other.load(flow.id)!;
    const written = storage.writes.length;
    expect(other.save(renameFlow(loaded.flow, 'Theirs'), loaded.revision).ok).toBe(true);
    expect(storage.writes.slice(written)).not.toContain(flowKey(flow.id));
    store.getState().updateNode(sayId, { text: 'Mine' });
    autosave.onExternalChange(changesKey(flow.id));
    const state = store.getState().saveState;
    expect(state.kind).toBe('conflict');
    expect(state.kind === 'conflict' && state.theirs.flow.name).toBe('Theirs');
  });
});
