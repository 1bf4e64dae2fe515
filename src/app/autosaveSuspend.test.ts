/**
 * When the page fails to show a flow, the error screen suspends autosave: what is on screen may
 * be what broke it, and must not be written over the stored copy.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Autosave, AUTOSAVE_MAX_WAIT_MS } from './autosave';
import { FlowLibrary } from '../persist/library';
import { createFlow } from '../model/flow';
import { createAppStore } from '../store/createAppStore';
import { buildFlow, say } from '../test/builders';
import { memoryStorage } from '../test/storage';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const built = buildFlow('rcml', say('Hello'));
  const library = new FlowLibrary(memoryStorage(), 'tab-a');
  const store = createAppStore(built.flow);
  const autosave = new Autosave(store, library, null);
  return { library, store, autosave, flow: built.flow, sayId: built.ids[0]! };
}

it('a change waiting to be saved is not saved once autosave is suspended', () => {
  const { library, store, autosave, flow, sayId } = setup();
  store.getState().updateNode(sayId, { text: 'Broken' });
  autosave.suspend();
  vi.advanceTimersByTime(AUTOSAVE_MAX_WAIT_MS * 4);
  autosave.flush();
  expect(library.load(flow.id)?.flow).toEqual(flow);
});

it('no later change or flush saves the suspended flow, and opening another saves again', () => {
  const { library, store, autosave, flow, sayId } = setup();
  autosave.suspend();
  store.getState().updateNode(sayId, { text: 'Broken' });
  vi.advanceTimersByTime(AUTOSAVE_MAX_WAIT_MS * 4);
  const fresh = createFlow({ name: 'Fresh' });
  autosave.open(fresh, null);
  // Opening flushes the one it leaves: that flush must not save the suspended flow.
  expect(library.load(flow.id)?.flow).toEqual(flow);
  expect(library.load(fresh.id)?.flow).toEqual(fresh);
  store.getState().renameFlow('Fresh, renamed');
  vi.advanceTimersByTime(AUTOSAVE_MAX_WAIT_MS);
  expect(library.load(fresh.id)?.flow.name).toBe('Fresh, renamed');
});
