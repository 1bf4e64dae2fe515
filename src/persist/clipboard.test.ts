/**
 * Copy, cut, paste and duplicate through the store, inside a flow and between flows (and tabs,
 * through local storage); and parseFragment, which must refuse anything it cannot trust.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryClipboard, parseFragment, storageClipboard } from './clipboard';
import { CLIPBOARD_KEY } from './storageKeys';
import { createAppStore, type AppStore } from '../store/createAppStore';
import { extractFragment, FRAGMENT_FORMAT, type FlowFragment } from '../model/fragment';
import { MAX_VERBS, tooManyVerbsMessage } from '../model/limits';
import { edgeId } from '../model/operations';
import { START_NODE_ID, START_VERB, type DialectId, type Flow } from '../schema/flow';
import { buildFlow, flowOf, nodeOf, pause, reject, say } from '../test/builders';
import { addChildren, child } from '../test/nested';
import { memoryStorage, quotaError } from '../test/storage';
import { serializeFlow } from '../xml/serialize';

/** start → say → pause → reject(busy) in `dialect`. */
function sample(dialect: DialectId = 'rcml') {
  const built = buildFlow(dialect, say('Hello'), pause('2'), reject('busy'));
  const [sayId, pauseId, rejectId] = built.ids as [string, string, string];
  return { flow: built.flow, sayId, pauseId, rejectId };
}

function added(before: Flow, after: Flow) {
  const old = new Set(before.nodes.map((n) => n.id));
  const oldEdges = new Set(before.edges.map((e) => e.id));
  return {
    nodes: after.nodes.filter((n) => !old.has(n.id)),
    edges: after.edges.filter((e) => !oldEdges.has(e.id)),
  };
}

function s(store: AppStore) {
  return store.getState();
}

describe('copy and paste inside a flow', () => {
  it('pastes copies with new ids, shifted, with the connections between them only', () => {
    const { flow, sayId, pauseId } = sample();
    const store = createAppStore(flow);
    s(store).select([sayId, pauseId]);
    expect(s(store).copySelection()).toBe(2);
    expect(s(store).flow).toBe(flow);

    expect(s(store).paste()).toBe(2);
    const next = s(store).flow;
    const { nodes, edges } = added(flow, next);
    expect(nodes.map((n) => n.kind)).toEqual(['say', 'pause']);
    const [sayCopy, pauseCopy] = nodes;
    expect(sayCopy!.id).not.toBe(sayId);
    expect(pauseCopy!.id).not.toBe(pauseId);
    expect(sayCopy).toMatchObject({ text: 'Hello', attributes: nodeOf(flow, sayId).attributes });
    const offset = {
      x: sayCopy!.position.x - nodeOf(flow, sayId).position.x,
      y: sayCopy!.position.y - nodeOf(flow, sayId).position.y,
    };
    expect(offset.x).toBeGreaterThan(0);
    expect(offset.y).toBeGreaterThan(0);
    expect(pauseCopy!.position).toEqual({
      x: nodeOf(flow, pauseId).position.x + offset.x,
      y: nodeOf(flow, pauseId).position.y + offset.y,
    });
    // say→pause is copied; start→say and pause→reject are not.
    expect(edges).toEqual([
      {
        id: edgeId(sayCopy!.id, 'next'),
        source: sayCopy!.id,
        outlet: 'next',
        target: pauseCopy!.id,
      },
    ]);
    // The original is untouched and the copies are selected.
    expect(next.edges.slice(0, flow.edges.length)).toEqual(flow.edges);
    expect(s(store).selectedNodeIds).toEqual([sayCopy!.id, pauseCopy!.id]);
  });

  it('copies nested elements with their verb', () => {
    const built = buildFlow('rcml', { kind: 'dial' });
    const dialId = built.ids[0]!;
    const nested = addChildren(built.flow, dialId, child('number', '+14155550100'));
    const store = createAppStore(nested.flow);
    s(store).select([dialId]);
    s(store).copySelection();
    s(store).paste();
    const [copy] = added(nested.flow, s(store).flow).nodes;
    expect(copy!.children).toEqual(nodeOf(nested.flow, dialId).children);
  });

  it('pasting again places the next copy further away', () => {
    const { flow, sayId } = sample();
    const store = createAppStore(flow);
    s(store).select([sayId]);
    s(store).copySelection();
    s(store).paste();
    const first = s(store).flow.nodes.at(-1)!;
    s(store).paste();
    const second = s(store).flow.nodes.at(-1)!;
    expect(second.id).not.toBe(first.id);
    expect(second.position).not.toEqual(first.position);
  });

  it('pasting again places the next copy further away with the browser clipboard too', () => {
    // The app uses storageClipboard; each read parses a new fragment object.
    const { flow, sayId } = sample();
    const store = createAppStore(flow, { clipboard: storageClipboard(memoryStorage()) });
    s(store).select([sayId]);
    s(store).copySelection();
    s(store).paste();
    const first = s(store).flow.nodes.at(-1)!;
    s(store).paste();
    const second = s(store).flow.nodes.at(-1)!;
    expect(second.position).not.toEqual(first.position);
  });

  it('never copies the start node', () => {
    const { flow, sayId } = sample();
    const store = createAppStore(flow);
    s(store).select([START_NODE_ID, sayId]);
    expect(s(store).copySelection()).toBe(1);
    s(store).paste();
    const { nodes } = added(flow, s(store).flow);
    expect(nodes.map((n) => n.kind)).toEqual(['say']);
    expect(s(store).flow.nodes.filter((n) => n.kind === START_VERB)).toHaveLength(1);
  });

  it('copying nothing keeps what was copied before', () => {
    const { flow, sayId } = sample();
    const store = createAppStore(flow);
    s(store).select([sayId]);
    s(store).copySelection();
    s(store).select([START_NODE_ID]);
    expect(s(store).copySelection()).toBe(0);
    s(store).select([]);
    expect(s(store).copySelection()).toBe(0);
    expect(s(store).paste()).toBe(1);
    expect(added(flow, s(store).flow).nodes.map((n) => n.kind)).toEqual(['say']);
  });

  it('pasting an empty clipboard does nothing', () => {
    const { flow } = sample();
    const store = createAppStore(flow);
    expect(s(store).paste()).toBe(0);
    expect(s(store).flow).toBe(flow);
  });
});

