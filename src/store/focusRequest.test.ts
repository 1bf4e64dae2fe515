import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';

/** A verb added from the keyboard asks the inspector for focus once, never again. */
describe('focusRequest', () => {
  it('is cleared once the inspector honours it, so selecting the verb again asks nothing', () => {
    const store = createAppStore();
    const id = store.getState().addVerb('say', { via: 'keyboard' });
    const request = store.getState().focusRequest;
    expect(request?.nodeId).toBe(id);

    store.getState().consumeFocusRequest(request!.seq);
    expect(store.getState().focusRequest).toBeNull();

    store.getState().select([]);
    store.getState().select([id]);
    expect(store.getState().focusRequest).toBeNull();
  });

  it('is dropped when anything else is selected, even before it was honoured', () => {
    const store = createAppStore();
    const id = store.getState().addVerb('say', { via: 'keyboard' });
    store.getState().select([]);
    expect(store.getState().focusRequest).toBeNull();
    store.getState().select([id]);
    expect(store.getState().focusRequest).toBeNull();
  });

  it('survives undo and redo only as long as it was not honoured, and never comes back', () => {
    const store = createAppStore();
    const id = store.getState().addVerb('say', { via: 'keyboard' });
    store.getState().consumeFocusRequest(store.getState().focusRequest!.seq);
    store.getState().undo();
    store.getState().redo();
    store.getState().select([id]);
    expect(store.getState().focusRequest).toBeNull();
  });

  it('is not cleared by consuming an older request', () => {
    const store = createAppStore();
    store.getState().addVerb('say', { via: 'keyboard' });
    const first = store.getState().focusRequest!.seq;
    const second = store.getState().addVerb('pause', { via: 'keyboard' });
    store.getState().consumeFocusRequest(first);
    expect(store.getState().focusRequest?.nodeId).toBe(second);
  });

  it('is kept while the same verb stays selected alone', () => {
    const store = createAppStore();
    const id = store.getState().addVerb('say', { via: 'keyboard' });
    store.getState().select([id]);
    expect(store.getState().focusRequest?.nodeId).toBe(id);
  });

  it('is not made by a reveal that does not ask for focus', () => {
    const store = createAppStore();
    const id = store.getState().addVerb('say', { via: 'keyboard' });
    store.getState().reveal(id);
    expect(store.getState().focusRequest).toBeNull();
  });
});
