/**
 * Saves that write only what changed: a save after an edit writes the flow's changes since its
 * stored copy (small), never the copy; reading (another tab, a reload) gives the flow exactly as
 * saved; the copy takes the changes in when asked (compaction); changes that cannot be read, or
 * that belong to another copy, are reported as damage and kept; two tabs still see each other.
 */
import { describe, expect, it } from 'vitest';
import { planDialectChange } from '../dialects/convert';
import {
  addNode,
  connect,
  moveNodes,
  removeEdges,
  removeNodes,
  renameFlow,
  updateNode,
} from '../model/operations';
import { FLOW_VERSION, NEXT_OUTLET, type Flow } from '../schema/flow';
import { generateFlow } from '../test/generateFlow';
import { memoryStorage, quotaError, type TestStorage } from '../test/storage';
import { FlowLibrary, JOURNAL_LIMIT_CHARS } from './library';
import { changesKey, flowKey, headKey, INDEX_KEY, keysOfFlow } from './storageKeys';

function clock(start = 1_700_000_000_000): () => number {
  let t = start;
  return () => (t += 1000);
}

/** The keys written from now on, with the size of what each holds. */
function writesFrom(storage: TestStorage): () => Map<string, number> {
  const from = storage.writes.length;
  return () =>
    new Map(storage.writes.slice(from).map((key) => [key, storage.getItem(key)?.length ?? 0]));
}

function bigFlow(verbs = 5_000): Flow {
  return generateFlow({ verbs, seed: 42 });
}

/** A library with the flow saved once (its stored copy written), and a way to save more. */
function savedOnce(flow: Flow, storage = memoryStorage()) {
  const library = new FlowLibrary(storage, 'tab-a', clock());
  let revision = library.save(flow, null);
  expect(revision.ok).toBe(true);
  const save = (next: Flow) => {
    const result = library.save(next, revision.ok ? revision.revision : null);
    expect(result.ok).toBe(true);
    revision = result;
    return result;
  };
  return { storage, library, save };
}

const reloaded = (storage: TestStorage, id: string) =>
  new FlowLibrary(storage, 'tab-after-reload').load(id);

