/**
 * Damaged storage is never silent: the flow library recovers what it can (a lost or damaged
 * list of flows, out-of-range dates, a flow stored without its record), describes what it
 * cannot in plain words, keeps every stored flow listed, and never writes over a stored flow
 * it could not read unless asked.
 */
import { describe, expect, it, vi } from 'vitest';
import { FlowLibrary } from './library';
import { flowKey, headKey, INDEX_KEY, TRASH_KEY } from './storageKeys';
import { chooseStartFlow } from './startFlow';
import { FLOW_VERSION, type Flow } from '../schema/flow';
import { buildFlow, reject, say } from '../test/builders';
import { memoryStorage, type TestStorage } from '../test/storage';

function clock(start = 1_700_000_000_000): () => number {
  let t = start;
  return () => (t += 1000);
}

function flowNamed(name: string): Flow {
  return { ...buildFlow('rcml', say('Hello'), reject('busy')).flow, name };
}

/** A storage holding the named flows, saved the ordinary way. */
function storageWith(...names: string[]): { storage: TestStorage; flows: Flow[] } {
  const storage = memoryStorage();
  const library = new FlowLibrary(storage, 'tab-a', clock());
  const flows = names.map(flowNamed);
  for (const flow of flows) library.save(flow, null);
  return { storage, flows };
}

const names = (library: FlowLibrary) =>
  library
    .list()
    .map((s) => s.name)
    .sort();

/** A stored record cut off in the middle, as a write stopped short leaves it. */
function cutOff(flow: Flow): string {
  const text = JSON.stringify({ revision: 3, savedAt: 1, savedBy: 'x', flow });
  return text.slice(0, Math.floor(text.length / 2));
}

describe('a damaged or incomplete list of flows is rebuilt from the stored flows', () => {
  it.each(['{oops', 'null', '{}', '[1, 2]', '[{"name": "no id"}]'])(
    'a list that reads %s: every stored flow is still listed, and a save keeps them all',
    (text) => {
      const { storage, flows } = storageWith('A', 'B', 'C');
      storage.setItem(INDEX_KEY, text);
      const library = new FlowLibrary(storage, 'tab-a', clock(1_800_000_000_000));
      expect(names(library)).toEqual(['A', 'B', 'C']);
      expect(library.inventory().notes).toEqual([
        'The list of your flows was damaged. It has been rebuilt from the flows stored in this browser.',
      ]);

      library.save({ ...flows[0]!, name: 'A edited' }, 1);
      const index = JSON.parse(storage.getItem(INDEX_KEY)!) as { name: string }[];
      expect(index.map((s) => s.name).sort()).toEqual(['A edited', 'B', 'C']);
      expect(new FlowLibrary(storage, 'tab-b').inventory().notes).toEqual([]);
    },
  );

  it('flows missing from an intact list are listed again, with a note', () => {
    const { storage, flows } = storageWith('A', 'B', 'C');
    const index = JSON.parse(storage.getItem(INDEX_KEY)!) as { id: string }[];
    storage.setItem(INDEX_KEY, JSON.stringify(index.filter((s) => s.id === flows[0]!.id)));
    const library = new FlowLibrary(storage, 'tab-a');
    expect(names(library)).toEqual(['A', 'B', 'C']);
    expect(library.list().find((s) => s.name === 'B')).toMatchObject({
      id: flows[1]!.id,
      dialect: 'rcml',
      verbs: 2,
    });
    expect(library.inventory().notes).toEqual([
      '2 flows stored in this browser were missing from the list of your flows. They are listed again.',
    ]);
  });

  it('a listed flow that is no longer stored is left out', () => {
    const { storage, flows } = storageWith('A', 'B');
    storage.removeItem(flowKey(flows[1]!.id));
    expect(names(new FlowLibrary(storage, 'tab-a'))).toEqual(['A']);
  });

  it('a deleted flow stays in the trash, not back in the list', () => {
    const { storage, flows } = storageWith('A', 'B');
    const library = new FlowLibrary(storage, 'tab-a', clock(1_800_000_000_000));
    library.remove(flows[1]!.id);
    storage.setItem(INDEX_KEY, '{oops');
    expect(names(library)).toEqual(['A']);
    expect(library.trash().map((t) => t.summary.name)).toEqual(['B']);
  });

  it('when the trash is damaged, the flows in it are listed rather than hidden', () => {
    const { storage, flows } = storageWith('A', 'B');
    const library = new FlowLibrary(storage, 'tab-a', clock(1_800_000_000_000));
    library.remove(flows[1]!.id);
    storage.setItem(TRASH_KEY, '[{"summary": ');
    expect(names(library)).toEqual(['A', 'B']);
    expect(library.trash()).toEqual([]);
    expect(library.inventory().notes).toEqual([
      'The list of recently deleted flows was damaged. Deleted flows that are still stored are listed with your flows again.',
    ]);
  });
});

