/** Notes through the store: added from the palette, edited, cut to their limit and undone. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTE_KIND, note } from '../notes';
import { nodeOf } from '../test/builders';
import { createAppStore } from './createAppStore';
import { MERGE_WINDOW_MS } from './documentSlice';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-30T10:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('notes in the store', () => {
  it('a note added from the palette joins no chain, and the next verb still does', () => {
    const store = createAppStore();
    const say = store.getState().addVerb('say', { via: 'keyboard' });
    const added = store.getState().addVerb(NOTE_KIND, { via: 'keyboard' });
    const { flow } = store.getState();
    expect(flow.edges.some((e) => e.source === added || e.target === added)).toBe(false);
    // It stands beside the last step, not where the next verb goes.
    expect(nodeOf(flow, added).position.x).toBeGreaterThan(nodeOf(flow, say).position.x);
    const hangup = store.getState().addVerb('hangup', { via: 'keyboard' });
    expect(store.getState().flow.edges.map((e) => [e.source, e.target])).toContainEqual([
      say,
      hangup,
    ]);
    expect(nodeOf(store.getState().flow, hangup).position).not.toEqual(
      nodeOf(store.getState().flow, added).position,
    );
  });

  it('its text is undone and redone like any edit', () => {
    const store = createAppStore();
    const id = store.getState().addVerb(NOTE_KIND);
    vi.advanceTimersByTime(MERGE_WINDOW_MS * 2);
    store.getState().updateNode(id, { text: 'Call Sam first' });
    expect(nodeOf(store.getState().flow, id).text).toBe('Call Sam first');
    store.getState().undo();
    expect(nodeOf(store.getState().flow, id).text).toBeUndefined();
    store.getState().redo();
    expect(nodeOf(store.getState().flow, id).text).toBe('Call Sam first');
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().flow.nodes.some((n) => n.id === id)).toBe(false);
  });

  it('its text is cut to the note’s limit, and the user is told', () => {
    const store = createAppStore();
    const id = store.getState().addVerb(NOTE_KIND);
    store.getState().updateNode(id, { text: 'x'.repeat(note.field.maxLength + 500) });
    expect(nodeOf(store.getState().flow, id).text).toHaveLength(note.field.maxLength);
    expect(store.getState().notice?.text).toBe(
      `Cut to ${note.field.maxLength.toLocaleString('en-US')} characters: the limit for Note.`,
    );
  });
});
