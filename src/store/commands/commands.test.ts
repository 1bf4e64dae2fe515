/**
 * The command shape: a command defined on its own, in this file alone, runs through the store's
 * executor as every document action does: one undo step under its own name, its notice said,
 * its merge key folding a burst into one step, its refusal said, a viewer refused.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryClipboard } from '../../persist/clipboard';
import { flowOf, say } from '../../test/builders';
import { createAppStore, type AppStore } from '../createAppStore';
import { MERGE_WINDOW_MS, READ_ONLY_MESSAGE } from '../documentSlice';
import type { Command } from './command';
import { PASTE_OFFSET } from './clipboard';

/** A command a new feature might bring: it adds a tag to the flow's name, and says so. */
const tagName: Command<[tag: string], string> = {
  id: 'tag name',
  run({ flow }, tag) {
    if (tag.trim() === '') return { refused: 'A tag needs a word.' };
    const name = `${flow.name} #${tag}`;
    return {
      flow: { ...flow, name },
      value: name,
      notice: { text: `Tagged ${tag}.`, tone: 'success' },
    };
  },
  mergeKey: (tag) => `tag:${tag}`,
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-12-07T06:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

function steps(store: AppStore): number {
  return store.temporal.getState().pastStates.length;
}

describe('a command defined in one file', () => {
  it('runs as one undo step under its id, returns its value and says its notice', () => {
    const store = createAppStore(flowOf('rcml', say('Hello')));
    const before = store.getState().flow;
    expect(store.getState().execute(tagName, 'draft')).toBe(`${before.name} #draft`);
    expect(store.getState().flow.name).toBe(`${before.name} #draft`);
    expect(store.getState().lastAction).toBe('tag name');
    expect(store.getState().notice).toMatchObject({ text: 'Tagged draft.', tone: 'success' });
    expect(steps(store)).toBe(1);
    store.getState().undo();
    expect(store.getState().flow).toBe(before);
  });

  it('folds runs with the same merge key inside the window into one step, and no others', () => {
    const store = createAppStore();
    const before = store.getState().flow;
    store.getState().execute(tagName, 'a');
    vi.advanceTimersByTime(MERGE_WINDOW_MS / 2);
    store.getState().execute(tagName, 'a');
    expect(steps(store)).toBe(1);
    vi.advanceTimersByTime(MERGE_WINDOW_MS / 2);
    store.getState().execute(tagName, 'b'); // another key
    expect(steps(store)).toBe(2);
    vi.advanceTimersByTime(MERGE_WINDOW_MS);
    store.getState().execute(tagName, 'b'); // the same key, after the window
    expect(steps(store)).toBe(3);
    store.getState().undo();
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().flow).toBe(before);
  });

  it('says its refusal, and changes nothing', () => {
    const store = createAppStore();
    const before = store.getState().flow;
    expect(store.getState().execute(tagName, ' ')).toBeUndefined();
    expect(store.getState().flow).toBe(before);
    expect(steps(store)).toBe(0);
    expect(store.getState().notice).toMatchObject({ text: 'A tag needs a word.', tone: 'warning' });
  });

  it('is refused to a viewer, in words, without its own notice', () => {
    const store = createAppStore(undefined, { readOnly: true });
    const before = store.getState().flow;
    expect(store.getState().execute(tagName, 'draft')).toBeUndefined();
    expect(store.getState().flow).toBe(before);
    expect(steps(store)).toBe(0);
    expect(store.getState().notice?.text).toBe(READ_ONLY_MESSAGE);
  });
});

describe('state the commands keep belongs to their store', () => {
  it('a paste in one store does not move the next paste in another', () => {
    const clipboard = memoryClipboard();
    const flow = flowOf('rcml', say('Hello'));
    const [a, b] = [createAppStore(flow, { clipboard }), createAppStore(flow, { clipboard })];
    const original = flow.nodes.find((n) => n.kind === 'say')!;
    a.getState().select([original.id]);
    a.getState().copySelection();
    a.getState().paste();
    a.getState().paste();
    b.getState().paste();
    const pasted = b.getState().flow.nodes.find((n) => n.kind === 'say' && n.id !== original.id);
    expect(pasted?.position).toEqual({
      x: original.position.x + PASTE_OFFSET,
      y: original.position.y + PASTE_OFFSET,
    });
  });

  it('a burst in one store does not merge with an edit in another', () => {
    const [a, b] = [createAppStore(), createAppStore()];
    a.getState().execute(tagName, 'x');
    b.getState().execute(tagName, 'x');
    b.getState().execute(tagName, 'x');
    expect(steps(a)).toBe(1);
    expect(steps(b)).toBe(1);
  });
});
