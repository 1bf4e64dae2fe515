/**
 * Issue 23: the app's store starts without validation and loads it after the first paint
 * (createDesignerStore with `afterPaint`). Until then it finds no problems and says it is not
 * checking yet; steps can be added; once loaded, the flow as it is then is checked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildFlow, say } from '../test/builders';
import { FlowValidation } from '../validate';
import { createDesignerStore } from './appStore';
import { selectNodeProblems, selectProblems, selectShownProblems } from './selectors';
import type { MakeValidation } from './validation';

/** A loader the test settles by hand, as the browser settles `import()`. */
function deferredLoader() {
  let settle!: (make: MakeValidation) => void;
  let fail!: (error: unknown) => void;
  const loaded = new Promise<MakeValidation>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const load = vi.fn(() => loaded);
  return {
    load,
    settle: () => settle((analysis) => new FlowValidation(analysis)),
    fail: () => fail(new Error('offline')),
  };
}

describe('validation loaded after the first paint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is asked for after the first paint, and the problems follow once it is there', async () => {
    const { flow, ids } = buildFlow('rcml', say(''));
    const loader = deferredLoader();
    const store = createDesignerStore(
      flow,
      { afterPaint: loader.load },
      { checking: 'afterPaint' },
    );
    expect(loader.load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(loader.load).toHaveBeenCalledOnce();

    // Not there yet: nothing is known, and the store says so.
    expect(store.getState().derived.checks).toBe(false);
    expect(selectShownProblems(store.getState())).toEqual([]);
    expect(selectNodeProblems(store.getState(), ids[0]!)).toEqual([]);
    // Edits go on meanwhile.
    store.getState().updateNode(ids[0]!, { text: 'Hello' });
    store.getState().updateNode(ids[0]!, { text: '' });
    vi.advanceTimersByTime(20);

    loader.settle();
    await store.getState().derived.checking;
    const state = store.getState();
    expect(state.derived.checks).toBe(true);
    expect(state.checkedFlow).toBe(state.flow);
    expect(selectNodeProblems(state, ids[0]!).map((p) => p.ruleId)).toEqual(['required-field']);
    expect(selectShownProblems(state)).toEqual(selectProblems(state));

    // From then on, every change is checked after its paint.
    store.getState().updateNode(ids[0]!, { text: 'Hello' });
    vi.advanceTimersByTime(20);
    expect(selectNodeProblems(store.getState(), ids[0]!)).toEqual([]);
  });

  it('adding a step before it is there joins the step selected', () => {
    const { flow, ids } = buildFlow('rcml', say('Hello'));
    const store = createDesignerStore(flow, { afterPaint: deferredLoader().load });
    store.getState().select([ids[0]!]);
    const added = store.getState().addVerb('pause', { via: 'keyboard' });
    expect(store.getState().flow.edges).toContainEqual(
      expect.objectContaining({ source: ids[0], outlet: 'next', target: added }),
    );
  });

  it('that cannot be loaded is said, and whoever waits for it is told', async () => {
    const { flow } = buildFlow('rcml', say('Hello'));
    const loader = deferredLoader();
    const store = createDesignerStore(flow, { afterPaint: loader.load });
    vi.advanceTimersByTime(20);
    loader.fail();
    await expect(store.getState().derived.checking).rejects.toThrow('offline');
    expect(store.getState().notice?.text).toContain('could not be loaded');
  });
});
