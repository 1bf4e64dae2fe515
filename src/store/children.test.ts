/**
 * Nested-element actions, the base URL and the preview file, through the store: every change is
 * a named action, and a change that changes nothing is no action at all.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from './createAppStore';
import type { Flow } from '../schema/flow';
import { addVerb, buildFlow, nodeOf, say } from '../test/builders';
import { addAt } from '../test/nested';

function childrenOf(store: AppStore, nodeId: string) {
  return (nodeOf(store.getState().flow, nodeId).children ?? []).map((c) => ({
    id: c.id,
    kind: c.kind,
    text: c.text,
  }));
}

function dialStore() {
  const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
  return { store: createAppStore(flow), dialId: ids[0]! };
}

describe('nested-element actions', () => {
  it('addChild adds through the store, returns the id and names the action', () => {
    const { store, dialId } = dialStore();
    expect(store.getState().lastAction).toBe('open');
    const childId = store.getState().addChild(dialId, 'number');
    expect(childId).toBeDefined();
    expect(childrenOf(store, dialId)).toEqual([{ id: childId, kind: 'number', text: undefined }]);
    expect(store.getState().lastAction).toBe('add nested element');
  });

  it('addChild of a verb the parent refuses changes nothing', () => {
    const { store, dialId } = dialStore();
    const before = store.getState().flow;
    expect(store.getState().addChild(dialId, 'say')).toBeUndefined();
    expect(store.getState().flow).toBe(before);
    expect(store.getState().lastAction).toBe('open');
  });

  it('updateChild edits through the store', () => {
    const { store, dialId } = dialStore();
    const childId = store.getState().addChild(dialId, 'number')!;
    store.getState().updateChild(dialId, childId, {
      text: '+14155550123',
      attributes: { sendDigits: '9' },
    });
    expect(nodeOf(store.getState().flow, dialId).children).toEqual([
      { id: childId, kind: 'number', attributes: { sendDigits: '9' }, text: '+14155550123' },
    ]);
    expect(store.getState().lastAction).toBe('edit nested element');
  });

  it('updateChild that changes nothing is not an action', () => {
    const { store, dialId } = dialStore();
    const childId = store.getState().addChild(dialId, 'number')!;
    store.getState().updateChild(dialId, childId, { text: '+1' });
    store.getState().renameFlow('Renamed');
    const before = store.getState().flow;
    store.getState().updateChild(dialId, childId, { text: '+1' });
    expect(store.getState().flow).toBe(before);
    expect(store.getState().lastAction).toBe('rename flow');
  });

  it('moveChild reorders through the store, clamping the index', () => {
    const { store, dialId } = dialStore();
    const a = store.getState().addChild(dialId, 'number')!;
    const b = store.getState().addChild(dialId, 'client')!;
    const c = store.getState().addChild(dialId, 'sip')!;
    store.getState().moveChild(dialId, a, 10);
    expect(childrenOf(store, dialId).map((x) => x.id)).toEqual([b, c, a]);
    expect(store.getState().lastAction).toBe('reorder nested elements');
  });

  it('moveChild to where the child already is, is not an action', () => {
    const { store, dialId } = dialStore();
    const a = store.getState().addChild(dialId, 'number')!;
    store.getState().addChild(dialId, 'client');
    store.getState().renameFlow('Renamed');
    store.getState().moveChild(dialId, a, -3);
    expect(store.getState().lastAction).toBe('rename flow');
  });

  it('removeChild removes through the store', () => {
    const { store, dialId } = dialStore();
    const a = store.getState().addChild(dialId, 'number')!;
    const b = store.getState().addChild(dialId, 'client')!;
    store.getState().removeChild(dialId, a);
    expect(childrenOf(store, dialId).map((x) => x.id)).toEqual([b]);
    expect(store.getState().lastAction).toBe('remove nested element');
  });

  it('removeChild of an unknown child is not an action', () => {
    const { store, dialId } = dialStore();
    store.getState().addChild(dialId, 'number');
    store.getState().renameFlow('Renamed');
    const before = store.getState().flow;
    store.getState().removeChild(dialId, 'number-99');
    expect(store.getState().flow).toBe(before);
    expect(store.getState().lastAction).toBe('rename flow');
  });

  it('removeChild on a verb that has no nested elements is not an action', () => {
    const { store, dialId } = dialStore();
    const before = store.getState().flow;
    store.getState().removeChild(dialId, 'number-1');
    expect(store.getState().flow).toBe(before);
    expect(store.getState().lastAction).toBe('open');
  });
});

describe('setBaseUrl', () => {
  it('sets the base URL as a named action', () => {
    const { store } = dialStore();
    store.getState().setBaseUrl('https://example.com/ivr');
    expect(store.getState().flow.baseUrl).toBe('https://example.com/ivr');
    expect(store.getState().lastAction).toBe('set base URL');
  });

  it('setting the same base URL again is not an action', () => {
    const { store } = dialStore();
    store.getState().setBaseUrl('https://example.com/ivr');
    store.getState().renameFlow('Renamed');
    const before = store.getState().flow;
    store.getState().setBaseUrl('https://example.com/ivr');
    expect(store.getState().flow).toBe(before);
    expect(store.getState().lastAction).toBe('rename flow');
  });

  it('clears the base URL', () => {
    const { store } = dialStore();
    store.getState().setBaseUrl('https://example.com/ivr');
    store.getState().setBaseUrl('');
    expect(store.getState().flow.baseUrl).toBe('');
  });
});

describe('select: the preview follows the selected verb', () => {
  /** main: Dial; "After the call" -> Record labelled Voicemail; plus a stray Say. */
  function flowWithVoicemail(): { flow: Flow; dialId: string; recordId: string; strayId: string } {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial' });
    const rec = addAt(flow, ids[0]!, 'action', { kind: 'record', label: 'Voicemail' });
    const stray = addVerb(rec.flow, say('stray'));
    return { flow: stray.flow, dialId: ids[0]!, recordId: rec.nodeId, strayId: stray.nodeId };
  }

  it('starts on main.xml', () => {
    expect(createAppStore().getState().previewFile).toBe('main.xml');
  });

  it('shows the document of the one selected verb', () => {
    const { flow, dialId, recordId } = flowWithVoicemail();
    const store = createAppStore(flow);
    store.getState().select([recordId]);
    expect(store.getState().previewFile).toBe('voicemail.xml');
    store.getState().select([dialId]);
    expect(store.getState().previewFile).toBe('main.xml');
  });

  it('keeps the file when the selected verb is in no document, or several are selected', () => {
    const { flow, dialId, recordId, strayId } = flowWithVoicemail();
    const store = createAppStore(flow);
    store.getState().select([recordId]);
    store.getState().select([strayId]);
    expect(store.getState().previewFile).toBe('voicemail.xml');
    store.getState().select([dialId, recordId]);
    expect(store.getState().previewFile).toBe('voicemail.xml');
    store.getState().select([]);
    expect(store.getState().previewFile).toBe('voicemail.xml');
  });

  it('follows the document’s new name after the label changes', () => {
    const { flow, recordId } = flowWithVoicemail();
    const store = createAppStore(flow);
    store.getState().updateNode(recordId, { label: 'After hours' });
    store.getState().select([recordId]);
    expect(store.getState().previewFile).toBe('after-hours.xml');
  });

  it('is a session change, not a document action', () => {
    const { flow, recordId } = flowWithVoicemail();
    const store = createAppStore(flow);
    store.getState().select([recordId]);
    expect(store.getState().flow).toBe(flow);
    expect(store.getState().lastAction).toBe('open');
  });
});
