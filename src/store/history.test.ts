/**
 * Undo and redo through the store: every document action is exactly one step that undo takes
 * back to the very flow object before it and redo forward to the very flow after it; selection
 * and view state are never steps; a drag and a burst of typing are one step each.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, type AppStore } from './createAppStore';
import { MERGE_WINDOW_MS } from './documentSlice';
import { createFlow } from '../model/flow';
import { edgeId } from '../model/operations';
import { START_NODE_ID, type Flow, type Position } from '../schema/flow';
import { addVerb, buildFlow, flowOf, nodeOf, pause, reject, say } from '../test/builders';
import { addChildren, child } from '../test/nested';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2024-01-01T00:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

/** Moves the clock past the merge window, so the next edit cannot fold into the last one. */
function later(): void {
  vi.advanceTimersByTime(MERGE_WINDOW_MS * 2);
}

/** start → say → pause → dial (two numbers) → reject, plus an unconnected hangup. */
function richStore() {
  const built = buildFlow('rcml', say('Hello'), pause('1'), { kind: 'dial' }, reject('busy'));
  const [sayId, pauseId, dialId, rejectId] = built.ids as [string, string, string, string];
  const nested = addChildren(
    built.flow,
    dialId,
    child('number', '+14155550100'),
    child('number', '+14155550101'),
  );
  const extra = addVerb(nested.flow, 'hangup');
  const store = createAppStore(extra.flow);
  return {
    store,
    sayId,
    pauseId,
    dialId,
    rejectId,
    hangupId: extra.nodeId,
    numberIds: nested.childIds as [string, string],
  };
}

function past(store: AppStore) {
  return store.temporal.getState().pastStates;
}

function future(store: AppStore) {
  return store.temporal.getState().futureStates;
}

/**
 * Runs `act`, and checks that it changed the flow in exactly one undo step: undo gives back the
 * very flow object before it, redo the very flow after it.
 */
function expectOneStep(store: AppStore, act: () => void): { before: Flow; after: Flow } {
  const before = store.getState().flow;
  const steps = past(store).length;
  act();
  const after = store.getState().flow;
  expect(after).not.toBe(before);
  expect(past(store)).toHaveLength(steps + 1);
  expect(future(store)).toHaveLength(0);

  store.getState().undo();
  expect(store.getState().flow).toBe(before);
  expect(past(store)).toHaveLength(steps);
  expect(future(store)).toHaveLength(1);

  store.getState().redo();
  expect(store.getState().flow).toBe(after);
  expect(past(store)).toHaveLength(steps + 1);
  expect(future(store)).toHaveLength(0);
  return { before, after };
}

function expectNoStep(store: AppStore, act: () => void): void {
  const before = store.getState().flow;
  const pastBefore = past(store).length;
  const futureBefore = future(store).length;
  act();
  expect(store.getState().flow).toBe(before);
  expect(past(store)).toHaveLength(pastBefore);
  expect(future(store)).toHaveLength(futureBefore);
}