describe('a save after an edit', () => {
  it('writes the changes, the head and the list — a few KB for one node of 5,000 — not the copy', () => {
    const flow = bigFlow();
    const { storage, save } = savedOnce(flow);
    const copy = storage.getItem(flowKey(flow.id));
    expect(copy!.length).toBeGreaterThan(1_000_000);
    const written = writesFrom(storage);
    const node = flow.nodes[2_500]!;
    save(updateNode(flow, node.id, { label: 'Changed' }));
    const sizes = written();
    expect([...sizes.keys()].sort()).toEqual(
      [changesKey(flow.id), headKey(flow.id), INDEX_KEY].sort(),
    );
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(3_000);
    expect(storage.getItem(flowKey(flow.id))).toBe(copy);
  });

  it('is restored exactly by a reload, through adds, removals, reorders, edges, rename and dialect', () => {
    const start = generateFlow({ verbs: 200, seed: 9 });
    const { storage, save } = savedOnce(start);
    const edits: ((flow: Flow) => Flow)[] = [
      (f) => updateNode(f, f.nodes[5]!.id, { text: 'Welcome' }),
      (f) => addNode(f, 'say', { x: 1, y: 2 }).flow,
      (f) => removeNodes(f, new Set([f.nodes[7]!.id, f.nodes[40]!.id])),
      (f) => ({
        ...f,
        nodes: [f.nodes[0]!, f.nodes[9]!, ...f.nodes.slice(1, 9), ...f.nodes.slice(10)],
      }),
      (f) => removeEdges(f, new Set([f.edges[3]!.id])),
      (f) => {
        const added = addNode(f, 'hangup', { x: 0, y: 0 });
        return connect(added.flow, f.nodes[3]!.id, NEXT_OUTLET, added.nodeId);
      },
      (f) => moveNodes(f, new Map([[f.nodes[2]!.id, { x: 400, y: 900 }]])),
      (f) => renameFlow(f, 'Renamed “front desk” & co'),
      (f) => planDialectChange(f, 'voiceml').flow,
      (f) => ({ ...f, baseUrl: 'https://example.com/flows/' }),
    ];
    let flow = start;
    for (const edit of edits) {
      flow = edit(flow);
      save(flow);
      expect(storage.getItem(changesKey(flow.id))).not.toBeNull();
      expect(reloaded(storage, flow.id)?.flow).toEqual(flow);
    }
  });

  it('after a reload, saves changes again (the copy read is kept), and the result reads back', () => {
    const flow = bigFlow(1_000);
    const { storage, save } = savedOnce(flow);
    save(renameFlow(flow, 'One'));
    const later = new FlowLibrary(storage, 'tab-later', clock(1_800_000_000_000));
    const loaded = later.load(flow.id)!;
    const edited = updateNode(loaded.flow, loaded.flow.nodes[10]!.id, { label: 'Two' });
    const written = writesFrom(storage);
    expect(later.save(edited, loaded.revision)).toEqual({ ok: true, revision: 3 });
    expect(written().has(flowKey(flow.id))).toBe(false);
    expect(reloaded(storage, flow.id)).toMatchObject({ revision: 3, savedBy: 'tab-later' });
    expect(reloaded(storage, flow.id)?.flow).toEqual(edited);
  });

  it('the inventory lists the flow as its changes leave it', () => {
    const flow = bigFlow(100);
    const { storage, library, save } = savedOnce(flow);
    save(renameFlow(flow, 'Listed by its new name'));
    expect(library.inventory().flows[0]).toMatchObject({ name: 'Listed by its new name' });
    const inAnotherTab = new FlowLibrary(storage, 'tab-b').inventory().flows[0];
    expect(inAnotherTab).toMatchObject({ name: 'Listed by its new name', verbs: 100 });
    expect(inAnotherTab?.damage).toBeUndefined();
  });
});

