/**
 * The flow library over local storage: saves with revisions, two tabs that never silently
 * overwrite each other, a trash to bring deleted flows back, and storage failures that are
 * returned as results, never thrown.
 */
import { describe, expect, it } from 'vitest';
import { FlowLibrary, TRASH_LIMIT, type KeyValueStore } from './library';
import { flowKey, headKey, INDEX_KEY, LAST_KEY, testCallsKey, TRASH_KEY } from './storageKeys';
import { writeFlowFile } from './flowFile';
import { createFlow } from '../model/flow';
import { renameFlow } from '../model/operations';
import type { Flow } from '../schema/flow';
import { addVerb, buildFlow, pause, reject, say } from '../test/builders';
import { memoryStorage, quotaError } from '../test/storage';

/** A clock that moves one second per reading, so every save has its own time. */
function clock(start = 1_700_000_000_000): () => number {
  let t = start;
  return () => (t += 1000);
}

function flowNamed(name: string): Flow {
  return { ...buildFlow('rcml', say('Hello'), reject('busy')).flow, name };
}

function saved<T extends { ok: boolean }>(result: T): T & { ok: true } {
  expect(result.ok).toBe(true);
  return result as T & { ok: true };
}

describe('save, list and load', () => {
  it('loads what was saved, as an equal flow', () => {
    const library = new FlowLibrary(memoryStorage(), 'tab-a', clock());
    const flow = flowNamed('Support');
    expect(saved(library.save(flow, null)).revision).toBe(1);
    const stored = library.load(flow.id);
    expect(stored).toMatchObject({ revision: 1, savedBy: 'tab-a', flow });
    expect(stored?.flow).toEqual(flow);
  });

  it('counts revisions up with every save', () => {
    const library = new FlowLibrary(memoryStorage(), 'tab-a', clock());
    let flow = flowNamed('Support');
    let revision: number | null = null;
    for (let i = 1; i <= 3; i++) {
      flow = renameFlow(flow, `Support ${i}`);
      revision = saved(library.save(flow, revision)).revision;
      expect(revision).toBe(i);
    }
    expect(library.load(flow.id)?.flow.name).toBe('Support 3');
  });

  it('lists every flow once, newest first, with its summary', () => {
    const library = new FlowLibrary(memoryStorage(), 'tab-a', clock());
    const a = flowNamed('A');
    const b = { ...createFlow({ name: 'B', dialect: 'voiceml' }) };
    library.save(a, null);
    library.save(b, null);
    const aAgain = renameFlow(a, 'A2');
    library.save(aAgain, 1);
    const list = library.list();
    expect(list.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(list[0]).toMatchObject({ id: a.id, name: 'A2', dialect: 'rcml', verbs: 2 });
    expect(list[1]).toMatchObject({ id: b.id, name: 'B', dialect: 'voiceml', verbs: 0 });
    expect(list[0]!.updatedAt).toBeGreaterThan(list[1]!.updatedAt!);
  });

  it('returns nothing for a flow it never saved', () => {
    const library = new FlowLibrary(memoryStorage(), 'tab-a');
    expect(library.load('nope')).toBeUndefined();
    expect(library.list()).toEqual([]);
    expect(library.trash()).toEqual([]);
  });

  it('remembers the last opened flow', () => {
    const storage = memoryStorage();
    const library = new FlowLibrary(storage, 'tab-a');
    expect(library.lastOpened).toBeNull();
    library.lastOpened = 'flow-1';
    expect(new FlowLibrary(storage, 'tab-b').lastOpened).toBe('flow-1');
  });

  it('a flow saved in an older version is loaded migrated', () => {
    const storage = memoryStorage();
    const flow = flowNamed('Old');
    const withoutId = JSON.parse(writeFlowFile(flow)) as Record<string, unknown>;
    delete withoutId.id;
    storage.setItem(
      flowKey('old'),
      JSON.stringify({ revision: 4, savedAt: 1, savedBy: 'x', flow: { ...withoutId, version: 1 } }),
    );
    const stored = new FlowLibrary(storage, 'tab-a').load('old');
    expect(stored?.revision).toBe(4);
    expect(stored?.flow.nodes).toEqual(flow.nodes);
  });
});

describe('two tabs on the same flow', () => {
  it('reads the small head, not the whole flow, to check for a newer save', () => {
    const storage = memoryStorage();
    const a = new FlowLibrary(storage, 'tab-a', clock());
    const flow = createFlow();
    a.save(flow, null);
    const reads: string[] = [];
    const spying: KeyValueStore = {
      getItem: (key) => (reads.push(key), storage.getItem(key)),
      setItem: (key, value) => storage.setItem(key, value),
      removeItem: (key) => storage.removeItem(key),
      get length() {
        return storage.length;
      },
      key: (index) => storage.key(index),
    };
    new FlowLibrary(spying, 'tab-a', clock()).save(renameFlow(flow, 'Again'), 1);
    expect(reads).toContain(headKey(flow.id));
    expect(reads).not.toContain(flowKey(flow.id));
  });

  it('still protects a flow saved before heads existed (no head stored)', () => {
    const storage = memoryStorage();
    const a = new FlowLibrary(storage, 'tab-a', clock());
    const b = new FlowLibrary(storage, 'tab-b', clock());
    const flow = createFlow();
    a.save(flow, null);
    a.save(renameFlow(flow, 'Newer in A'), 1);
    storage.removeItem(headKey(flow.id));
    const result = b.save(renameFlow(flow, 'Stale in B'), 1);
    expect(result).toMatchObject({ ok: false, reason: 'conflict' });
    expect(a.load(flow.id)?.flow.name).toBe('Newer in A');
  });

  function twoTabs() {
    const storage = memoryStorage();
    const now = clock();
    const a = new FlowLibrary(storage, 'tab-a', now);
    const b = new FlowLibrary(storage, 'tab-b', now);
    const flow = flowNamed('Shared');
    saved(a.save(flow, null));
    return { storage, a, b, flow };
  }

  it('refuses to overwrite a newer revision another tab saved', () => {
    const { a, b, flow } = twoTabs();
    const theirs = renameFlow(flow, 'Theirs');
    expect(saved(b.save(theirs, 1)).revision).toBe(2);
    const mine = renameFlow(flow, 'Mine');
    const result = a.save(mine, 1);
    expect(result).toMatchObject({ ok: false, reason: 'conflict' });
    if (result.ok || result.reason !== 'conflict') return;
    expect(result.theirs).toMatchObject({ revision: 2, savedBy: 'tab-b' });
    expect(result.theirs.flow).toEqual(theirs);
    // Nothing was written.
    expect(a.load(flow.id)?.flow).toEqual(theirs);
    expect(a.list().find((s) => s.id === flow.id)?.name).toBe('Theirs');
  });

  it('saves when this tab has seen the other tab’s revision', () => {
    const { a, b, flow } = twoTabs();
    b.save(renameFlow(flow, 'Theirs'), 1);
    const seen = a.load(flow.id)!;
    const mine = renameFlow(seen.flow, 'Mine after theirs');
    expect(saved(a.save(mine, seen.revision)).revision).toBe(3);
    expect(b.load(flow.id)).toMatchObject({ revision: 3, savedBy: 'tab-a', flow: mine });
  });

  it('a tab never conflicts with its own saves', () => {
    const { a, flow } = twoTabs();
    saved(a.save(renameFlow(flow, 'Two'), 1));
    // Even with a stale base revision (an answer that crossed a save).
    expect(saved(a.save(renameFlow(flow, 'Three'), 1)).revision).toBe(3);
  });

  it('a flow this tab thinks is new conflicts with one another tab already saved', () => {
    const { b, flow } = twoTabs();
    expect(b.save(renameFlow(flow, 'B'), null)).toMatchObject({ ok: false, reason: 'conflict' });
  });

  it('overwrite keeps this tab’s version over the other’s', () => {
    const { a, b, flow } = twoTabs();
    b.save(renameFlow(flow, 'Theirs'), 1);
    const mine = renameFlow(flow, 'Mine');
    expect(a.save(mine, 1).ok).toBe(false);
    expect(saved(a.overwrite(mine)).revision).toBe(3);
    expect(b.load(flow.id)).toMatchObject({ revision: 3, savedBy: 'tab-a', flow: mine });
  });

  it('overwrite of a flow never saved starts at revision 1', () => {
    const library = new FlowLibrary(memoryStorage(), 'tab-a');
    expect(saved(library.overwrite(flowNamed('New'))).revision).toBe(1);
  });
});

describe('delete and restore', () => {
  it('remove moves a flow to the trash and restore brings it back intact', () => {
    const library = new FlowLibrary(memoryStorage(), 'tab-a', clock());
    const keep = flowNamed('Keep');
    const gone = addVerb(flowNamed('Gone'), pause('3')).flow;
    library.save(keep, null);
    library.save(gone, null);
    library.save(renameFlow(gone, 'Gone 2'), 1);
    const before = library.load(gone.id)!;

    library.remove(gone.id);
    expect(library.list().map((s) => s.id)).toEqual([keep.id]);
    expect(library.trash()).toEqual([
      {
        summary: expect.objectContaining({ id: gone.id, name: 'Gone 2' }),
        deletedAt: expect.any(Number),
      },
    ]);

    expect(library.restore(gone.id)).toEqual({ ok: true });
    expect(library.trash()).toEqual([]);
    expect(
      library
        .list()
        .map((s) => s.id)
        .sort(),
    ).toEqual([keep.id, gone.id].sort());
    expect(library.load(gone.id)).toEqual(before);
  });

  it('removing a flow that is not listed changes nothing', () => {
    const storage = memoryStorage();
    const library = new FlowLibrary(storage, 'tab-a');
    library.save(flowNamed('A'), null);
    const snapshot = new Map(storage.data);
    library.remove('nope');
    expect(storage.data).toEqual(snapshot);
  });

  it('restoring a flow that is gone says so', () => {
    const library = new FlowLibrary(memoryStorage(), 'tab-a');
    expect(library.restore('nope')).toEqual({
      ok: false,
      message: 'It is no longer stored in this browser.',
    });
  });

  it('keeps at most TRASH_LIMIT deleted flows, newest first', () => {
    const library = new FlowLibrary(memoryStorage(), 'tab-a', clock());
    const flows = Array.from({ length: TRASH_LIMIT + 3 }, (_, i) => flowNamed(`Flow ${i}`));
    for (const f of flows) library.save(f, null);
    for (const f of flows) library.remove(f.id);
    const trash = library.trash();
    expect(trash).toHaveLength(TRASH_LIMIT);
    expect(trash.map((t) => t.summary.id)).toEqual(
      flows
        .slice(3)
        .reverse()
        .map((f) => f.id),
    );
    expect(library.list()).toEqual([]);
    // The oldest deletions are gone for good; the others can still come back.
    for (const f of flows.slice(0, 3)) {
      expect(library.load(f.id)).toBeUndefined();
      expect(library.restore(f.id)).toMatchObject({ ok: false });
    }
    expect(library.restore(flows[3]!.id)).toEqual({ ok: true });
    expect(library.load(flows[3]!.id)?.flow).toEqual(flows[3]);
  });

  it('a flow that falls out of the trash leaves nothing behind: its test calls go with it', () => {
    const storage = memoryStorage();
    const library = new FlowLibrary(storage, 'tab-a', clock());
    const flows = Array.from({ length: TRASH_LIMIT + 1 }, (_, i) => flowNamed(`Flow ${i}`));
    for (const f of flows) {
      library.save(f, null);
      storage.setItem(testCallsKey(f.id), '{"version":1,"cases":[]}');
    }
    for (const f of flows) library.remove(f.id);
    const [gone, ...kept] = flows;
    const left = [...storage.data.keys()].filter((key) => key.includes(gone!.id));
    expect(left).toEqual([]);
    // A flow still in the trash keeps its test calls, to come back with them.
    expect(storage.getItem(testCallsKey(kept[0]!.id))).not.toBeNull();
  });

  it('a flow deleted twice is in the trash once', () => {
    const library = new FlowLibrary(memoryStorage(), 'tab-a', clock());
    const flow = flowNamed('Twice');
    library.save(flow, null);
    library.remove(flow.id);
    library.restore(flow.id);
    library.remove(flow.id);
    expect(library.trash().map((t) => t.summary.id)).toEqual([flow.id]);
  });
});

describe('storage failures are returned, never thrown', () => {
  it('a full storage yields a storage failure that says so', () => {
    const storage = memoryStorage();
    const library = new FlowLibrary(storage, 'tab-a');
    const flow = flowNamed('A');
    library.save(flow, null);
    storage.failWrites = quotaError;
    const result = library.save(renameFlow(flow, 'B'), 1);
    expect(result).toEqual({
      ok: false,
      reason: 'storage',
      message: expect.stringMatching(/full/),
    });
    expect(library.overwrite(flow)).toMatchObject({ ok: false, reason: 'storage' });
    expect(() => library.remove(flow.id)).not.toThrow();
    expect(() => library.restore(flow.id)).not.toThrow();
    expect(() => {
      library.lastOpened = 'x';
    }).not.toThrow();
    // What was stored before is still there.
    expect(library.load(flow.id)?.flow).toEqual(flow);
  });

  it('a storage that refuses for another reason says so', () => {
    const storage = memoryStorage();
    storage.failWrites = () => new DOMException('Denied', 'SecurityError');
    const result = new FlowLibrary(storage, 'tab-a').save(flowNamed('A'), null);
    expect(result).toMatchObject({ ok: false, reason: 'storage' });
    expect(!result.ok && result.reason === 'storage' && result.message).toMatch(/refused/);
  });

  it('a storage over its quota (a real capacity) fails the save that does not fit', () => {
    const storage = memoryStorage({ capacity: 4000 });
    const library = new FlowLibrary(storage, 'tab-a');
    let flow = flowNamed('Grows');
    let revision: number | null = null;
    let result = library.save(flow, revision);
    while (result.ok) {
      revision = result.revision;
      flow = addVerb(flow, say('More words to fill the storage')).flow;
      result = library.save(flow, revision);
    }
    expect(result).toMatchObject({ ok: false, reason: 'storage' });
    expect(!result.ok && result.reason === 'storage' && result.message).toMatch(/full/);
    expect(library.load(flow.id)?.revision).toBe(revision);
  });

  it('no storage at all (unavailable) likewise', () => {
    const library = new FlowLibrary(null, 'tab-a');
    expect(library.available).toBe(false);
    const result = library.save(flowNamed('A'), null);
    expect(result).toMatchObject({ ok: false, reason: 'storage' });
    expect(!result.ok && result.reason === 'storage' && result.message).toMatch(/not available/);
    expect(library.overwrite(flowNamed('A'))).toMatchObject({ ok: false, reason: 'storage' });
    expect(library.list()).toEqual([]);
    expect(library.trash()).toEqual([]);
    expect(library.load('x')).toBeUndefined();
    expect(library.restore('x')).toMatchObject({ ok: false });
    expect(library.lastOpened).toBeNull();
    expect(() => {
      library.remove('x');
      library.lastOpened = 'x';
    }).not.toThrow();
  });

  it('a storage whose every read throws', () => {
    const storage = memoryStorage();
    storage.failReads = () => new DOMException('Denied', 'SecurityError');
    const library = new FlowLibrary(storage, 'tab-a');
    expect(library.list()).toEqual([]);
    expect(library.trash()).toEqual([]);
    expect(library.load('x')).toBeUndefined();
    expect(library.lastOpened).toBeNull();
    expect(() => library.save(flowNamed('A'), null)).not.toThrow();
  });

  it('a delete that cannot be written leaves the flow listed or in the trash, never neither', () => {
    // A storage almost full: growing the trash fails, shrinking the list would succeed.
    const probe = memoryStorage();
    const lib = new FlowLibrary(probe, 'tab-a', clock());
    const a = flowNamed('A');
    const b = flowNamed('B');
    lib.save(a, null);
    lib.save(b, null);
    const storage = memoryStorage({ capacity: probe.used + 20 });
    for (const [k, v] of probe.data) storage.setItem(k, v);
    const library = new FlowLibrary(storage, 'tab-a', clock(1_800_000_000_000));

    expect(() => library.remove(a.id)).not.toThrow();
    const listed = library.list().some((s) => s.id === a.id);
    const trashed = library.trash().some((t) => t.summary.id === a.id);
    expect(listed || trashed).toBe(true);
  });
});

describe('damaged storage is ignored, not thrown', () => {
  it.each(['{oops', 'null', '{}', '42', '"text"', '[null]', '[1, 2]'])(
    'a flow list that reads %s',
    (text) => {
      const storage = memoryStorage();
      storage.setItem(INDEX_KEY, text);
      storage.setItem(TRASH_KEY, text);
      const library = new FlowLibrary(storage, 'tab-a');
      expect(() => library.list()).not.toThrow();
      expect(() => library.trash()).not.toThrow();
      expect(Array.isArray(library.list())).toBe(true);
      expect(Array.isArray(library.trash())).toBe(true);
      // The library keeps working: a save lists the flow.
      const flow = flowNamed('After damage');
      expect(() => library.save(flow, null)).not.toThrow();
      expect(library.load(flow.id)?.flow).toEqual(flow);
    },
  );

  it.each([
    ['not JSON', '{"revision": 1, "flow": '],
    ['JSON null', 'null'],
    ['a number', '7'],
    ['no flow', '{"revision": 1, "savedAt": 1, "savedBy": "x"}'],
    ['a damaged flow', '{"revision": 1, "savedAt": 1, "savedBy": "x", "flow": {"format": "x"}}'],
  ])('a stored flow that is %s loads as nothing and is not saved over unless asked', (_n, text) => {
    const storage = memoryStorage();
    const flow = flowNamed('Damaged');
    storage.setItem(flowKey(flow.id), text);
    const library = new FlowLibrary(storage, 'tab-a');
    expect(() => library.load(flow.id)).not.toThrow();
    expect(library.load(flow.id)).toBeUndefined();
    expect(library.save(flow, null)).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(storage.getItem(flowKey(flow.id))).toBe(text);
    expect(saved(library.overwrite(flow)).revision).toBe(1);
    expect(library.load(flow.id)?.flow).toEqual(flow);
  });

  it('a flow saved by a newer RCML Studio is not loaded (and not thrown)', () => {
    const storage = memoryStorage();
    const flow = flowNamed('Future');
    storage.setItem(
      flowKey(flow.id),
      JSON.stringify({ revision: 1, savedAt: 1, savedBy: 'x', flow: { ...flow, version: 99 } }),
    );
    expect(new FlowLibrary(storage, 'tab-a').load(flow.id)).toBeUndefined();
  });

  it('the last opened flow key survives damage elsewhere', () => {
    const storage: KeyValueStore = memoryStorage();
    storage.setItem(LAST_KEY, 'flow-9');
    storage.setItem(INDEX_KEY, '{oops');
    expect(new FlowLibrary(storage, 'tab-a').lastOpened).toBe('flow-9');
  });
});