describe('every document action is one undo step', () => {
  it('addVerb (at a position and from the keyboard)', () => {
    const { store } = richStore();
    const { after } = expectOneStep(store, () => {
      store.getState().addVerb('play', { position: { x: 400, y: 40 } });
    });
    expect(after.nodes).toHaveLength(store.getState().flow.nodes.length);
    later();
    const empty = createAppStore();
    expectOneStep(empty, () => {
      empty.getState().addVerb('say', { via: 'keyboard' });
    });
    expect(empty.getState().flow.edges).toHaveLength(1);
  });

  it('updateNode (attribute, text and label)', () => {
    const { store, sayId } = richStore();
    expectOneStep(store, () => store.getState().updateNode(sayId, { text: 'Welcome' }));
    later();
    expectOneStep(store, () =>
      store.getState().updateNode(sayId, { attributes: { voice: 'woman' } }),
    );
    later();
    expectOneStep(store, () => store.getState().updateNode(sayId, { label: 'Greeting' }));
    expect(nodeOf(store.getState().flow, sayId)).toMatchObject({
      text: 'Welcome',
      label: 'Greeting',
      attributes: { voice: 'woman' },
    });
  });

  it('commitPositions', () => {
    const { store, sayId, pauseId } = richStore();
    expectOneStep(store, () =>
      store.getState().commitPositions(
        new Map([
          [sayId, { x: 300, y: 310 }],
          [pauseId, { x: 320, y: 420 }],
        ]),
      ),
    );
    expect(nodeOf(store.getState().flow, sayId).position).toEqual({ x: 300, y: 310 });
  });

  it('connect', () => {
    const { store, dialId, hangupId } = richStore();
    expectOneStep(store, () => store.getState().connect(dialId, 'action', hangupId));
    expect(store.getState().flow.edges.map((e) => e.id)).toContain(edgeId(dialId, 'action'));
  });

  it('insertOnEdge (both connections rewired in one step; a refusal is no step)', () => {
    const { store, sayId, pauseId } = richStore();
    let inserted: string | undefined;
    const { after } = expectOneStep(store, () => {
      inserted = store.getState().insertOnEdge(edgeId(sayId, 'next'), 'play');
    });
    expect(after.edges).toContainEqual(
      expect.objectContaining({ source: sayId, target: inserted }),
    );
    expect(after.edges).toContainEqual(
      expect.objectContaining({ source: inserted, target: pauseId }),
    );
    later();
    expectNoStep(store, () => store.getState().insertOnEdge(edgeId(sayId, 'next'), 'hangup'));
  });

  it('setOutlet (a node, another node, then nothing)', () => {
    const { store, dialId, hangupId, sayId } = richStore();
    expectOneStep(store, () => store.getState().setOutlet(dialId, 'action', hangupId));
    later();
    expectOneStep(store, () => store.getState().setOutlet(dialId, 'action', sayId));
    expect(store.getState().flow.edges.filter((e) => e.source === dialId)).toContainEqual(
      expect.objectContaining({ outlet: 'action', target: sayId }),
    );
    later();
    expectOneStep(store, () => store.getState().setOutlet(dialId, 'action', null));
    expect(store.getState().flow.edges.some((e) => e.id === edgeId(dialId, 'action'))).toBe(false);
    expectNoStep(store, () => store.getState().setOutlet(dialId, 'action', null));
  });

  it('addVerb of a decision, and a Menu edit that drops a key’s connection', () => {
    const { store, hangupId } = richStore();
    const menu = store.getState().addVerb('menu', { position: { x: 0, y: 900 } });
    later();
    store.getState().updateNode(menu, { attributes: { keys: '1 2' } });
    later();
    store.getState().setOutlet(menu, 'key:2', hangupId);
    later();
    const { after } = expectOneStep(store, () =>
      store.getState().updateNode(menu, { attributes: { keys: '1' } }),
    );
    expect(after.edges.some((e) => e.source === menu)).toBe(false);
  });

  it('removeEdges', () => {
    const { store, sayId } = richStore();
    expectOneStep(store, () => store.getState().removeEdges([edgeId(sayId, 'next')]));
  });

  it('removeNodes', () => {
    const { store, pauseId } = richStore();
    store.getState().select([pauseId]);
    expectOneStep(store, () => store.getState().removeNodes([pauseId]));
    expect(store.getState().flow.nodes.map((n) => n.id)).not.toContain(pauseId);
  });

  it('renameFlow', () => {
    const { store } = richStore();
    expectOneStep(store, () => store.getState().renameFlow('Support line'));
  });

  it('setBaseUrl', () => {
    const { store } = richStore();
    expectOneStep(store, () => store.getState().setBaseUrl('https://example.com/ivr/'));
  });

  it('addChild', () => {
    const { store, dialId } = richStore();
    expectOneStep(store, () => {
      expect(store.getState().addChild(dialId, 'client')).toBeDefined();
    });
  });

  it('updateChild', () => {
    const { store, dialId, numberIds } = richStore();
    expectOneStep(store, () =>
      store.getState().updateChild(dialId, numberIds[0], { text: '+14155550199' }),
    );
  });

  it('removeChild', () => {
    const { store, dialId, numberIds } = richStore();
    expectOneStep(store, () => store.getState().removeChild(dialId, numberIds[0]));
  });

  it('moveChild', () => {
    const { store, dialId, numberIds } = richStore();
    expectOneStep(store, () => store.getState().moveChild(dialId, numberIds[1], 0));
  });

  it('requestDialect when nothing would be lost', () => {
    const store = createAppStore(flowOf('rcml', reject('busy')));
    const { after } = expectOneStep(store, () => store.getState().requestDialect('flexml'));
    expect(after.dialect).toBe('flexml');
  });

  it('requestDialect then confirmDialect (the question itself is no step)', () => {
    const store = createAppStore(flowOf('rcml', reject('anonymity_disallowed')));
    expectNoStep(store, () => store.getState().requestDialect('flexml'));
    expect(store.getState().pendingConversion).not.toBeNull();
    const { after } = expectOneStep(store, () => store.getState().confirmDialect());
    expect(after.dialect).toBe('flexml');
  });

  it('replaceFlow (import, restore)', () => {
    const { store } = richStore();
    const imported = flowOf('voiceml', say('Imported'));
    const { after } = expectOneStep(store, () => store.getState().replaceFlow('import', imported));
    expect(after).toBe(imported);
  });

  it('paste (copying itself is no step)', () => {
    const { store, sayId, pauseId } = richStore();
    store.getState().select([sayId, pauseId]);
    expectNoStep(store, () => expect(store.getState().copySelection()).toBe(2));
    expectOneStep(store, () => expect(store.getState().paste()).toBe(2));
  });

  it('duplicateSelection', () => {
    const { store, dialId } = richStore();
    store.getState().select([dialId]);
    expectOneStep(store, () => expect(store.getState().duplicateSelection()).toBe(1));
  });

  it('cutSelection', () => {
    const { store, sayId, pauseId } = richStore();
    store.getState().select([sayId, pauseId]);
    expectOneStep(store, () => expect(store.getState().cutSelection()).toBe(2));
  });

  it('deleteSelection of verbs', () => {
    const { store, sayId, pauseId } = richStore();
    store.getState().select([sayId, pauseId]);
    expectOneStep(store, () => store.getState().deleteSelection());
  });

  it('deleteSelection of connections', () => {
    const { store, sayId } = richStore();
    store.getState().select([], [edgeId(sayId, 'next')]);
    expectOneStep(store, () => store.getState().deleteSelection());
  });

  it('deleteSelection of verbs and connections together', () => {
    // Select-all style: a verb and a connection elsewhere, deleted with one key press.
    const { store, dialId, hangupId, sayId } = richStore();
    store.getState().connect(dialId, 'action', hangupId);
    later();
    store.getState().select([sayId], [edgeId(dialId, 'action')]);
    expectOneStep(store, () => store.getState().deleteSelection());
  });

  it('nudgeSelection', () => {
    const { store, sayId } = richStore();
    const from = nodeOf(store.getState().flow, sayId).position;
    store.getState().select([sayId]);
    expectOneStep(store, () => store.getState().nudgeSelection(10, 0));
    expect(nodeOf(store.getState().flow, sayId).position).toEqual({ x: from.x + 10, y: from.y });
  });
});

