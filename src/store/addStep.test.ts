import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from './createAppStore';
import { NODE_HEIGHT, NODE_WIDTH } from '../model/layout';
import { START_NODE_ID } from '../schema/flow';
import { openTemplate, templates } from '../templates';

const phoneMenu = templates.find((t) => t.id === 'phone-menu')!;
import { validateFlow } from '../validate';

const environment = { timeZone: 'Europe/London' };

/** Adds a step as Enter on the palette does: no target, the new step selected after. */
function add(store: AppStore, verb: string): string {
  return store.getState().addVerb(verb, { via: 'keyboard' });
}

function edgeInto(store: AppStore, id: string) {
  return store.getState().flow.edges.find((e) => e.target === id);
}

function problemsOf(store: AppStore): string[] {
  return validateFlow(store.getState().flow).map((p) => p.ruleId);
}

/** The box a node is drawn in, before React Flow measures it. */
function box(store: AppStore, id: string, height = NODE_HEIGHT) {
  const node = store.getState().flow.nodes.find((n) => n.id === id)!;
  const size = store.getState().measured.get(id);
  return {
    left: node.position.x,
    top: node.position.y,
    right: node.position.x + (size?.width ?? NODE_WIDTH),
    bottom: node.position.y + (size?.height ?? height),
  };
}

function overlap(a: ReturnType<typeof box>, b: ReturnType<typeof box>): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('a step added without a target joins the outlet it follows', () => {
  it('a Menu under a Gather joins its “After input”, and nothing is flagged for it', () => {
    const store = createAppStore();
    const gather = add(store, 'gather');
    const menu = add(store, 'menu');
    expect(edgeInto(store, menu)).toMatchObject({ source: gather, outlet: 'action' });
    expect(problemsOf(store)).not.toContain('decision-out-of-place');
  });

  it('a Call outcome after a Dial joins its “After the call”', () => {
    const store = createAppStore();
    const dial = add(store, 'dial');
    const outcome = add(store, 'callOutcome');
    expect(edgeInto(store, outcome)).toMatchObject({ source: dial, outlet: 'action' });
    expect(problemsOf(store)).not.toContain('decision-out-of-place');
  });

  it('a Record after a Dial joins its “After the call”', () => {
    const store = createAppStore();
    const dial = add(store, 'dial');
    const record = add(store, 'record');
    expect(edgeInto(store, record)).toMatchObject({ source: dial, outlet: 'action' });
  });

  it('a Dial or a Say after a Gather joins its “After input”', () => {
    for (const verb of ['dial', 'say']) {
      const store = createAppStore();
      const gather = add(store, 'gather');
      const step = add(store, verb);
      expect(edgeInto(store, step)).toMatchObject({ source: gather, outlet: 'action' });
      expect(problemsOf(store)).not.toContain('gather-without-action');
    }
  });

  it('after a decision, each new step takes its next free outcome, beside the last', () => {
    const store = createAppStore();
    const check = add(store, 'checkCaller');
    const reject = add(store, 'reject');
    expect(edgeInto(store, reject)).toMatchObject({ source: check, outlet: 'matches' });
    store.getState().select([check]);
    const say = add(store, 'say');
    expect(edgeInto(store, say)).toMatchObject({ source: check, outlet: 'otherwise' });
    expect(overlap(box(store, say), box(store, reject))).toBe(false);
    // Both outcomes taken: the next step stays unconnected, and says why.
    store.getState().select([check]);
    const pause = add(store, 'pause');
    expect(edgeInto(store, pause)).toBeUndefined();
  });

  it('a step after a plain verb joins its “Then”, as a chain is built', () => {
    const store = createAppStore();
    const say = add(store, 'say');
    const hangup = add(store, 'hangup');
    expect(edgeInto(store, say)).toMatchObject({ source: START_NODE_ID, outlet: 'next' });
    expect(edgeInto(store, hangup)).toMatchObject({ source: say, outlet: 'next' });
  });

  it('a Say added to the phone-menu template with nothing selected stays unconnected, and says so', () => {
    const { flow } = openTemplate(phoneMenu, 'rcml', environment);
    const store = createAppStore(flow);
    const before = store.getState().flow.edges;
    const say = add(store, 'say');
    expect(edgeInto(store, say)).toBeUndefined();
    expect(store.getState().flow.edges).toEqual(before);
    expect(store.getState().notice?.text).toMatch(/not connected/i);
  });

  it('never an outlet that makes a new problem: a Record after a Dial whose “After the call” is taken stays unconnected', () => {
    const store = createAppStore();
    const dial = add(store, 'dial');
    add(store, 'callOutcome');
    store.getState().select([dial]);
    const record = add(store, 'record');
    expect(edgeInto(store, record)).toBeUndefined();
    expect(problemsOf(store)).not.toContain('never-runs-after-action');
    expect(store.getState().notice?.text).toMatch(/not connected/i);
  });

  it('a Menu with no Gather selected stays unconnected rather than out of place', () => {
    const store = createAppStore();
    add(store, 'say');
    const menu = add(store, 'menu');
    expect(edgeInto(store, menu)).toBeUndefined();
    expect(problemsOf(store)).not.toContain('decision-out-of-place');
    expect(store.getState().notice?.text).toMatch(/Gather/);
  });

  it('the chosen outlet is one undo step with the new step', () => {
    const store = createAppStore();
    const gather = add(store, 'gather');
    add(store, 'menu');
    store.getState().undo();
    expect(store.getState().flow.nodes.map((n) => n.id)).toEqual([START_NODE_ID, gather]);
    expect(store.getState().flow.edges).toHaveLength(1);
  });
});

describe('a step added by keyboard is placed below the step before it, by its drawn height', () => {
  it('goes below a tall measured box, not 130 px down on top of it', () => {
    const store = createAppStore();
    const gather = add(store, 'gather');
    store.getState().setMeasured(new Map([[gather, { width: 240, height: 260 }]]));
    const say = add(store, 'say');
    expect(overlap(box(store, say), box(store, gather))).toBe(false);
    expect(box(store, say).top).toBeGreaterThanOrEqual(box(store, gather).bottom);
  });

  it('goes below a decision box not yet drawn, by the height its outlets give it', () => {
    const store = createAppStore();
    add(store, 'gather');
    const menu = add(store, 'menu');
    store.getState().updateNode(menu, { attributes: { keys: '1 2 3 4 5 6' } });
    // The Say takes the Menu's first outcome (Key 1), below the Menu.
    const say = add(store, 'say');
    expect(edgeInto(store, say)).toMatchObject({ source: menu, outlet: 'key:1' });
    const menuBox = box(store, menu, 73 + 7 * 24 + 11);
    expect(overlap(box(store, say), menuBox)).toBe(false);
    expect(box(store, say).top).toBeGreaterThanOrEqual(menuBox.bottom);
  });

  it('never lands on a box already there (the Gather’s “If no input” step)', () => {
    const { flow } = openTemplate(phoneMenu, 'rcml', environment);
    const store = createAppStore(flow);
    const gather = flow.nodes.find((n) => n.kind === 'gather')!;
    const noChoice = flow.edges.find((e) => e.source === gather.id && e.outlet === 'next')!;
    store.getState().select([noChoice.target]);
    const say = add(store, 'say');
    expect(edgeInto(store, say)).toMatchObject({ source: noChoice.target, outlet: 'next' });
    for (const node of store.getState().flow.nodes) {
      if (node.id === say) continue;
      const height = node.kind === 'menu' ? 73 + 3 * 24 + 11 : NODE_HEIGHT;
      expect(overlap(box(store, say), box(store, node.id, height))).toBe(false);
    }
  });
});