describe('cut and duplicate', () => {
  it('cut removes the verbs, and paste brings copies back', () => {
    const { flow, sayId, pauseId } = sample();
    const store = createAppStore(flow);
    s(store).select([sayId, pauseId]);
    expect(s(store).cutSelection()).toBe(2);
    const ids = s(store).flow.nodes.map((n) => n.id);
    expect(ids).not.toContain(sayId);
    expect(ids).not.toContain(pauseId);
    expect(s(store).selectedNodeIds).toEqual([]);
    expect(s(store).paste()).toBe(2);
    expect(s(store).flow.nodes.map((n) => n.kind)).toEqual(['start', 'reject', 'say', 'pause']);
  });

  it('cutting nothing removes nothing', () => {
    const { flow } = sample();
    const store = createAppStore(flow);
    s(store).select([START_NODE_ID]);
    expect(s(store).cutSelection()).toBe(0);
    expect(s(store).flow).toBe(flow);
  });

  it('duplicate copies the selection in place, shifted, without touching the clipboard', () => {
    const { flow, sayId, pauseId, rejectId } = sample();
    const clipboard = memoryClipboard();
    const store = createAppStore(flow, { clipboard });
    s(store).select([rejectId]);
    s(store).copySelection();
    const copied = clipboard.read();

    s(store).select([sayId, pauseId]);
    expect(s(store).duplicateSelection()).toBe(2);
    const { nodes, edges } = added(flow, s(store).flow);
    expect(nodes.map((n) => n.kind)).toEqual(['say', 'pause']);
    expect(edges).toHaveLength(1);
    expect(nodes[0]!.position).not.toEqual(nodeOf(flow, sayId).position);
    expect(s(store).selectedNodeIds).toEqual(nodes.map((n) => n.id));
    expect(clipboard.read()).toBe(copied);
  });

  it('duplicating nothing does nothing', () => {
    const { flow } = sample();
    const store = createAppStore(flow);
    expect(s(store).duplicateSelection()).toBe(0);
    expect(s(store).flow).toBe(flow);
  });
});