describe('selection and view changes are not steps', () => {
  it.each<[string, (store: AppStore, ids: ReturnType<typeof richStore>) => void]>([
    ['select', (s, { sayId }) => s.getState().select([sayId])],
    ['select with connections', (s, { sayId }) => s.getState().select([], [edgeId(sayId, 'next')])],
    ['selectAll', (s) => s.getState().selectAll()],
    ['reveal', (s, { dialId }) => s.getState().reveal(dialId, { focusInspector: true })],
    [
      'setDragPositions',
      (s, { sayId }) => s.getState().setDragPositions(new Map([[sayId, { x: 9, y: 9 }]])),
    ],
    [
      'setMeasured',
      (s, { sayId }) => s.getState().setMeasured(new Map([[sayId, { width: 200, height: 80 }]])),
    ],
    ['showPreviewFile', (s) => s.getState().showPreviewFile('other.xml')],
    ['notify', (s) => s.getState().notify('Hello', 'success')],
    ['dismissNotice', (s) => s.getState().dismissNotice()],
    ['setSaveState', (s) => s.getState().setSaveState({ kind: 'pending' })],
    ['copySelection', (s) => void s.getState().copySelection()],
    ['cancelDialect', (s) => s.getState().cancelDialect()],
  ])('%s adds no step and keeps redo', (_name, act) => {
    const ids = richStore();
    const { store } = ids;
    store.getState().renameFlow('One');
    later();
    store.getState().renameFlow('Two');
    store.getState().undo();
    expect(future(store)).toHaveLength(1);
    expectNoStep(store, () => act(store, ids));
    // Redo still brings back the undone change.
    store.getState().redo();
    expect(store.getState().flow.name).toBe('Two');
  });

  it('a change that changes nothing is not a step', () => {
    const { store, sayId } = richStore();
    expectNoStep(store, () => {
      store.getState().updateNode(sayId, { text: 'Hello' });
      store.getState().renameFlow(store.getState().flow.name);
      store.getState().setBaseUrl('');
      store.getState().removeEdges(['no-such-edge']);
      store.getState().removeNodes([START_NODE_ID]);
      store.getState().commitPositions(new Map());
      store.getState().requestDialect('rcml');
      store.getState().paste(); // nothing copied yet
      store.getState().nudgeSelection(10, 10); // nothing selected
    });
  });
});

