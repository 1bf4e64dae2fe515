import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildFlow, say } from '../test/builders';
import { CHECK_PAUSE_MS, createAppStore, SLOW_CHECK_MS } from './createAppStore';
import { selectNodeProblems, selectProblems, selectShownProblems } from './selectors';

describe('problems on show follow the flow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('at once by default (every step of a test is checked as it happens)', () => {
    const { flow, ids } = buildFlow('rcml', say('Hello'));
    const store = createAppStore(flow);
    store.getState().updateNode(ids[0]!, { text: '' });
    expect(selectNodeProblems(store.getState(), ids[0]!).map((p) => p.ruleId)).toContain(
      'required-field',
    );
  });

  it('after the next paint in the app, while export always sees the flow as it is', () => {
    const { flow, ids } = buildFlow('rcml', say('Hello'));
    const store = createAppStore(flow, { checking: 'afterPaint' });
    store.getState().updateNode(ids[0]!, { text: '' });
    // Export checks the current flow…
    expect(selectProblems(store.getState()).map((p) => p.ruleId)).toContain('required-field');
    // …the screen catches up after the frame with the edit.
    expect(selectShownProblems(store.getState()).map((p) => p.ruleId)).not.toContain(
      'required-field',
    );
    vi.advanceTimersByTime(20);
    expect(selectShownProblems(store.getState()).map((p) => p.ruleId)).toContain('required-field');
  });

  it('a burst of edits is checked once, as it ends up', () => {
    const { flow, ids } = buildFlow('rcml', say('Hello'));
    const store = createAppStore(flow, { checking: 'afterPaint' });
    const updates: unknown[] = [];
    store.subscribe((s, p) => {
      if (s.checkedFlow !== p.checkedFlow) updates.push(s.checkedFlow);
    });
    for (const text of ['H', 'He', 'Hey']) store.getState().updateNode(ids[0]!, { text });
    vi.advanceTimersByTime(20);
    expect(updates).toEqual([store.getState().flow]);
  });

  it('when checking is slow (a big flow), typing goes on unchecked and the problems follow its pause', () => {
    // Every check takes longer than SLOW_CHECK_MS (the clock moves on while it runs).
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += SLOW_CHECK_MS + 1));
    const { flow, ids } = buildFlow('rcml', say('Hello'));
    const store = createAppStore(flow, { checking: 'afterPaint' });
    store.getState().updateNode(ids[0]!, { text: 'Hello there' });
    vi.advanceTimersByTime(20);
    expect(store.getState().checkedFlow).toBe(store.getState().flow);
    const checked: unknown[] = [];
    store.subscribe((s, p) => {
      if (s.checkedFlow !== p.checkedFlow) checked.push(s.checkedFlow);
    });
    // Typing, a key every 100 ms: nothing is checked while it goes on…
    for (const text of ['', 'H', 'Hi', 'Hi!']) {
      store.getState().updateNode(ids[0]!, { text });
      vi.advanceTimersByTime(100);
    }
    expect(checked).toEqual([]);
    // …and once it pauses, the problems on show are those of the flow as it ends up.
    vi.advanceTimersByTime(CHECK_PAUSE_MS + 20);
    expect(checked).toEqual([store.getState().flow]);
    expect(selectShownProblems(store.getState())).toEqual(selectProblems(store.getState()));
  });
});
