import { describe, expect, it } from 'vitest';
import { addNode, connect } from '../model/operations';
import { NEXT_OUTLET, START_NODE_ID, type Flow } from '../schema/flow';
import { createAppStore } from '../store/createAppStore';
import { buildFlow } from '../test/builders';
import { nodeBoxes } from './edgeRouting';
import type { MeasuredSizes } from './nodeBoxes';
import { templates } from '../templates';
import { laidOutForCanvas, tidyPositions } from './tidyUp';

/** Start → Say → Gather → Check caller (Matches → Reject, Otherwise → Say → Redirect), all piled up. */
function messyFlow(): { flow: Flow; ids: Record<string, string> } {
  const built = buildFlow('rcml', 'say', 'gather');
  const [say, gather] = built.ids as [string, string];
  let flow = built.flow;
  const add = (kind: string) => {
    const added = addNode(flow, kind, { x: 0, y: 0 });
    flow = added.flow;
    return added.nodeId;
  };
  const check = add('checkCaller');
  const reject = add('reject');
  const welcome = add('say');
  const redirect = add('redirect');
  flow = connect(flow, gather, NEXT_OUTLET, check);
  flow = connect(flow, check, 'matches', reject);
  flow = connect(flow, check, 'otherwise', welcome);
  flow = connect(flow, welcome, NEXT_OUTLET, redirect);
  flow = connect(flow, redirect, 'action', say);
  // Everything on top of everything else.
  flow = { ...flow, nodes: flow.nodes.map((node) => ({ ...node, position: { x: 10, y: 10 } })) };
  return { flow, ids: { say, gather, check, reject, welcome, redirect } };
}

function applied(flow: Flow, moves: ReadonlyMap<string, { x: number; y: number }>): Flow {
  return {
    ...flow,
    nodes: flow.nodes.map((node) => ({ ...node, position: moves.get(node.id) ?? node.position })),
  };
}

function overlapping(flow: Flow, measured: MeasuredSizes): string[] {
  const boxes = nodeBoxes(flow.nodes, measured);
  const found: string[] = [];
  for (const a of boxes) {
    for (const b of boxes) {
      if (
        a.id < b.id &&
        a.left < b.right &&
        b.left < a.right &&
        a.top < b.bottom &&
        b.top < a.bottom
      ) {
        found.push(`${a.id}/${b.id}`);
      }
    }
  }
  return found;
}

describe('tidyPositions', () => {
  // The Gather is drawn tall (a long prompt), the decision as its outlets make it.
  const { flow, ids } = messyFlow();
  const measured: MeasuredSizes = new Map([[ids.gather!, { width: 240, height: 260 }]]);

  it('separates nodes piled on one another, at the sizes they are drawn', () => {
    expect(overlapping(flow, measured).length).toBeGreaterThan(0);
    const tidy = applied(flow, tidyPositions(flow, measured));
    expect(overlapping(tidy, measured)).toEqual([]);
  });

  it('runs the call from top to bottom, a document in one column, branches side by side', () => {
    const tidy = applied(flow, tidyPositions(flow, measured));
    const at = (id: string) => tidy.nodes.find((n) => n.id === id)!.position;
    const chain = [START_NODE_ID, ids.say!, ids.gather!, ids.check!];
    for (let k = 1; k < chain.length; k++) {
      expect(at(chain[k]!).x).toBe(at(chain[0]!).x);
      expect(at(chain[k]!).y).toBeGreaterThan(at(chain[k - 1]!).y);
    }
    // The decision's two branches stand side by side, below it.
    expect(at(ids.reject!).y).toBe(at(ids.welcome!).y);
    expect(at(ids.reject!).y).toBeGreaterThan(at(ids.check!).y);
    expect(at(ids.reject!).x).not.toBe(at(ids.welcome!).x);
    // The Redirect loops back up without moving the verb it goes to.
    expect(at(ids.redirect!).y).toBeGreaterThan(at(ids.welcome!).y);
    expect(at(ids.redirect!).x).toBe(at(ids.welcome!).x);
  });

  it('moves nothing in a flow that is already tidy', () => {
    const tidy = applied(flow, tidyPositions(flow, measured));
    expect(tidyPositions(tidy, measured).size).toBe(0);
  });

  it('is one undo step in the store, and undo puts every node back', () => {
    const store = createAppStore(flow);
    const before = store.getState().flow;
    const steps = store.temporal.getState().pastStates.length;
    store.getState().applyLayout(tidyPositions(before, measured));
    expect(store.temporal.getState().pastStates.length).toBe(steps + 1);
    expect(store.getState().lastAction).toBe('tidy up');
    expect(overlapping(store.getState().flow, measured)).toEqual([]);
    store.getState().undo();
    expect(store.getState().flow.nodes.map((n) => n.position)).toEqual(
      before.nodes.map((n) => n.position),
    );
  });
});

describe('notes and Tidy up', () => {
  it('lays out the steps as if there were no notes, and a note keeps its place beside its step', () => {
    const messy = messyFlow();
    const { ids } = messy;
    // The first Say off on its own with a note just right of it, the rest piled up as before.
    const flow = {
      ...messy.flow,
      nodes: messy.flow.nodes.map((n) =>
        n.id === ids.say ? { ...n, position: { x: 1000, y: 1000 } } : n,
      ),
    };
    const added = addNode(flow, 'note', { x: 1260, y: 1005 });
    const withNote = added.flow;
    const moves = tidyPositions(withNote, new Map());
    const tidy = applied(withNote, moves);
    const at = (id: string) => tidy.nodes.find((n) => n.id === id)!.position;
    // The steps go where they go without the note.
    const withoutNote = applied(flow, tidyPositions(flow, new Map()));
    for (const node of withoutNote.nodes) expect(at(node.id)).toEqual(node.position);
    // The note moved with the Say it was beside, by the same offset.
    expect(at(added.nodeId)).toEqual({ x: at(ids.say!).x + 260, y: at(ids.say!).y + 5 });
  });
});

describe('a flow just imported or made from a template', () => {
  it.each(templates.map((t) => [t.id, t] as const))(
    'is laid out as Tidy up lays it out: tidying the %s template moves nothing',
    (_, template) => {
      const { flow } = template.build({ timeZone: 'UTC' });
      expect(tidyPositions(laidOutForCanvas(flow), new Map()).size).toBe(0);
    },
  );

  it('is laid out as Tidy up lays it out: a flow with a decision, laid out before it is drawn', () => {
    const flow = laidOutForCanvas(messyFlow().flow);
    expect(tidyPositions(flow, new Map()).size).toBe(0);
  });
});
