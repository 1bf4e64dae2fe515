import { describe, expect, it } from 'vitest';
import { outletStepChoices } from '../canvas/insertChoices';
import { START_NODE_ID } from '../schema/flow';
import { validateFlow } from '../validate';
import { createAppStore, type AppStore } from './createAppStore';

/** Adds a step as Enter on the palette does: it joins the step selected, and is selected. */
function add(store: AppStore, verb: string): string {
  return store.getState().addVerb(verb, { via: 'keyboard' });
}

function edgeInto(store: AppStore, id: string) {
  return store.getState().flow.edges.find((e) => e.target === id);
}

function problemKeys(store: AppStore): string[] {
  return validateFlow(store.getState().flow).map((p) => p.key);
}

describe('a step added from an outlet', () => {
  it('joins that outlet, is selected with focus asked for its first field, in one undo step', () => {
    const store = createAppStore();
    const gather = add(store, 'gather');
    const past = store.temporal.getState().pastStates.length;
    const say = store.getState().addStepFrom(gather, 'next', 'say')!;
    expect(edgeInto(store, say)).toMatchObject({ source: gather, outlet: 'next' });
    expect(store.getState().selectedNodeIds).toEqual([say]);
    expect(store.getState().focusRequest?.nodeId).toBe(say);
    expect(store.temporal.getState().pastStates.length).toBe(past + 1);
    store.getState().undo();
    expect(store.getState().flow.nodes.map((n) => n.id)).toEqual([START_NODE_ID, gather]);
  });

  it('is drawn where it was dropped, or else below the step it follows', () => {
    const store = createAppStore();
    const say = add(store, 'say');
    const dropped = store.getState().addStepFrom(say, 'next', 'pause', {
      position: { x: 500, y: 600 },
    })!;
    const node = (id: string) => store.getState().flow.nodes.find((n) => n.id === id)!;
    expect(node(dropped).position).toEqual({ x: 500, y: 600 });
    const gather = add(store, 'gather');
    const below = store.getState().addStepFrom(gather, 'action', 'say')!;
    expect(node(below).position.y).toBeGreaterThan(node(gather).position.y);
  });

  it('goes between an outlet and the step it led to, so nothing is cut off', () => {
    const store = createAppStore();
    const say = add(store, 'say');
    const hangup = add(store, 'hangup');
    const pause = store.getState().addStepFrom(say, 'next', 'pause')!;
    expect(edgeInto(store, pause)).toMatchObject({ source: say, outlet: 'next' });
    expect(edgeInto(store, hangup)).toMatchObject({ source: pause, outlet: 'next' });
  });

  it('a Menu goes after a Gather’s “After input” only, and nothing after it makes a new problem', () => {
    const store = createAppStore();
    const gather = add(store, 'gather');
    const before = problemKeys(store);
    expect(store.getState().addStepFrom(gather, 'next', 'menu')).toBeUndefined();
    expect(store.getState().notice?.text).toMatch(/Gather/);
    const menu = store.getState().addStepFrom(gather, 'action', 'menu')!;
    expect(edgeInto(store, menu)).toMatchObject({ source: gather, outlet: 'action' });
    const made = problemKeys(store).filter((k) => !before.includes(k));
    expect(made.every((k) => k.includes(menu))).toBe(true);
  });

  it('never an outlet that makes a new problem: a Dial whose “After the call” is taken offers nothing on “Then”', () => {
    const store = createAppStore();
    const dial = add(store, 'dial');
    add(store, 'callOutcome');
    const flow = store.getState().flow;
    // The store's validation tries each choice (the canvas passes the store's derived data).
    expect(outletStepChoices(flow, dial, 'next', store.getState().derived)).toEqual([]);
    expect(store.getState().addStepFrom(dial, 'next', 'say')).toBeUndefined();
    expect(store.getState().flow).toBe(flow);
  });

  it('the choices for an outlet: a Menu after a Gather’s input, never a note, and no terminal verb between two steps', () => {
    const store = createAppStore();
    const gather = add(store, 'gather');
    const flow = store.getState().flow;
    const afterInput = outletStepChoices(flow, gather, 'action').map((c) => c.id);
    expect(afterInput).toEqual(expect.arrayContaining(['say', 'menu', 'hangup', 'checkHours']));
    expect(afterInput).not.toContain('note');
    expect(afterInput).not.toContain('callOutcome');
    // The incoming call's “Then” leads to the Gather: only what carries on can go between.
    const afterStart = outletStepChoices(flow, START_NODE_ID, 'next').map((c) => c.id);
    expect(afterStart).toContain('say');
    expect(afterStart).not.toContain('hangup');
    expect(afterStart).not.toContain('menu');
  });

  it('is refused to a viewer', () => {
    const store = createAppStore();
    const say = add(store, 'say');
    store.setState({ readOnly: true });
    const flow = store.getState().flow;
    expect(store.getState().addStepFrom(say, 'next', 'pause')).toBeUndefined();
    expect(store.getState().flow).toBe(flow);
  });
});