describe('between flows', () => {
  it('pastes into another flow through one clipboard', () => {
    const clipboard = memoryClipboard();
    const a = sample();
    const b = flowOf('rcml', say('Other'));
    const storeA = createAppStore(a.flow, { clipboard });
    const storeB = createAppStore(b, { clipboard });
    s(storeA).select([a.sayId, a.pauseId]);
    s(storeA).copySelection();
    expect(s(storeB).paste()).toBe(2);
    const { nodes, edges } = added(b, s(storeB).flow);
    expect(nodes.map((n) => n.kind)).toEqual(['say', 'pause']);
    expect(edges).toHaveLength(1);
    expect(new Set(s(storeB).flow.nodes.map((n) => n.id)).size).toBe(4);
  });

  it('converts Reject reasons by SIP code into the other flow’s dialect', () => {
    const clipboard = memoryClipboard();
    const a = sample('rcml');
    const storeA = createAppStore(a.flow, { clipboard });
    const storeB = createAppStore(flowOf('flexml'), { clipboard });
    s(storeA).select([a.rejectId]);
    s(storeA).copySelection();
    s(storeB).paste();
    const pasted = s(storeB).flow.nodes.at(-1)!;
    expect(pasted.kind).toBe('reject');
    expect(pasted.attributes.reason).toBe('busy-here');
    expect(s(storeB).flow.dialect).toBe('flexml');
  });

  it('two tabs share the clipboard through local storage', () => {
    const storage = memoryStorage();
    const a = sample('rcml');
    const tabA = createAppStore(a.flow, { clipboard: storageClipboard(storage) });
    const other = flowOf('voiceml', pause('1'));
    const tabB = createAppStore(other, { clipboard: storageClipboard(storage) });
    s(tabA).select([a.sayId, a.rejectId]);
    s(tabA).copySelection();
    expect(storage.data.has(CLIPBOARD_KEY)).toBe(true);
    expect(s(tabB).paste()).toBe(2);
    const { nodes } = added(other, s(tabB).flow);
    expect(nodes.map((n) => n.kind)).toEqual(['say', 'reject']);
    // RCML busy (486) is VoiceML busy (486).
    expect(nodes[1]!.attributes.reason).toBe('busy');
  });
});

describe('a fragment over the verb limit', () => {
  it('copied in another tab is read, and its paste is refused with the limit’s message', () => {
    const storage = memoryStorage();
    const steps = MAX_VERBS + 1;
    const fragment = {
      format: FRAGMENT_FORMAT,
      dialect: 'rcml',
      nodes: Array.from({ length: steps }, (_, i) => ({
        id: `say-${i + 1}`,
        kind: 'say',
        attributes: {},
        text: `Step ${i + 1}`,
        position: { x: 0, y: i * 150 },
      })),
      edges: [],
    };
    storage.data.set(CLIPBOARD_KEY, JSON.stringify(fragment));
    expect(storageClipboard(storage).read()?.nodes).toHaveLength(steps);
    const before = flowOf('rcml', say('Hello'));
    const tab = createAppStore(before, { clipboard: storageClipboard(storage) });
    s(tab).paste();
    expect(s(tab).flow).toBe(before);
    expect(s(tab).notice?.text).toBe(tooManyVerbsMessage(steps + 1));
  });
});

describe('storageClipboard', () => {
  function fragmentOf(dialect: DialectId = 'rcml'): FlowFragment {
    const { flow, sayId, pauseId } = sample(dialect);
    return extractFragment(flow, [sayId, pauseId])!;
  }

  it('what one clipboard writes, another over the same storage reads', () => {
    const storage = memoryStorage();
    const one = storageClipboard(storage);
    const two = storageClipboard(storage);
    const fragment = fragmentOf();
    one.write(fragment);
    expect(two.read()).toEqual(fragment);
    const later = fragmentOf('flexml');
    two.write(later);
    expect(one.read()).toEqual(later);
  });

  it('works in memory without storage', () => {
    const clipboard = storageClipboard(null);
    expect(clipboard.read()).toBeUndefined();
    const fragment = fragmentOf();
    clipboard.write(fragment);
    expect(clipboard.read()).toBe(fragment);
  });

  it('a storage that cannot be read falls back to this tab’s copy', () => {
    const storage = memoryStorage();
    const clipboard = storageClipboard(storage);
    const fragment = fragmentOf();
    clipboard.write(fragment);
    storage.failReads = () => new DOMException('Denied', 'SecurityError');
    expect(clipboard.read()).toEqual(fragment);
  });

  it('a full storage: the copy still works in this tab, and never throws', () => {
    const storage = memoryStorage();
    const clipboard = storageClipboard(storage);
    storage.failWrites = quotaError;
    const fragment = fragmentOf();
    expect(() => clipboard.write(fragment)).not.toThrow();
    expect(clipboard.read()).toEqual(fragment);
  });

  it('a full storage: this tab pastes what it just copied, not an older copy', () => {
    const storage = memoryStorage();
    const clipboard = storageClipboard(storage);
    const older = fragmentOf('rcml');
    clipboard.write(older);
    storage.failWrites = quotaError;
    const newer = extractFragment(flowOf('rcml', reject('forbidden')), ['reject-1'])!;
    clipboard.write(newer);
    expect(clipboard.read()).toEqual(newer);
  });

  it('damaged content in storage falls back to this tab’s copy', () => {
    const storage = memoryStorage();
    const clipboard = storageClipboard(storage);
    const fragment = fragmentOf();
    clipboard.write(fragment);
    storage.data.set(CLIPBOARD_KEY, '{"format":"rcml-studio/fragment","nodes":[{"verb":"x"}]');
    expect(clipboard.read()).toEqual(fragment);
  });
});

