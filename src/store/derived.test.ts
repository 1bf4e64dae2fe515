/**
 * Issue 24, item 3: what is derived from a flow has one owner, the store's FlowDerived
 * (`state.derived`), brought up to date within each change; selectors only read it.
 */
import { describe, expect, it } from 'vitest';
import { selectObstacles } from '../canvas/edgeRouting';
import { buildFlow, say } from '../test/builders';
import { createAppStore, type AppStore } from './createAppStore';
import { selectDocuments, selectNodeProblems, selectShownProblems } from './selectors';

/** A Say whose text is empty (required-field) beside one that reads well. */
function twoSays() {
  return buildFlow('rcml', say(''), say('Hello'));
}

describe('derived state has one owner', () => {
  it('two stores of one flow share nothing derived from it', () => {
    const { flow, ids } = twoSays();
    const a = createAppStore(flow);
    const b = createAppStore(flow);
    const [da, db] = [a.getState().derived, b.getState().derived];
    expect(da).not.toBe(db);
    expect(da.analysis.graph(flow)).not.toBe(db.analysis.graph(flow));
    expect(da.validation.problems(flow)).not.toBe(db.validation.problems(flow));
    expect(da.validation.problems(flow)).toEqual(db.validation.problems(flow));
    expect(selectDocuments(a.getState())).not.toBe(selectDocuments(b.getState()));
    expect(selectDocuments(a.getState())).toEqual(selectDocuments(b.getState()));

    // An edit in one store changes nothing the other one shows.
    const before = selectNodeProblems(b.getState(), ids[0]!);
    a.getState().updateNode(ids[0]!, { text: 'Fixed' });
    expect(selectNodeProblems(a.getState(), ids[0]!)).toEqual([]);
    expect(selectNodeProblems(b.getState(), ids[0]!)).toBe(before);
    expect(before.map((p) => p.ruleId)).toEqual(['required-field']);
  });

  it('the store’s serializer, validation and views share one analysis', () => {
    const { flow } = twoSays();
    const { derived } = createAppStore(flow).getState();
    expect(derived.serializer.analysis).toBe(derived.analysis);
    expect(derived.validation.analysis).toBe(derived.analysis);
  });

  it('a node’s problem list does not depend on which selectors were called in between', () => {
    // The same edits in two stores; the first reads the node's problems after every edit, the
    // second skips the middle one. A selector that kept what it handed out (as one did) gave
    // the second store back its first list at the end, and the first store a new one.
    const { flow, ids } = twoSays();
    const id = ids[0]!;
    const stores = [createAppStore(flow), createAppStore(flow)];
    const read = (store: AppStore) => selectNodeProblems(store.getState(), id);
    const [first, second] = stores.map(read) as [readonly unknown[], readonly unknown[]];
    // The node's problems change (a character XML cannot hold) and come back (empty again).
    for (const store of stores) store.getState().updateNode(id, { text: 'Bell \u0007' });
    const middle = read(stores[0]!);
    expect(middle.map((p) => p.ruleId)).not.toContain('required-field');
    expect(middle).not.toEqual([]);
    for (const store of stores) store.getState().updateNode(id, { text: '' });
    const [lastA, lastB] = stores.map(read);
    expect(lastA).toEqual(first);
    expect(lastB).toEqual(second);
    expect(lastA === first).toBe(lastB === second);
  });

  it('a node’s list stays the same object while its problems read the same', () => {
    const { flow, ids } = twoSays();
    const store = createAppStore(flow);
    const list = selectNodeProblems(store.getState(), ids[0]!);
    store.getState().updateNode(ids[1]!, { text: 'Hello again' });
    expect(selectNodeProblems(store.getState(), ids[0]!)).toBe(list);
  });

  it('selectors only read: calling them leaves the store’s derived data as it was', () => {
    const { flow, ids } = twoSays();
    const store = createAppStore(flow);
    const state = store.getState();
    const seen = JSON.stringify({
      problems: ids.map((id) => selectNodeProblems(state, id)),
      shown: selectShownProblems(state),
    });
    // Reading again, in another order, any number of times, answers the same, with the same
    // objects: nothing a selector does is seen by the next reader.
    const lists = ids.map((id) => selectNodeProblems(state, id));
    for (const id of [...ids].reverse()) selectNodeProblems(state, id);
    expect(ids.map((id) => selectNodeProblems(state, id))).toEqual(lists);
    ids.forEach((id, i) => expect(selectNodeProblems(state, id)).toBe(lists[i]));
    expect(selectObstacles(state)).toBe(selectObstacles(state));
    expect(JSON.stringify({ problems: lists, shown: selectShownProblems(state) })).toBe(seen);
    expect(store.getState()).toBe(state);
  });

  it('is up to date when any subscriber hears of a change, undo included', () => {
    const { flow, ids } = twoSays();
    const store = createAppStore(flow);
    const heard: { x: number | undefined; problems: number }[] = [];
    store.subscribe((state) => {
      heard.push({
        x: selectObstacles(state).box(ids[1]!)?.left,
        problems: selectNodeProblems(state, ids[0]!).length,
      });
    });
    const x = flow.nodes.find((n) => n.id === ids[1])!.position.x;
    store.getState().commitPositions(new Map([[ids[1]!, { x: x + 500, y: 0 }]]));
    expect(heard.at(-1)!.x).toBe(x + 500);
    store.temporal.getState().undo();
    expect(heard.at(-1)!.x).toBe(x);
    store.getState().updateNode(ids[0]!, { text: 'Fixed' });
    expect(heard.at(-1)!.problems).toBe(0);
  });
});
