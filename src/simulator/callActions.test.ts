import { describe, expect, it } from 'vitest';
import { saveCase, transcript } from '../platform';
import { createAppStore } from '../store/createAppStore';
import { selectDocuments } from '../store/selectors';
import { BLOCKED, frontDesk } from '../test/frontDesk';
import { setupOf } from '../test/simulate';
import { callActions } from './callActions';

function simulator() {
  const desk = frontDesk();
  const store = createAppStore(desk.flow);
  return { store, ids: desk.ids, actions: callActions(store) };
}

const call = (store: ReturnType<typeof createAppStore>) => store.getState().simulatedCall!;

describe('the simulator’s actions', () => {
  it('run a blocked caller to a Reject, leaving the flow and its history untouched', () => {
    const { store, actions } = simulator();
    const flow = store.getState().flow;
    actions.start(setupOf({ from: BLOCKED }));
    expect(call(store).state.kind).toBe('running');
    actions.run();
    const state = call(store).state;
    expect(state.kind === 'ended' && state.end.how === 'rejected' && state.end.reject.code).toBe(
      '486 Busy Here',
    );
    expect(store.getState().flow).toBe(flow);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('serve the documents the preview shows, byte for byte', () => {
    const { store, actions } = simulator();
    actions.start(setupOf());
    const served = call(store).events.find((event) => event.kind === 'document');
    const shown = selectDocuments(store.getState()).find((d) => d.fileName === 'welcome.xml');
    expect(served?.kind === 'document' && served.xml).toBe(shown?.xml);
  });

  it('take the caller’s keys and a Dial’s outcome, marking the path', () => {
    const { store, ids, actions } = simulator();
    actions.start(setupOf());
    actions.run();
    expect(call(store).state.kind).toBe('waiting-for-input');
    expect(call(store).position?.nodeId).toBe(ids.welcome);
    actions.press('1');
    actions.run();
    expect(call(store).position?.nodeId).toBe(ids.sales);
    actions.dial('answered');
    actions.run();
    expect(transcript(call(store)).at(-1)).toBe('Call ended: completed, no verbs left to run');
    expect(call(store).visitedNodes).toEqual(
      expect.arrayContaining([ids.check, ids.hours, ids.welcome, ids.menu, ids.sales, ids.bye]),
    );
    expect(call(store).visitedNodes).not.toContain(ids.voicemail);
  });

  it('restart the same call from the beginning, and hang up', () => {
    const { store, actions } = simulator();
    actions.start(setupOf({ from: '+33612345678' }));
    actions.run();
    actions.restart();
    expect(call(store).state.kind).toBe('running');
    expect(call(store).setup.from).toBe('+33612345678');
    expect(call(store).inputs).toEqual([]);
    actions.hangUp();
    expect(transcript(call(store)).at(-1)).toBe('Call ended: the caller hung up');
  });

  it('place the call in the flow’s dialect: FlexML spells busy busy-here', () => {
    const { store, actions } = simulator();
    store.getState().requestDialect('flexml');
    actions.start(setupOf({ from: BLOCKED }));
    actions.run();
    const state = call(store).state;
    expect(
      state.kind === 'ended' && state.end.how === 'rejected' && state.end.reject,
    ).toMatchObject({ reason: 'busy-here', code: '486 Busy Here' });
  });

  it('do nothing before a call is started', () => {
    const { store, actions } = simulator();
    actions.run();
    actions.press('1');
    actions.restart();
    expect(store.getState().simulatedCall).toBeNull();
  });

  it('replay saved calls against the flow as it is now', () => {
    const { store, ids, actions } = simulator();
    actions.start(setupOf());
    actions.run();
    actions.press('*');
    actions.run();
    const saved = saveCase('Star says goodbye', call(store));
    actions.start(setupOf({ from: BLOCKED }));
    actions.run();
    const blocked = saveCase('Blocked', call(store));
    store.getState().updateNode(ids.bye!, { text: 'Bye now.' });
    const results = actions.runAll([saved, blocked]);
    expect(results.map((r) => [r.name, r.changed])).toEqual([
      ['Star says goodbye', true],
      ['Blocked', false],
    ]);
    actions.showCase(saved);
    expect(transcript(call(store))).toContain('Say (man, en): “Bye now.”');
  });
});
