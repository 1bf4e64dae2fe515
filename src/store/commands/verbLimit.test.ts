/**
 * The verb limit holds for every command that adds verbs: a paste, a duplicate, a verb added
 * from the palette, on a connection or from an outlet, the hand-off email, and a whole flow
 * replaced (import, Edit XML). Over the limit, each is refused with the limit's one message,
 * and the flow, its history and what the next paste does stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { MAX_VERBS, tooManyVerbsMessage } from '../../model/limits';
import { memoryClipboard } from '../../persist/clipboard';
import { createNode } from '../../model/flow';
import { applyXmlEdit } from '../../preview/applyXmlEdit';
import { chainOf } from '../../test/builders';
import { createAppStore, type AppStore } from '../createAppStore';
import { selectActiveDocument, selectDocuments } from '../selectors';
import { PASTE_OFFSET } from './clipboard';
import { verbLimitRefusal } from './limits';

const OVER = tooManyVerbsMessage(MAX_VERBS + 1);

/** A store whose flow has `verbs` Says in a chain (say-1 … say-N). */
function storeOf(verbs: number): AppStore {
  return createAppStore(chainOf(verbs), { clipboard: memoryClipboard() });
}

function steps(store: AppStore): number {
  return store.temporal.getState().pastStates.length;
}

/** Runs `attempt` and expects it refused with the limit's message, the flow and history untouched. */
function expectRefused(store: AppStore, attempt: () => unknown, verbs = MAX_VERBS + 1) {
  const before = store.getState().flow;
  const past = steps(store);
  attempt();
  expect(store.getState().flow).toBe(before);
  expect(steps(store)).toBe(past);
  expect(store.getState().notice).toMatchObject({
    text: tooManyVerbsMessage(verbs),
    tone: 'warning',
  });
}

describe('the verb limit in the commands', () => {
  it('refuses a paste that would take the flow over the limit; one that fits is pasted', () => {
    const store = storeOf(MAX_VERBS - 1);
    store.getState().select(['say-1']);
    expect(store.getState().copySelection()).toBe(1);
    expect(store.getState().paste()).toBe(1);
    expect(store.getState().flow.nodes).toHaveLength(MAX_VERBS + 1);
    expectRefused(store, () => expect(store.getState().paste()).toBe(0));
  });

  it('refuses a paste of several verbs that would pass the limit, naming the count it would reach', () => {
    const store = storeOf(MAX_VERBS - 1);
    store.getState().select(['say-1', 'say-2', 'say-3']);
    store.getState().copySelection();
    expectRefused(store, () => store.getState().paste(), MAX_VERBS + 2);
  });

  it('does not move the next paste further for a refused one', () => {
    const store = storeOf(MAX_VERBS);
    store.getState().select(['say-1']);
    store.getState().copySelection();
    expectRefused(store, () => store.getState().paste());
    store.getState().removeNodes(['say-2']);
    expect(store.getState().paste()).toBe(1);
    const pasted = store.getState().flow.nodes.at(-1)!;
    const original = store.getState().flow.nodes.find((n) => n.id === 'say-1')!;
    expect(pasted.position.x - original.position.x).toBe(PASTE_OFFSET);
  });

  it('refuses a duplicate that would take the flow over the limit', () => {
    const store = storeOf(MAX_VERBS);
    store.getState().select(['say-5']);
    expectRefused(store, () => expect(store.getState().duplicateSelection()).toBe(0));
  });

  it('refuses the verb past the limit from the palette, on a connection and from an outlet', () => {
    const store = storeOf(MAX_VERBS);
    expectRefused(store, () => expect(store.getState().addVerb('say')).toBe(''));
    expectRefused(store, () => store.getState().addVerb('pause', { via: 'keyboard' }));
    const edge = store.getState().flow.edges[0]!;
    expectRefused(store, () =>
      expect(store.getState().insertOnEdge(edge.id, 'pause')).toBeUndefined(),
    );
    expectRefused(store, () =>
      expect(store.getState().addStepFrom(`say-${MAX_VERBS}`, 'next', 'say')).toBeUndefined(),
    );
  });

  it('lets the last verb in: the limit is reached, not passed', () => {
    const store = storeOf(MAX_VERBS - 1);
    expect(store.getState().addVerb('say')).not.toBe('');
    expect(store.getState().flow.nodes).toHaveLength(MAX_VERBS + 1);
  });

  it('refuses the hand-off email as the verb past the limit', () => {
    const chain = chainOf(MAX_VERBS);
    const record = createNode('record', 'say-1', chain.nodes[1]!.position, chain.dialect);
    const store = createAppStore(
      { ...chain, nodes: chain.nodes.map((n) => (n.id === 'say-1' ? record : n)) },
      { clipboard: memoryClipboard() },
    );
    expectRefused(store, () => expect(store.getState().addHandOffEmail('say-1')).toBeUndefined());
  });

  it('refuses a whole flow over the limit (an import, an edit in the XML view)', () => {
    const store = storeOf(10);
    expectRefused(store, () => store.getState().replaceFlow('import', chainOf(MAX_VERBS + 1)));
    store.getState().replaceFlow('import', chainOf(MAX_VERBS));
    expect(store.getState().flow.nodes).toHaveLength(MAX_VERBS + 1);
  });

  it('never refuses a change that adds no verb, even to a flow over the limit', () => {
    const over = chainOf(MAX_VERBS + 5);
    const fewer = { ...over, nodes: over.nodes.slice(0, -1) };
    expect(verbLimitRefusal(over, over)).toBeUndefined();
    expect(verbLimitRefusal(over, fewer)).toBeUndefined();
    expect(verbLimitRefusal(fewer, over)).toEqual({ refused: tooManyVerbsMessage(MAX_VERBS + 5) });
  });
});

describe('the verb limit in Edit XML', () => {
  it('refuses an edit that makes a verb past the limit, with the limit’s message', () => {
    const store = storeOf(MAX_VERBS);
    const state = store.getState();
    const document = selectActiveDocument(state);
    const edit = (text: string) =>
      applyXmlEdit(state.flow, selectDocuments(state), document.fileName, text);
    const over = edit(document.xml.replace('<Say/>', '<Pause/>\n  <Say/>'));
    expect(over).toMatchObject({ ok: false, error: { message: OVER } });
    // An edit that keeps the count at the limit is applied.
    const fits = edit(document.xml.replace('<Say/>', '<Pause/>'));
    expect(fits.ok && fits.flow.nodes.length).toBe(MAX_VERBS + 1);
  });
});