describe('a drag is one step', () => {
  it('many drag positions, then one commit, are one step', () => {
    const { store, sayId, pauseId } = richStore();
    const before = store.getState().flow;
    const steps: Position[] = [
      { x: 10, y: 140 },
      { x: 40, y: 180 },
      { x: 90, y: 230 },
      { x: 150, y: 260 },
    ];
    for (const p of steps) {
      store.getState().setDragPositions(
        new Map([
          [sayId, p],
          [pauseId, { x: p.x, y: p.y + 100 }],
        ]),
      );
      vi.advanceTimersByTime(16);
    }
    expect(store.getState().flow).toBe(before);
    expect(past(store)).toHaveLength(0);
    store.getState().commitPositions(store.getState().dragPositions);
    store.getState().setDragPositions(new Map());
    const after = store.getState().flow;
    expect(nodeOf(after, sayId).position).toEqual({ x: 150, y: 260 });
    expect(nodeOf(after, pauseId).position).toEqual({ x: 150, y: 360 });
    expect(past(store)).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow).toBe(before);
    store.getState().redo();
    expect(store.getState().flow).toBe(after);
  });

  it('two separate drags of the same verb are two steps, even in quick succession', () => {
    const { store, sayId } = richStore();
    const before = store.getState().flow;
    store.getState().commitPositions(new Map([[sayId, { x: 100, y: 100 }]]));
    const afterFirst = store.getState().flow;
    vi.advanceTimersByTime(MERGE_WINDOW_MS / 2);
    store.getState().commitPositions(new Map([[sayId, { x: 200, y: 200 }]]));
    store.getState().undo();
    expect(store.getState().flow).toBe(afterFirst);
    store.getState().undo();
    expect(store.getState().flow).toBe(before);
  });

  it('arrow-key nudges of the same verbs in a row are one step', () => {
    const { store, sayId } = richStore();
    const before = store.getState().flow;
    store.getState().select([sayId]);
    for (let i = 0; i < 5; i++) {
      store.getState().nudgeSelection(10, 0);
      vi.advanceTimersByTime(100);
    }
    expect(nodeOf(store.getState().flow, sayId).position.x).toBe(before.nodes[1]!.position.x + 50);
    expect(past(store)).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow).toBe(before);
  });
});