describe('compaction', () => {
  it('rewrites the copy with the changes, removes them, and keeps the revision', () => {
    const flow = bigFlow(500);
    const { storage, library, save } = savedOnce(flow);
    expect(library.compaction(flow.id)).toBe('none');
    const edited = updateNode(flow, flow.nodes[3]!.id, { label: 'Kept' });
    const { revision } = save(edited) as { revision: number };
    expect(library.compaction(flow.id)).toBe('after a pause');
    expect(library.compact(flow.id)).toEqual({ ok: true, revision });
    expect(storage.getItem(changesKey(flow.id))).toBeNull();
    expect(JSON.parse(storage.getItem(flowKey(flow.id))!)).toMatchObject({ revision });
    expect(library.compaction(flow.id)).toBe('none');
    expect(reloaded(storage, flow.id)).toMatchObject({ revision, flow: edited });
    // The next save's changes start from the new copy.
    const again = renameFlow(edited, 'Again');
    save(again);
    const journal = JSON.parse(storage.getItem(changesKey(flow.id))!) as { base: number };
    expect(journal.base).toBe(revision);
    expect(reloaded(storage, flow.id)?.flow).toEqual(again);
  });

  it('is due soon once the changes pass their bound', () => {
    const flow = bigFlow(1_000);
    const { library, save } = savedOnce(flow);
    let edited = flow;
    for (const node of flow.nodes.slice(1, 400)) {
      edited = updateNode(edited, node.id, { label: `Renamed ${node.id}` });
    }
    save(edited);
    expect(JSON.stringify(edited).length).toBeGreaterThan(JOURNAL_LIMIT_CHARS);
    expect(library.compaction(flow.id)).toBe('soon');
  });

  it('leaves another tab’s later save alone', () => {
    const flow = bigFlow(100);
    const { storage, library, save } = savedOnce(flow);
    save(renameFlow(flow, 'Mine'));
    const other = new FlowLibrary(storage, 'tab-b', clock(1_900_000_000_000));
    const loaded = other.load(flow.id)!;
    const theirs = renameFlow(loaded.flow, 'Theirs');
    expect(other.save(theirs, loaded.revision).ok).toBe(true);
    const written = writesFrom(storage);
    library.compact(flow.id);
    expect(written().size).toBe(0);
    expect(reloaded(storage, flow.id)?.flow).toEqual(theirs);
  });

  it('a copy that cannot be written (storage full) leaves the changes as they were', () => {
    const flow = bigFlow(100);
    const { storage, library, save } = savedOnce(flow);
    const edited = renameFlow(flow, 'Still here');
    save(edited);
    storage.failWrites = quotaError;
    expect(library.compact(flow.id)).toMatchObject({ ok: false, reason: 'storage' });
    storage.failWrites = undefined;
    expect(reloaded(storage, flow.id)?.flow).toEqual(edited);
  });

  it('changes left beside a copy that already holds them (a rewrite cut short) are passed over', () => {
    const flow = bigFlow(50);
    const { storage, library, save } = savedOnce(flow);
    const edited = renameFlow(flow, 'In both');
    save(edited);
    const journal = storage.getItem(changesKey(flow.id))!;
    library.compact(flow.id);
    storage.setItem(changesKey(flow.id), journal);
    expect(reloaded(storage, flow.id)?.flow).toEqual(edited);
  });

  it('changes older than a copy written whole after them (a save cut short) are passed over', () => {
    const flow = bigFlow(50);
    const { storage, library, save } = savedOnce(flow);
    save(renameFlow(flow, 'Changes'));
    const journal = storage.getItem(changesKey(flow.id))!;
    const whole = renameFlow(flow, 'Whole');
    expect(library.overwrite(whole).ok).toBe(true);
    storage.setItem(changesKey(flow.id), journal);
    expect(reloaded(storage, flow.id)).toMatchObject({ revision: 3, flow: whole });
    expect(library.save(renameFlow(whole, 'Next'), 3).ok).toBe(true);
    expect(reloaded(storage, flow.id)?.flow.name).toBe('Next');
  });
});

