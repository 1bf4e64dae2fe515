import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { selectDocuments } from './selectors';
import { planDocuments } from '../model/documents';
import { generateFlow } from '../test/generateFlow';
import { serializeFlow } from '../xml/serialize';
import { START_NODE_ID, type DialectId } from '../schema/flow';
import { buildFlow, flowOf, nodeOf, pause, reject, type VerbLike } from '../test/builders';

function storeWith(dialect: DialectId, ...verbs: VerbLike[]) {
  const { flow, ids } = buildFlow(dialect, ...verbs);
  return { store: createAppStore(flow), ids };
}

function links(store: ReturnType<typeof createAppStore>): string[] {
  return store.getState().flow.edges.map((e) => `${e.source}->${e.target}`);
}

describe('addVerb', () => {
  it('connects a keyboard-added verb after the open end of the chain and selects it', () => {
    const store = createAppStore();
    const pauseId = store.getState().addVerb('pause', { via: 'keyboard' });
    const rejectId = store.getState().addVerb('reject', { via: 'keyboard' });
    expect(links(store)).toEqual([`${START_NODE_ID}->${pauseId}`, `${pauseId}->${rejectId}`]);
    expect(store.getState().selectedNodeIds).toEqual([rejectId]);
    expect(store.getState().focusRequest?.nodeId).toBe(rejectId);
    expect(store.getState().lastAction).toBe('add verb');
  });

  it('places the new verb below the one it follows', () => {
    const store = createAppStore();
    const id = store.getState().addVerb('reject', { via: 'keyboard' });
    const { flow } = store.getState();
    expect(nodeOf(flow, id).position.y).toBeGreaterThan(nodeOf(flow, START_NODE_ID).position.y);
  });

  it('leaves a verb unconnected when the chain already ends with Reject', () => {
    const { store, ids } = storeWith('rcml', reject('busy'));
    const id = store.getState().addVerb('say', { via: 'keyboard' });
    expect(links(store)).toEqual([`${START_NODE_ID}->${ids[0]}`]);
    expect(store.getState().selectedNodeIds).toEqual([id]);
  });

  it('does not connect a verb added at a position without `via`', () => {
    const store = createAppStore();
    const id = store.getState().addVerb('reject', { position: { x: 300, y: 40 } });
    expect(links(store)).toEqual([]);
    expect(nodeOf(store.getState().flow, id).position).toEqual({ x: 300, y: 40 });
  });

  it('gives each test its own store', () => {
    expect(createAppStore().getState().flow.nodes).toHaveLength(1);
  });
});

describe('requestDialect', () => {
  it('applies at once when every value converts exactly', () => {
    const { store, ids } = storeWith('rcml', reject('busy'));
    store.getState().requestDialect('flexml');
    const state = store.getState();
    expect(state.pendingConversion).toBeNull();
    expect(state.flow.dialect).toBe('flexml');
    expect(nodeOf(state.flow, ids[0]!).attributes.reason).toBe('busy-here');
    expect(state.notice?.tone).toBe('success');
  });

  it.each([
    ['a reason without the same SIP code', 'rcml', [reject('anonymity_disallowed')], 'flexml'],
    ['a verb the target lacks', 'rcml', [pause('2'), reject('busy')], 'voiceml'],
    ['an ErrorMessage', 'voiceml', [reject('busy', { errorMessage: 'x' })], 'rcml'],
    ['FlexML busy (600), which RCML lacks', 'flexml', [reject('busy')], 'rcml'],
  ] as const)('asks first when it would lose %s', (_name, from, verbs, to) => {
    const { store } = storeWith(from, ...verbs);
    const before = store.getState().flow;
    store.getState().requestDialect(to);
    expect(store.getState().pendingConversion?.to).toBe(to);
    expect(store.getState().flow).toBe(before);
  });

  it('applies the pending conversion on confirm', () => {
    const { store, ids } = storeWith('rcml', reject('anonymity_disallowed'));
    store.getState().requestDialect('flexml');
    const planned = store.getState().pendingConversion!.flow;
    store.getState().confirmDialect();
    const state = store.getState();
    expect(state.pendingConversion).toBeNull();
    expect(state.flow).toBe(planned);
    expect(state.flow.dialect).toBe('flexml');
    expect(nodeOf(state.flow, ids[0]!).attributes.reason).not.toBe('anonymity_disallowed');
  });

  it('leaves the flow untouched on cancel', () => {
    const { store } = storeWith('rcml', reject('anonymity_disallowed'));
    const before = store.getState().flow;
    store.getState().requestDialect('voiceml');
    store.getState().cancelDialect();
    expect(store.getState().pendingConversion).toBeNull();
    expect(store.getState().flow).toBe(before);
    store.getState().confirmDialect();
    expect(store.getState().flow).toBe(before);
  });

  it('does nothing when the dialect is already the flow’s', () => {
    const store = createAppStore(flowOf('voiceml', pause('1')));
    const before = store.getState().flow;
    store.getState().requestDialect('voiceml');
    expect(store.getState().flow).toBe(before);
    expect(store.getState().pendingConversion).toBeNull();
  });
});