describe('a burst of typing is one step', () => {
  function typeInto(store: AppStore, nodeId: string, text: string, gapMs: number): void {
    for (let i = 1; i <= text.length; i++) {
      store.getState().updateNode(nodeId, { text: text.slice(0, i) });
      vi.advanceTimersByTime(gapMs);
    }
  }

  it('several characters in one field inside the window are one step', () => {
    const { store, sayId } = richStore();
    const before = store.getState().flow;
    typeInto(store, sayId, 'Welcome', MERGE_WINDOW_MS / 4);
    const after = store.getState().flow;
    expect(nodeOf(after, sayId).text).toBe('Welcome');
    expect(past(store)).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow).toBe(before);
    store.getState().redo();
    expect(store.getState().flow).toBe(after);
  });

  it('a pause of the merge window starts a new step', () => {
    const { store, sayId } = richStore();
    const before = store.getState().flow;
    store.getState().updateNode(sayId, { text: 'Wel' });
    const first = store.getState().flow;
    vi.advanceTimersByTime(MERGE_WINDOW_MS);
    store.getState().updateNode(sayId, { text: 'Welcome' });
    expect(past(store)).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().flow).toBe(first);
    store.getState().undo();
    expect(store.getState().flow).toBe(before);
  });

  it('typing just inside the window still merges', () => {
    const { store, sayId } = richStore();
    store.getState().updateNode(sayId, { text: 'W' });
    vi.advanceTimersByTime(MERGE_WINDOW_MS - 1);
    store.getState().updateNode(sayId, { text: 'We' });
    expect(past(store)).toHaveLength(1);
  });

  it('typing into another field is a new step', () => {
    const { store, sayId, pauseId } = richStore();
    const before = store.getState().flow;
    store.getState().updateNode(sayId, { text: 'Hi' });
    const afterText = store.getState().flow;
    vi.advanceTimersByTime(50);
    store.getState().updateNode(sayId, { attributes: { voice: 'woman' } });
    const afterVoice = store.getState().flow;
    vi.advanceTimersByTime(50);
    store.getState().updateNode(pauseId, { attributes: { length: '3' } });
    expect(past(store)).toHaveLength(3);
    store.getState().undo();
    expect(store.getState().flow).toBe(afterVoice);
    store.getState().undo();
    expect(store.getState().flow).toBe(afterText);
    store.getState().undo();
    expect(store.getState().flow).toBe(before);
  });

  it('typing into a nested element merges per element and field', () => {
    const { store, dialId, numberIds } = richStore();
    const before = store.getState().flow;
    store.getState().updateChild(dialId, numberIds[0], { text: '+1' });
    vi.advanceTimersByTime(100);
    store.getState().updateChild(dialId, numberIds[0], { text: '+14' });
    const afterFirst = store.getState().flow;
    vi.advanceTimersByTime(100);
    store.getState().updateChild(dialId, numberIds[1], { text: '+2' });
    expect(past(store)).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().flow).toBe(afterFirst);
    store.getState().undo();
    expect(store.getState().flow).toBe(before);
  });

  it('renaming the flow letter by letter is one step', () => {
    const { store } = richStore();
    const before = store.getState().flow;
    for (const name of ['S', 'Su', 'Sup', 'Supp']) {
      store.getState().renameFlow(name);
      vi.advanceTimersByTime(200);
    }
    expect(past(store)).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow).toBe(before);
  });

  it('another action in between ends the burst', () => {
    const { store, sayId, dialId, hangupId } = richStore();
    store.getState().updateNode(sayId, { text: 'A' });
    store.getState().connect(dialId, 'action', hangupId);
    store.getState().updateNode(sayId, { text: 'AB' });
    expect(past(store)).toHaveLength(3);
  });

  it('after undo, the next edit does not merge into the undone step', () => {
    const { store, sayId } = richStore();
    const before = store.getState().flow;
    store.getState().updateNode(sayId, { text: 'Wel' });
    vi.advanceTimersByTime(100);
    store.getState().undo();
    expect(store.getState().flow).toBe(before);
    vi.advanceTimersByTime(100);
    store.getState().updateNode(sayId, { text: 'Bye' });
    const after = store.getState().flow;
    expect(past(store)).toHaveLength(1);
    expect(future(store)).toHaveLength(0);
    store.getState().undo();
    expect(store.getState().flow).toBe(before);
    store.getState().redo();
    expect(store.getState().flow).toBe(after);
  });

  it('after redo, the next edit is a new step', () => {
    const { store, sayId } = richStore();
    store.getState().updateNode(sayId, { text: 'Wel' });
    const typed = store.getState().flow;
    store.getState().undo();
    store.getState().redo();
    vi.advanceTimersByTime(100);
    store.getState().updateNode(sayId, { text: 'Welcome' });
    store.getState().undo();
    expect(store.getState().flow).toBe(typed);
  });
});