describe('dates a browser cannot show become unknown, and the flow stays listed', () => {
  it.each([
    ['1e999 (Infinity once read)', '1e999'],
    ['-1e999', '-1e999'],
    ['past what a Date holds', '9e15'],
    ['text', '"yesterday"'],
    ['null', 'null'],
  ])('a list date that is %s', (_name, date) => {
    const { storage, flows } = storageWith('A', 'B');
    const index = storage.getItem(INDEX_KEY)!;
    const damaged = index.replace(/"updatedAt":\d+/, `"updatedAt":${date}`);
    expect(damaged).not.toBe(index);
    storage.setItem(INDEX_KEY, damaged);
    const library = new FlowLibrary(storage, 'tab-a');
    const list = library.list();
    expect(list.map((s) => s.id).sort()).toEqual(flows.map((f) => f.id).sort());
    // The unknown date sorts last.
    expect(list[1]!.updatedAt).toBeNull();
    expect(list[0]!.updatedAt).toEqual(expect.any(Number));
    // What the Flows dialog shows uses the flow's own save time where it has one.
    expect(library.inventory().flows.every((f) => Number.isFinite(f.updatedAt))).toBe(true);
  });

  it('a trash date that is 1e999 or text', () => {
    const { storage, flows } = storageWith('A', 'B');
    const library = new FlowLibrary(storage, 'tab-a', clock(1_800_000_000_000));
    library.remove(flows[0]!.id);
    library.remove(flows[1]!.id);
    const trash = storage.getItem(TRASH_KEY)!;
    storage.setItem(
      TRASH_KEY,
      trash
        .replace(/"deletedAt":\d+/, '"deletedAt":1e999')
        .replace(/"deletedAt":\d{6,}/, '"deletedAt":"soon"'),
    );
    expect(library.trash().map((t) => [t.summary.name, t.deletedAt])).toEqual([
      ['B', null],
      ['A', null],
    ]);
  });
});

describe('a stored flow that cannot be read is listed as such, with the reason', () => {
  it.each([
    ['cut off', (flow: Flow) => cutOff(flow), 'damaged', /cut off: it ends in the middle/],
    ['not JSON', () => 'hello', 'damaged', /not in the form flows are saved in/],
    [
      'of the wrong shape',
      () => '{"revision": 1, "savedAt": 1, "savedBy": "x", "flow": {"format": "x"}}',
      'damaged',
      /not an RCML Studio flow/,
    ],
    [
      'damaged inside',
      (flow: Flow) =>
        JSON.stringify({ revision: 1, savedAt: 1, savedBy: 'x', flow: { ...flow, nodes: 3 } }),
      'damaged',
      /damaged/,
    ],
    [
      'from a newer RCML Studio',
      (flow: Flow) =>
        JSON.stringify({
          revision: 1,
          savedAt: 1,
          savedBy: 'x',
          flow: { ...flow, version: FLOW_VERSION + 1 },
        }),
      'newer',
      /saved by a newer RCML Studio/,
    ],
  ])('a flow %s', (_name, damage, kind, message) => {
    const { storage, flows } = storageWith('Good', 'Broken');
    const broken = flows[1]!;
    const text = damage(broken);
    storage.setItem(flowKey(broken.id), text);
    const library = new FlowLibrary(storage, 'tab-a');

    const entries = library.inventory().flows;
    expect(entries.map((e) => e.name).sort()).toEqual(['Broken', 'Good']);
    expect(entries.find((e) => e.name === 'Good')?.damage).toBeUndefined();
    const entry = entries.find((e) => e.id === broken.id);
    expect(entry?.damage).toEqual({ kind, message: expect.stringMatching(message) });
    expect(library.read(broken.id)).toEqual({ ok: false, damage: entry?.damage });
    // Its text can be downloaded exactly as it is.
    expect(library.rawText(broken.id)).toBe(text);
  });

  it('a cut-off flow the list has lost is listed under the name its text still holds', () => {
    const { storage, flows } = storageWith('Front desk');
    storage.setItem(flowKey(flows[0]!.id), cutOff(flows[0]!));
    storage.removeItem(INDEX_KEY);
    const [entry] = new FlowLibrary(storage, 'tab-a').inventory().flows;
    expect(entry).toMatchObject({ name: 'Front desk', verbs: null, updatedAt: null });
    expect(entry?.damage?.kind).toBe('damaged');
  });

  it('one with no name left is listed under its id', () => {
    const storage = memoryStorage();
    storage.setItem(flowKey('abcdef123456'), '{"revision": 1, "fl');
    const [entry] = new FlowLibrary(storage, 'tab-a').inventory().flows;
    expect(entry?.name).toBe('Unnamed flow (abcdef12)');
  });

  it('can be deleted, and restored still damaged, so it is never lost by accident', () => {
    const { storage, flows } = storageWith('Good', 'Broken');
    const text = cutOff(flows[1]!);
    storage.setItem(flowKey(flows[1]!.id), text);
    const library = new FlowLibrary(storage, 'tab-a', clock(1_800_000_000_000));
    expect(library.remove(flows[1]!.id)).toEqual({ ok: true });
    expect(names(library)).toEqual(['Good']);
    expect(library.restore(flows[1]!.id)).toEqual({ ok: true });
    expect(names(library)).toEqual(['Broken', 'Good']);
    expect(library.inventory().flows.find((e) => e.name === 'Broken')?.damage?.kind).toBe(
      'damaged',
    );
    expect(storage.getItem(flowKey(flows[1]!.id))).toBe(text);
  });
});