describe('removeNodes', () => {
  it('drops removed nodes from the selection and keeps the others', () => {
    const { store, ids } = storeWith('rcml', pause('1'), pause('2'), reject('busy'));
    store.getState().select([ids[0]!, ids[2]!]);
    store.getState().removeNodes([ids[0]!]);
    const state = store.getState();
    expect(state.selectedNodeIds).toEqual([ids[2]]);
    expect(state.flow.nodes.map((n) => n.id)).not.toContain(ids[0]);
    expect(links(store)).toContain(`${START_NODE_ID}->${ids[1]}`);
  });

  it('keeps the start node', () => {
    const store = createAppStore();
    store.getState().removeNodes([START_NODE_ID]);
    expect(store.getState().flow.nodes.map((n) => n.id)).toEqual([START_NODE_ID]);
  });
});

describe('other document actions', () => {
  it('refuses an impossible connection with a warning and no change', () => {
    const { store, ids } = storeWith('rcml', reject('busy'));
    const { addVerb } = store.getState();
    const sayId = addVerb('say');
    const before = store.getState().flow;
    store.getState().connect(ids[0]!, 'next', sayId);
    expect(store.getState().flow).toBe(before);
    expect(store.getState().notice?.tone).toBe('warning');
  });

  it('edits a node through updateNode', () => {
    const { store, ids } = storeWith('voiceml', reject('busy'));
    store.getState().updateNode(ids[0]!, { attributes: { errorMessage: 'Blocked' } });
    expect(nodeOf(store.getState().flow, ids[0]!).attributes.errorMessage).toBe('Blocked');
    expect(store.getState().lastAction).toBe('edit verb');
  });
});

describe('each store follows its own flow', () => {
  it('two stores editing in turn each export what a fresh serializer writes, reusing their own documents', () => {
    const base = generateFlow({ verbs: 150, seed: 5 });
    const stores = [createAppStore(structuredClone(base)), createAppStore(structuredClone(base))];
    const says = base.nodes.filter((n) => n.kind === 'say');
    const before = stores.map((store) => selectDocuments(store.getState()));
    for (let step = 0; step < 8; step++) {
      const at = step % 2;
      const store = stores[at]!;
      const say = says[step % says.length]!;
      store.getState().updateNode(say.id, { text: `Store ${at}, step ${step}` });
      const { flow } = store.getState();
      const after = selectDocuments(store.getState());
      expect(after).toEqual(serializeFlow(structuredClone(flow)));
      const file = planDocuments(flow).fileOf(say.id);
      for (const [k, document] of after.entries()) {
        if (document.fileName !== file) expect(document).toBe(before[at]![k]);
      }
      before[at] = after;
    }
  });
});