describe('undo and redo', () => {
  it('do nothing when there is nothing to undo or redo', () => {
    const { store } = richStore();
    const before = store.getState().flow;
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().flow).toBe(before);
    expect(store.getState().lastAction).toBe('open');
  });

  it('name themselves as the last action', () => {
    const { store } = richStore();
    store.getState().renameFlow('X');
    store.getState().undo();
    expect(store.getState().lastAction).toBe('undo');
    store.getState().redo();
    expect(store.getState().lastAction).toBe('redo');
  });

  it('a new change after undo drops the redo steps', () => {
    const { store } = richStore();
    store.getState().renameFlow('A');
    later();
    store.getState().renameFlow('B');
    store.getState().undo();
    later();
    store.getState().setBaseUrl('https://example.com/');
    expect(future(store)).toHaveLength(0);
    store.getState().redo();
    expect(store.getState().flow.name).toBe('A');
  });

  it('loadFlow opens another flow with an empty history', () => {
    const { store } = richStore();
    store.getState().renameFlow('A');
    later();
    store.getState().renameFlow('B');
    store.getState().undo();
    const other = createFlow({ name: 'Other' });
    store.getState().loadFlow(other);
    expect(store.getState().flow).toBe(other);
    expect(past(store)).toHaveLength(0);
    expect(future(store)).toHaveLength(0);
    store.getState().undo();
    expect(store.getState().flow).toBe(other);
    store.getState().redo();
    expect(store.getState().flow).toBe(other);
    expect(store.getState().selectedNodeIds).toEqual([]);
  });

  it('after loadFlow, typing does not merge into a burst begun in the previous flow', () => {
    const { store, sayId } = richStore();
    store.getState().updateNode(sayId, { text: 'Wel' });
    const same = buildFlow('rcml', say('Hello')); // its say has the same id
    expect(same.ids[0]).toBe(sayId);
    store.getState().loadFlow(same.flow);
    vi.advanceTimersByTime(100);
    store.getState().updateNode(sayId, { text: 'Welcome' });
    expect(past(store)).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().flow).toBe(same.flow);
  });

  it('walks back through 20 mixed actions state by state, and forward again', () => {
    const { store, sayId, pauseId, dialId, rejectId, hangupId, numberIds } = richStore();
    const s = () => store.getState();
    const actions: (() => void)[] = [
      () => s().addVerb('play', { position: { x: 500, y: 0 } }),
      () => s().updateNode(sayId, { text: 'Welcome' }),
      () => s().updateNode(sayId, { attributes: { voice: 'man' } }),
      () => s().commitPositions(new Map([[pauseId, { x: 50, y: 260 }]])),
      () => s().connect(dialId, 'action', hangupId),
      () => s().removeEdges([edgeId(dialId, 'action')]),
      () => s().renameFlow('Mixed'),
      () => s().setBaseUrl('https://example.com/'),
      () => s().addChild(dialId, 'sip'),
      () => s().updateChild(dialId, numberIds[0], { text: '+14155550123' }),
      () => s().moveChild(dialId, numberIds[1], 0),
      () => s().removeChild(dialId, numberIds[0]),
      () => {
        s().select([sayId, pauseId]);
        s().copySelection();
        s().paste();
      },
      () => {
        s().select([rejectId]);
        s().duplicateSelection();
      },
      () => {
        s().select([pauseId]);
        s().nudgeSelection(0, 10);
      },
      () => {
        s().select([hangupId]);
        s().cutSelection();
      },
      () => {
        s().select([pauseId]);
        s().deleteSelection();
      },
      () => {
        s().requestDialect('flexml');
        s().confirmDialect(); // when it asked first
      },
      () => s().replaceFlow('import', flowOf('rcml', say('Imported'))),
      () => s().removeNodes([s().flow.nodes[1]!.id]),
    ];
    const states: Flow[] = [s().flow];
    for (const act of actions) {
      act();
      expect(s().flow).not.toBe(states.at(-1));
      states.push(s().flow);
      later();
    }
    expect(past(store)).toHaveLength(20);

    for (let i = states.length - 2; i >= 0; i--) {
      s().undo();
      expect(s().flow).toBe(states[i]);
    }
    expect(past(store)).toHaveLength(0);

    for (let i = 1; i < states.length; i++) {
      s().redo();
      expect(s().flow).toBe(states[i]);
    }
    expect(future(store)).toHaveLength(0);
  });
});