describe('parseFragment', () => {
  const valid = () => {
    const { flow, sayId, pauseId } = sample();
    return JSON.parse(JSON.stringify(extractFragment(flow, [sayId, pauseId]))) as Record<
      string,
      unknown
    > & { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
  };

  it('reads a fragment copied in a tab of an older version, whose nodes name their kind `verb`', () => {
    const data = valid();
    const older = {
      ...data,
      nodes: data.nodes.map(({ kind, ...node }) => ({ ...node, verb: kind })),
    };
    expect(parseFragment(JSON.stringify(older))).toEqual(parseFragment(JSON.stringify(data)));
    expect(parseFragment(JSON.stringify(older))?.nodes.map((n) => n.kind)).toEqual([
      'say',
      'pause',
    ]);
  });

  it('reads back what was written', () => {
    const { flow, sayId, pauseId, rejectId } = sample();
    const fragment = extractFragment(flow, [sayId, pauseId, rejectId])!;
    expect(parseFragment(JSON.stringify(fragment))).toEqual(fragment);
  });

  it.each<[string, string | null]>([
    ['null', null],
    ['empty text', ''],
    ['not JSON', '{nodes: ['],
    ['JSON null', 'null'],
    ['an array', '[]'],
    ['a number', '3'],
    ['another format', JSON.stringify({ ...valid(), format: 'rcml-studio/flow' })],
    ['no nodes', JSON.stringify({ ...valid(), nodes: undefined })],
    ['nodes that are not a list', JSON.stringify({ ...valid(), nodes: {} })],
    ['edges that are not a list', JSON.stringify({ ...valid(), edges: 'none' })],
    ['an unknown dialect', JSON.stringify({ ...valid(), dialect: 'twiml' })],
  ])('refuses %s', (_name, text) => {
    expect(parseFragment(text)).toBeUndefined();
  });

  function damaged(change: (data: ReturnType<typeof valid>) => void) {
    const data = valid();
    change(data);
    return parseFragment(JSON.stringify(data));
  }

  it('refuses an unknown verb', () => {
    expect(damaged((d) => (d.nodes[0]!.kind = 'teleport'))).toBeUndefined();
  });

  it('refuses missing fields', () => {
    expect(damaged((d) => delete d.nodes[0]!.id)).toBeUndefined();
    expect(damaged((d) => delete d.nodes[0]!.kind)).toBeUndefined();
    expect(damaged((d) => delete d.nodes[0]!.attributes)).toBeUndefined();
    expect(damaged((d) => delete d.nodes[0]!.position)).toBeUndefined();
    expect(damaged((d) => delete d.edges[0]!.target)).toBeUndefined();
  });

  it('refuses wrong types', () => {
    expect(damaged((d) => (d.nodes[0]!.attributes = { voice: 1 }))).toBeUndefined();
    expect(damaged((d) => (d.nodes[0]!.position = { x: '1', y: 2 }))).toBeUndefined();
    expect(damaged((d) => (d.nodes[0]!.text = 42))).toBeUndefined();
    expect(damaged((d) => (d.nodes[0]!.children = 'x'))).toBeUndefined();
    expect(damaged((d) => (d.nodes[0] = 'say' as never))).toBeUndefined();
    expect(damaged((d) => (d.edges[0]!.source = 5))).toBeUndefined();
  });

  it('refuses duplicate ids and connections to verbs it does not hold', () => {
    expect(damaged((d) => (d.nodes[1]!.id = d.nodes[0]!.id))).toBeUndefined();
    expect(damaged((d) => (d.edges[0]!.target = 'ghost-1'))).toBeUndefined();
    expect(damaged((d) => (d.nodes[0]!.id = START_NODE_ID))).toBeUndefined();
  });

  it('refuses a connection from the start node (which a fragment never holds)', () => {
    const result = damaged((d) =>
      d.edges.push({
        id: edgeId(START_NODE_ID, 'next'),
        source: START_NODE_ID,
        outlet: 'next',
        target: d.nodes[0]!.id,
      }),
    );
    expect(result).toBeUndefined();
  });

  it('a hostile connection from the start node cannot corrupt the flow it is pasted into', () => {
    const storage = memoryStorage();
    const data = valid();
    data.edges.push({
      id: edgeId(START_NODE_ID, 'next'),
      source: START_NODE_ID,
      outlet: 'next',
      target: data.nodes[0]!.id as string,
    });
    storage.setItem(CLIPBOARD_KEY, JSON.stringify(data));
    const store = createAppStore(flowOf('rcml'), { clipboard: storageClipboard(storage) });
    s(store).paste();
    const ids = new Set(s(store).flow.nodes.map((n) => n.id));
    for (const edge of s(store).flow.edges) {
      expect(typeof edge.source).toBe('string');
      expect(ids.has(edge.source)).toBe(true);
      expect(ids.has(edge.target)).toBe(true);
    }
  });

  it('refuses an "Incoming call" verb (a fragment never holds the start)', () => {
    const result = damaged((d) => (d.nodes[0]!.kind = START_VERB));
    expect(result?.nodes.some((n) => n.kind === START_VERB) ?? false).toBe(false);
  });

  it('refuses deeply nested unknown elements', () => {
    const open = '{"name":"L","attributes":[],"children":['.repeat(200);
    const raw = `${open}{"name":"Leaf","attributes":[],"children":[]}${']}'.repeat(200)}`;
    const data = valid();
    data.nodes.push({
      id: 'unknown-1',
      kind: 'unknown',
      attributes: {},
      raw: 'RAW',
      position: { x: 0, y: 0 },
    });
    expect(parseFragment(JSON.stringify(data).replace('"RAW"', raw))).toBeUndefined();
  });

  it('is not fooled by __proto__ keys', () => {
    const text = JSON.stringify(valid()).replace(
      '"attributes":{',
      '"attributes":{"__proto__":{"polluted":"yes"},',
    );
    expect(() => parseFragment(text)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(() => parseFragment(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (nodes, edges) => {
        const text = JSON.stringify({ format: FRAGMENT_FORMAT, dialect: 'rcml', nodes, edges });
        expect(() => parseFragment(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('a pasted fragment that needs repair', () => {
  /** Say → Pause copied in one tab, then changed in storage as a hand or an old version might. */
  function storedFragment(
    change: (data: { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] }) => void,
  ) {
    const { flow, sayId, pauseId } = sample();
    const data = JSON.parse(JSON.stringify(extractFragment(flow, [sayId, pauseId]))) as {
      nodes: Record<string, unknown>[];
      edges: Record<string, unknown>[];
    };
    change(data);
    const storage = memoryStorage();
    storage.data.set(CLIPBOARD_KEY, JSON.stringify(data));
    const target = flowOf('rcml', pause('1'));
    const store = createAppStore(target, { clipboard: storageClipboard(storage) });
    return { store, target };
  }

  it('pastes without a name XML cannot carry, exports, and says what it left out', () => {
    const { store, target } = storedFragment((d) => {
      d.nodes[0]!.attributes = { voice: 'woman', 'onclick="x" y': '1' };
    });
    expect(s(store).paste()).toBe(2);
    const { nodes } = added(target, s(store).flow);
    expect(nodes[0]!.attributes).toEqual({ voice: 'woman' });
    expect(() => serializeFlow(s(store).flow)).not.toThrow();
    expect(s(store).notice).toMatchObject({ tone: 'warning' });
    expect(s(store).notice?.text).toMatch(/^Pasted\. Repaired .*“onclick="x" y”/);
  });

  it('keeps one connection per outlet, so the pasted connections have distinct ids', () => {
    const { store, target } = storedFragment((d) => {
      const [say, pauseNode] = d.nodes as [Record<string, unknown>, Record<string, unknown>];
      d.nodes.push({ ...pauseNode, id: 'pause-9' });
      d.edges.push({ id: 'extra', source: say.id, outlet: 'next', target: 'pause-9' });
    });
    s(store).paste();
    const { edges } = added(target, s(store).flow);
    expect(edges).toHaveLength(1);
    const ids = s(store).flow.edges.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(s(store).notice?.text).toMatch(/one outlet leads to one verb/);
  });
});