describe('a stored flow with one damaged verb opens, repaired', () => {
  it('keeps the other verbs and says what was repaired', () => {
    const { storage, flows } = storageWith('Support');
    const flow = flows[0]!;
    const record = JSON.parse(storage.getItem(flowKey(flow.id))!) as {
      flow: { nodes: Record<string, unknown>[] };
    };
    record.flow.nodes[1]!.position = 'left';
    storage.setItem(flowKey(flow.id), JSON.stringify(record));

    const read = new FlowLibrary(storage, 'tab-a').read(flow.id);
    expect(read).toMatchObject({
      ok: true,
      stored: { flow: { ...flow, nodes: expect.any(Array) } },
    });
    if (!read?.ok) throw new Error('The stored flow was not read');
    expect(read.stored.flow.nodes).toEqual(
      flow.nodes.map((n, i) => (i === 1 ? { ...n, position: { x: 0, y: 0 } } : n)),
    );
    expect(read.stored.repairs).toEqual([
      `Verb 2 of the flow (“${flow.nodes[1]!.id}”) had no valid position; it was placed at the top left.`,
    ]);
  });
});

describe('a stored flow that cannot be read is never written over unless asked', () => {
  it('a save from another tab’s head finds the record unreadable: refused, kept', () => {
    const { storage, flows } = storageWith('Shared');
    const text = cutOff(flows[0]!);
    storage.setItem(flowKey(flows[0]!.id), text);
    const other = new FlowLibrary(storage, 'tab-b');
    const result = other.save({ ...flows[0]!, name: 'Mine' }, null);
    expect(result).toEqual({
      ok: false,
      reason: 'unreadable',
      message: expect.stringMatching(
        /^The copy of “Mine” stored in this browser cannot be read \(Its stored copy is cut off/,
      ),
    });
    expect(storage.getItem(flowKey(flows[0]!.id))).toBe(text);
  });

  it('the tab that wrote the last good revision saves over it (its copy is that revision)', () => {
    const { storage, flows } = storageWith('Mine');
    storage.setItem(flowKey(flows[0]!.id), cutOff(flows[0]!));
    const same = new FlowLibrary(storage, 'tab-a');
    expect(same.save({ ...flows[0]!, name: 'Mine again' }, 1)).toEqual({ ok: true, revision: 2 });
    expect(same.load(flows[0]!.id)?.flow.name).toBe('Mine again');
  });

  it('with its head damaged too, even that tab does not write over it', () => {
    const { storage, flows } = storageWith('Mine');
    storage.setItem(flowKey(flows[0]!.id), 'hello');
    storage.setItem(headKey(flows[0]!.id), '{');
    const result = new FlowLibrary(storage, 'tab-a').save(flows[0]!, 1);
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(storage.getItem(flowKey(flows[0]!.id))).toBe('hello');
  });
});

describe('checking every flow for the Flows dialog', () => {
  it('parses each stored flow once, and again only when it changed', () => {
    const { storage, flows } = storageWith('A', 'B', 'C');
    const library = new FlowLibrary(storage, 'tab-a', clock(1_800_000_000_000));
    const parse = vi.spyOn(JSON, 'parse');
    const flowsParsed = () =>
      parse.mock.calls.filter(([text]) => String(text).includes('"flow":')).length;
    try {
      library.inventory();
      expect(flowsParsed()).toBe(3);
      library.inventory();
      expect(flowsParsed()).toBe(3);
      library.save({ ...flows[0]!, name: 'A2' }, 1);
      expect(library.inventory().flows.map((f) => f.name)).toEqual(['A2', 'C', 'B']);
      expect(flowsParsed()).toBe(4);
    } finally {
      parse.mockRestore();
    }
  });
});

describe('listing flows the list has lost', () => {
  it('parses each of them once, however often the list is shown', () => {
    const { storage } = storageWith('A', 'B', 'C');
    storage.removeItem(INDEX_KEY);
    const library = new FlowLibrary(storage, 'tab-a');
    const parse = vi.spyOn(JSON, 'parse');
    try {
      for (let i = 0; i < 3; i++) {
        expect(names(library)).toEqual(['A', 'B', 'C']);
        library.inventory();
      }
      expect(parse.mock.calls.filter(([text]) => String(text).includes('"flow":'))).toHaveLength(3);
    } finally {
      parse.mockRestore();
    }
  });
});

describe('what can be recovered is recovered', () => {
  it('a flow stored bare, without its record, opens (its revision starts again)', () => {
    const storage = memoryStorage();
    const flow = flowNamed('Bare');
    storage.setItem(flowKey(flow.id), JSON.stringify(flow));
    const library = new FlowLibrary(storage, 'tab-a');
    expect(library.load(flow.id)).toEqual({ revision: 0, savedAt: 0, savedBy: '', flow });
    expect(library.list()).toEqual([
      { id: flow.id, name: 'Bare', dialect: 'rcml', verbs: 2, updatedAt: null },
    ]);
  });

  it('a record missing its revision, time or tab opens', () => {
    const storage = memoryStorage();
    const flow = flowNamed('Partial');
    storage.setItem(flowKey(flow.id), `{"savedAt": 1e999, "flow": ${JSON.stringify(flow)}}`);
    expect(new FlowLibrary(storage, 'tab-a').load(flow.id)).toEqual({
      revision: 0,
      savedAt: 0,
      savedBy: '',
      flow,
    });
  });

  it('a flow stored under another key takes that key’s id, so saving it writes back there', () => {
    const storage = memoryStorage();
    const flow = flowNamed('Moved');
    storage.setItem(
      flowKey('here'),
      JSON.stringify({ revision: 2, savedAt: 5, savedBy: 'x', flow: { ...flow, id: 'elsewhere' } }),
    );
    expect(new FlowLibrary(storage, 'tab-a').load('here')?.flow).toEqual({ ...flow, id: 'here' });
  });

  it('a list entry with a damaged name or count keeps the flow listed', () => {
    const { storage, flows } = storageWith('A');
    storage.setItem(
      INDEX_KEY,
      JSON.stringify([{ id: flows[0]!.id, name: 7, verbs: 'many', updatedAt: 5 }]),
    );
    const library = new FlowLibrary(storage, 'tab-a');
    expect(library.list()).toEqual([
      {
        id: flows[0]!.id,
        name: `Unnamed flow (${flows[0]!.id.slice(0, 8)})`,
        dialect: '',
        verbs: null,
        updatedAt: 5,
      },
    ]);
    // Checked in full, the flow itself gives its name back.
    expect(library.inventory().flows[0]).toMatchObject({ name: 'A', dialect: 'rcml', verbs: 2 });
  });
});

describe('start-up', () => {
  it('opens the flow the address names, else the last one', () => {
    const { storage, flows } = storageWith('A', 'B');
    const library = new FlowLibrary(storage, 'tab-a');
    library.lastOpened = flows[0]!.id;
    expect(chooseStartFlow(library, flows[1]!.id).stored?.flow.name).toBe('B');
    expect(chooseStartFlow(library, undefined)).toEqual({ stored: library.load(flows[0]!.id) });
    expect(chooseStartFlow(library, 'not-stored').stored?.flow.name).toBe('A');
  });

  it('a last flow that cannot be read: a new flow, and the user is told, in words', () => {
    const { storage, flows } = storageWith('Front desk');
    const library = new FlowLibrary(storage, 'tab-a');
    library.lastOpened = flows[0]!.id;
    storage.setItem(flowKey(flows[0]!.id), cutOff(flows[0]!));
    expect(chooseStartFlow(library, undefined)).toEqual({
      problem:
        'The flow “Front desk” could not be opened. Its stored copy is cut off: it ends in the middle. It is still stored: open Flows to download or delete it. A new flow was opened instead.',
    });
    expect(library.rawText(flows[0]!.id)).toBe(cutOff(flows[0]!));
  });

  it('a requested flow that cannot be read: the last one opens, and the user is told', () => {
    const { storage, flows } = storageWith('Good', 'Broken');
    const library = new FlowLibrary(storage, 'tab-a');
    library.lastOpened = flows[0]!.id;
    storage.setItem(flowKey(flows[1]!.id), 'hello');
    const start = chooseStartFlow(library, flows[1]!.id);
    expect(start.stored?.flow.name).toBe('Good');
    expect(start.problem).toMatch(/^The flow “Broken” could not be opened\. Its stored copy/);
  });
});