describe('changes that cannot be used', () => {
  function withChanges() {
    const flow = bigFlow(50);
    const ctx = savedOnce(flow);
    const edited = renameFlow(flow, 'Edited');
    ctx.save(edited);
    return { ...ctx, flow, edited };
  }

  it('changes that cannot be read: reported as damage, kept, and not saved over', () => {
    const { storage, library, flow, edited } = withChanges();
    storage.setItem(changesKey(flow.id), '{"base": 1, "revision": 2, "pat');
    const other = new FlowLibrary(storage, 'tab-b');
    const read = other.read(flow.id);
    expect(read).toEqual({
      ok: false,
      damage: { kind: 'damaged', message: expect.stringMatching(/latest changes.*cannot be read/) },
    });
    expect(other.inventory().flows[0]?.damage?.kind).toBe('damaged');
    expect(library.save(renameFlow(edited, 'Over it'), 2)).toMatchObject({
      ok: false,
      reason: 'unreadable',
    });
    expect(storage.getItem(changesKey(flow.id))).toBe('{"base": 1, "revision": 2, "pat');
    // Downloading the damaged flow gives the copy and the changes.
    expect(other.rawText(flow.id)).toMatch(/"pat$/);
    // The user's choice: keep this tab's version over it.
    expect(library.overwrite(renameFlow(edited, 'Chosen')).ok).toBe(true);
    expect(reloaded(storage, flow.id)?.flow.name).toBe('Chosen');
  });

  it('changes made to another copy: reported as damage and kept', () => {
    const { storage, library, flow, edited } = withChanges();
    const journal = JSON.parse(storage.getItem(changesKey(flow.id))!) as Record<string, unknown>;
    const text = JSON.stringify({ ...journal, base: 7, revision: 8 });
    storage.setItem(changesKey(flow.id), text);
    expect(reloaded(storage, flow.id)).toBeUndefined();
    expect(new FlowLibrary(storage, 'tab-b').read(flow.id)).toMatchObject({
      ok: false,
      damage: { message: expect.stringMatching(/another version/) },
    });
    expect(library.save(renameFlow(edited, 'Over it'), 2)).toMatchObject({ reason: 'unreadable' });
    expect(storage.getItem(changesKey(flow.id))).toBe(text);
  });

  it('changes from a newer RCML Studio: reported as such', () => {
    const { storage, flow } = withChanges();
    const journal = JSON.parse(storage.getItem(changesKey(flow.id))!) as Record<string, unknown>;
    const patch = { fields: { version: FLOW_VERSION + 1 } };
    storage.setItem(changesKey(flow.id), JSON.stringify({ ...journal, patch }));
    expect(new FlowLibrary(storage, 'tab-b').read(flow.id)).toMatchObject({
      ok: false,
      damage: { kind: 'newer' },
    });
  });

  it('changes that would make a damaged flow are read as any stored flow: repaired and said so', () => {
    const { storage, flow } = withChanges();
    const journal = JSON.parse(storage.getItem(changesKey(flow.id))!) as Record<string, unknown>;
    const patch = { nodes: { changed: [{ id: 'ghost', kind: 'no-such-verb', attributes: {} }] } };
    storage.setItem(changesKey(flow.id), JSON.stringify({ ...journal, patch }));
    const read = new FlowLibrary(storage, 'tab-b').read(flow.id);
    expect(read?.ok).toBe(true);
    expect(read?.ok && read.stored.repairs?.length).toBeGreaterThan(0);
  });

  it('a purged flow leaves no changes behind', () => {
    expect(keysOfFlow('x')).toContain(changesKey('x'));
  });
});

describe('two tabs', () => {
  it('a save on an older revision is a conflict that shows the other tab’s changes', () => {
    const flow = bigFlow(300);
    const storage = memoryStorage();
    const a = new FlowLibrary(storage, 'tab-a', clock());
    const b = new FlowLibrary(storage, 'tab-b', clock(1_800_000_000_000));
    a.save(flow, null);
    const loadedByB = b.load(flow.id)!;
    const mine = updateNode(flow, flow.nodes[4]!.id, { label: 'A' });
    expect(a.save(mine, 1)).toEqual({ ok: true, revision: 2 });
    const theirs = updateNode(loadedByB.flow, loadedByB.flow.nodes[4]!.id, { label: 'B' });
    const result = b.save(theirs, loadedByB.revision);
    expect(result).toMatchObject({ ok: false, reason: 'conflict' });
    expect(!result.ok && result.reason === 'conflict' && result.theirs.flow).toEqual(mine);
    expect(b.lastSave(flow.id)).toEqual({ revision: 2, savedBy: 'tab-a' });
  });

  it('tabs taking turns each save changes, and each reads the other’s', () => {
    const flow = bigFlow(300);
    const storage = memoryStorage();
    const a = new FlowLibrary(storage, 'tab-a', clock());
    const b = new FlowLibrary(storage, 'tab-b', clock(1_800_000_000_000));
    a.save(flow, null);
    let current = b.load(flow.id)!;
    for (let i = 0; i < 4; i++) {
      const tab = i % 2 === 0 ? b : a;
      const next = updateNode(current.flow, current.flow.nodes[i + 1]!.id, { label: `turn ${i}` });
      const written = writesFrom(storage);
      expect(tab.save(next, current.revision).ok).toBe(true);
      expect(written().has(flowKey(flow.id))).toBe(false);
      current = (tab === a ? b : a).load(flow.id)!;
      expect(current.flow).toEqual(next);
    }
  });
});
