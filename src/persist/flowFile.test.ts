/**
 * Flow files: what is written reads back as the same flow; older files migrate forward; a damaged
 * part is repaired and named; only what is not a flow is refused, with a message a person can act
 * on, and nothing throws.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FLOW_FILE_EXTENSION,
  MAX_FLOW_FILE_BYTES,
  readFlowFile,
  restoreFlow,
  writeFlowFile,
  type ReadResult,
} from './flowFile';
import { createFlow } from '../model/flow';
import {
  FLOW_FORMAT,
  FLOW_VERSION,
  START_NODE_ID,
  type Flow,
  type FlowNode,
  type RawElement,
} from '../schema/flow';
import { buildFlow, deepFreeze, pause, reject, say } from '../test/builders';
import { addAt, addChildren, child } from '../test/nested';
import { resolveVerb } from '../dialects';
import { validateFlow } from '../validate';
import { elementVerbs } from '../verbs';
import { serializeFlow } from '../xml/serialize';

const V1_TEXT = readFileSync(
  new URL('./__fixtures__/flow-v1.rcmlflow.json', import.meta.url),
  'utf8',
);

/** A flow with something of everything a file holds. */
function richFlow(): Flow {
  const built = buildFlow(
    'rcml',
    { kind: 'say', text: 'Hello', label: 'Greeting', attributes: { voice: 'woman' } },
    pause('2'),
    { kind: 'dial' },
  );
  const [, , dialId] = built.ids as [string, string, string];
  const nested = addChildren(built.flow, dialId, child('number', '+14155550100'));
  const action = addAt(nested.flow, dialId, 'action', reject('busy'));
  const raw: RawElement = {
    name: 'Sms',
    attributes: [
      ['to', '+14155550102'],
      ['from', '+14155550103'],
    ],
    text: 'Missed call',
    children: [{ name: 'Part', attributes: [], children: [] }],
  };
  const unknown: FlowNode = {
    id: 'unknown-1',
    kind: 'unknown',
    attributes: {},
    raw,
    position: { x: -40.5, y: 1e6 },
  };
  return {
    ...action.flow,
    name: 'Support “line” ☎',
    baseUrl: 'https://example.com/ivr/',
    nodes: [...action.flow.nodes, unknown],
  };
}

type Data = Record<string, unknown>;

/** The rich flow as parsed JSON, to damage one part at a time. */
function validData(): Data {
  return JSON.parse(writeFlowFile(richFlow())) as Data;
}

function nodesOf(data: Data): Data[] {
  return data.nodes as Data[];
}

function refused(result: ReadResult): string {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('The file was accepted');
  return result.error;
}

/** A message for a person: a sentence, nothing leaked from the program. */
function expectClearMessage(message: string): void {
  expect(message.length).toBeGreaterThan(10);
  expect(message).toMatch(/^[A-Z]/);
  expect(message).not.toMatch(/undefined|null|NaN|\[object|TypeError|Cannot read|Unexpected token/);
}

describe('writeFlowFile and readFlowFile', () => {
  it('write then read gives an equal flow', () => {
    const flow = richFlow();
    const result = readFlowFile(writeFlowFile(flow));
    expect(result).toEqual({ ok: true, flow });
  });

  it('round-trips a new, empty flow in every dialect', () => {
    for (const dialect of ['rcml', 'flexml', 'voiceml'] as const) {
      const flow = createFlow({ dialect, name: `Empty ${dialect}` });
      expect(readFlowFile(writeFlowFile(flow))).toEqual({ ok: true, flow });
    }
  });

  it('stamps the file with format, version and dialect', () => {
    const data = JSON.parse(writeFlowFile(buildFlow('voiceml', say('Hi')).flow)) as Data;
    expect(data).toMatchObject({ format: FLOW_FORMAT, version: FLOW_VERSION, dialect: 'voiceml' });
    expect(typeof data.id).toBe('string');
    expect(FLOW_FILE_EXTENSION).toMatch(/\.json$/);
  });

  it('reads a file that starts with whitespace', () => {
    const flow = richFlow();
    expect(readFlowFile(`\n  ${writeFlowFile(flow)}`)).toEqual({ ok: true, flow });
  });

  it('does not change the data it restores', () => {
    const data = deepFreeze(validData());
    expect(restoreFlow(data).ok).toBe(true);
    const v1 = deepFreeze(JSON.parse(V1_TEXT) as Data);
    expect(restoreFlow(v1).ok).toBe(true);
  });
});

describe('older versions', () => {
  it('a version-1 file (no id) migrates to the current version with an id', () => {
    const original = JSON.parse(V1_TEXT) as Data;
    expect(original.version).toBe(1);
    expect(original).not.toHaveProperty('id');
    const result = readFlowFile(V1_TEXT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.flow.version).toBe(FLOW_VERSION);
    expect(result.flow.id).toEqual(expect.any(String));
    expect(result.flow.id.length).toBeGreaterThan(0);
    // Everything the old file said is kept; what it called a node's `verb` is now its `kind`.
    const nodes = original.nodes as { verb: string; children?: { verb: string }[] }[];
    expect(result.flow).toEqual({
      ...original,
      version: FLOW_VERSION,
      id: result.flow.id,
      nodes: nodes.map(({ verb, children, ...node }) => ({
        ...node,
        kind: verb,
        ...(children ? { children: children.map(({ verb: kind, ...c }) => ({ ...c, kind })) } : {}),
      })),
    });
  });

  it('a migrated flow writes and reads back as a current file', () => {
    const migrated = readFlowFile(V1_TEXT);
    if (!migrated.ok) throw new Error(migrated.error);
    const again = readFlowFile(writeFlowFile(migrated.flow));
    expect(again).toEqual({ ok: true, flow: migrated.flow });
  });

  it('a current file reports no migration', () => {
    const result = readFlowFile(writeFlowFile(richFlow()));
    expect(result.ok && result.migratedFrom).toBe(undefined);
  });
});

describe('files RCML Studio cannot read are refused with a clear message', () => {
  it('a newer version, naming a newer RCML Studio', () => {
    const data = { ...validData(), version: FLOW_VERSION + 1 };
    const message = refused(readFlowFile(JSON.stringify(data)));
    expect(message).toMatch(/newer RCML Studio/);
    expect(message).toContain(String(FLOW_VERSION + 1));
    expectClearMessage(message);
  });

  it.each([
    ['a version of 0', 0],
    ['a negative version', -1],
    ['a fractional version', 1.5],
    ['a version as text', '2'],
    ['no version', undefined],
  ])('%s', (_name, version) => {
    const data = { ...validData(), version };
    const message = refused(readFlowFile(JSON.stringify(data)));
    expect(message).toMatch(/version/);
    expectClearMessage(message);
  });

  it.each([
    ['another format', JSON.stringify({ ...validData(), format: 'other/flow' })],
    ['no format', JSON.stringify({ ...validData(), format: undefined })],
    ['a JSON array', '[1, 2, 3]'],
    ['a JSON number', '42'],
    ['a JSON string', '"rcml-studio/flow"'],
    ['JSON null', 'null'],
    ['a fragment from the clipboard', '{"format":"rcml-studio/fragment","nodes":[],"edges":[]}'],
  ])('%s: not a flow file', (_name, text) => {
    const message = refused(readFlowFile(text));
    expect(message).toMatch(/not an RCML Studio flow file/);
    expectClearMessage(message);
  });

  it.each([
    ['text', 'hello world'],
    ['truncated JSON', writeFlowFile(richFlow()).slice(0, 200)],
    ['JSON with a trailing comma', '{"format": "rcml-studio/flow",}'],
  ])('%s: not JSON', (_name, text) => {
    const message = refused(readFlowFile(text));
    expect(message).toMatch(/not valid JSON/);
    expectClearMessage(message);
  });

  it.each([
    ['an RCML document', '<?xml version="1.0"?>\n<Response><Reject reason="busy"/></Response>'],
    ['XML after whitespace', '\n   <Response><Hangup/></Response>'],
  ])('%s: tells the user to use Import', (_name, text) => {
    const message = refused(readFlowFile(text));
    expect(message).toMatch(/XML/);
    expect(message).toMatch(/Import/);
    expectClearMessage(message);
  });

  it.each([
    ['empty', ''],
    ['only whitespace', '  \n\t '],
  ])('an %s file', (_name, text) => {
    const message = refused(readFlowFile(text));
    expect(message).toMatch(/empty/);
    expectClearMessage(message);
  });

  it('a file over the size limit', () => {
    const text = ' '.repeat(MAX_FLOW_FILE_BYTES + 1);
    const message = refused(readFlowFile(text));
    expect(message).toMatch(/25 MB/);
    // Rounded up: a file just over the limit never reads as the limit itself.
    expect(message).toContain('The file is 25.1 MB;');
    expectClearMessage(message);
  });

  it('a file with no list of verbs: there is nothing of a flow to keep', () => {
    const message = refused(readFlowFile(JSON.stringify({ ...validData(), nodes: { start: {} } })));
    expect(message).toMatch(/damaged: it has no list of verbs/);
    expectClearMessage(message);
  });

  it('deeply nested unknown elements', () => {
    /** The file's text with the unknown element nested `depth` levels (written by hand). */
    function nested(depth: number): string {
      const open = '{"name":"Level","attributes":[],"children":['.repeat(depth);
      const close = ']}'.repeat(depth);
      const raw = `${open}{"name":"Leaf","attributes":[],"children":[]}${close}`;
      const data = validData();
      nodesOf(data).find((n) => n.kind === 'unknown')!.raw = 'RAW';
      return JSON.stringify(data).replace('"RAW"', raw);
    }
    for (const depth of [40, 5000, 100_000]) {
      const message = refused(readFlowFile(nested(depth)));
      expect(message).toMatch(/nested too deeply|not valid JSON/);
      expectClearMessage(message);
    }
    expect(refused(readFlowFile(nested(40)))).toMatch(/nested too deeply/);
    // A realistic depth is fine.
    expect(readFlowFile(nested(10)).ok).toBe(true);
  });
});

describe('a damaged part is repaired, and everything else is kept', () => {
  /** One flow (ids are random): what each damaged copy is compared with. */
  const base = richFlow();

  /** Damages a copy of a valid file; the flow read back, with the repair notes. */
  function repaired(change: (data: Data) => void): { flow: Flow; repairs: readonly string[] } {
    const data = JSON.parse(writeFlowFile(base)) as Data;
    change(data);
    const result = readFlowFile(JSON.stringify(data));
    if (!result.ok) throw new Error(`Refused: ${result.error}`);
    expect(result.repairs?.length).toBeGreaterThan(0);
    for (const note of result.repairs!) expectClearMessage(note);
    return { flow: result.flow, repairs: result.repairs! };
  }

  /** The rich flow without the given nodes (and their connections). */
  function without(...ids: string[]): Flow {
    const flow = base;
    return {
      ...flow,
      nodes: flow.nodes.filter((n) => !ids.includes(n.id)),
      edges: flow.edges.filter((e) => !ids.includes(e.source) && !ids.includes(e.target)),
    };
  }

  const sayId = () => base.nodes[1]!.id;

  it('no start node: an "Incoming call" is added, every verb kept', () => {
    const { flow, repairs } = repaired((d) => {
      d.nodes = nodesOf(d).filter((n) => n.id !== START_NODE_ID);
      d.edges = (d.edges as Data[]).filter((e) => e.source !== START_NODE_ID);
    });
    const expected = base;
    expect(flow).toEqual({
      ...expected,
      edges: expected.edges.filter((e) => e.source !== START_NODE_ID),
    });
    expect(repairs).toEqual(['The flow had no “Incoming call”; one was added.']);
  });

  it('a start node that is not the start verb: it is removed and a start added', () => {
    const { flow, repairs } = repaired((d) => {
      nodesOf(d)[0]!.kind = 'say';
    });
    expect(flow.nodes.map((n) => n.id)).toEqual(base.nodes.map((n) => n.id));
    expect(flow.nodes[0]).toEqual(base.nodes[0]);
    expect(repairs[0]).toMatch(/^Verb 1 of the flow was removed: .*Incoming call/);
  });

  it('an unknown verb: that verb is removed, with its connections', () => {
    const { flow, repairs } = repaired((d) => {
      nodesOf(d)[1]!.kind = 'teleport';
    });
    expect(flow).toEqual(without(sayId()));
    expect(repairs[0]).toBe(
      'Verb 2 of the flow was removed: it is a “teleport”, which RCML Studio does not know.',
    );
  });

  it('an unknown verb in a nested element: only that element is removed', () => {
    const { flow, repairs } = repaired((d) => {
      const dial = nodesOf(d).find((n) => n.kind === 'dial')!;
      (dial.children as Data[])[0]!.kind = 'fax';
    });
    const expected = base;
    const dialId = expected.nodes.find((n) => n.kind === 'dial')!.id;
    expect(flow).toEqual({
      ...expected,
      nodes: expected.nodes.map((n) => (n.id === dialId ? { ...n, children: [] } : n)),
    });
    expect(repairs[0]).toMatch(/^Element 1 inside Verb 4 .* was removed: .*“fax”/);
  });

  it('two verbs with one id: the second is removed', () => {
    const original = base;
    const { flow, repairs } = repaired((d) => {
      const nodes = nodesOf(d);
      nodes[2]!.id = nodes[1]!.id;
    });
    expect(flow.nodes.map((n) => n.id)).toEqual(
      original.nodes.filter((_, i) => i !== 2).map((n) => n.id),
    );
    expect(repairs[0]).toMatch(/^Verb 3 of the flow was removed: it has the same id/);
  });

  it('two connections with one id: the second is removed', () => {
    const { flow, repairs } = repaired((d) => {
      const edges = d.edges as Data[];
      edges.push({ ...edges[0]! });
    });
    expect(flow).toEqual(base);
    expect(repairs).toEqual([
      `Connection ${base.edges.length + 1} of the flow was removed: another connection has the same id.`,
    ]);
  });

  it.each([
    ['to', { id: 'x', source: 'say-1', outlet: 'other', target: 'ghost-1' }],
    ['from', { id: 'y', source: 'ghost-1', outlet: 'next', target: 'say-1' }],
  ])('a connection %s a missing verb is removed', (_name, edge) => {
    const { flow, repairs } = repaired((d) => {
      (d.edges as Data[]).push(edge);
    });
    expect(flow).toEqual(base);
    expect(repairs[0]).toMatch(/leads from or to a verb that is not in the flow/);
  });

  it.each([
    ['a number', 20],
    ['a boolean', true],
    ['null', null],
    ['an object', { value: 'x' }],
  ])('an attribute that is %s: that value is left out, the verb kept', (_name, value) => {
    const { flow, repairs } = repaired((d) => {
      (nodesOf(d)[1]!.attributes as Data).voice = value;
    });
    const expected = base;
    expect(flow).toEqual({
      ...expected,
      nodes: expected.nodes.map((n, i) => (i === 1 ? { ...n, attributes: {} } : n)),
    });
    expect(repairs).toEqual([
      `The verb “${sayId()}” had a value that is not text (voice); it was left out.`,
    ]);
  });

  it('attributes that are a list or missing: the verb starts with none', () => {
    for (const attributes of [['voice', 'woman'], undefined]) {
      const { flow, repairs } = repaired((d) => {
        nodesOf(d)[1]!.attributes = attributes;
      });
      expect(flow.nodes[1]).toEqual({ ...base.nodes[1], attributes: {} });
      expect(repairs[0]).toMatch(/no valid list of values/);
    }
  });

  it.each([
    ['infinite (1e999 in the file)', '1e999'],
    ['text', '"10"'],
    ['null', 'null'],
  ])('a position that is %s: the verb is placed at the top left', (_name, x) => {
    const text = writeFlowFile(base).replace('"x": -40.5', `"x": ${x}`);
    expect(text).not.toBe(writeFlowFile(base));
    const result = readFlowFile(text);
    if (!result.ok) throw new Error(result.error);
    const expected = base;
    expect(result.flow).toEqual({
      ...expected,
      nodes: expected.nodes.map((n) =>
        n.id === 'unknown-1' ? { ...n, position: { x: 0, y: 0 } } : n,
      ),
    });
    expect(result.repairs).toEqual([
      `Verb ${expected.nodes.length} of the flow (“unknown-1”) had no valid position; it was placed at the top left.`,
    ]);
  });

  it('a verb with no position is kept, at the top left', () => {
    const { flow, repairs } = repaired((d) => {
      delete nodesOf(d)[1]!.position;
    });
    expect(flow.nodes[1]).toEqual({ ...base.nodes[1], position: { x: 0, y: 0 } });
    expect(repairs[0]).toMatch(/position/);
  });

  it('a name, id, text or label that is not text', () => {
    expect(repaired((d) => (d.name = 5)).flow.name).toBe(createFlow().name);
    const renamed = repaired((d) => (d.id = null));
    expect(renamed.flow.id).toEqual(expect.any(String));
    expect(renamed.flow.id).not.toBe(base.id);
    expect(renamed.repairs).toEqual(['The flow had no valid id; it was given a new one.']);
    const textless = repaired((d) => (nodesOf(d)[1]!.text = ['Hello']));
    expect(textless.flow.nodes[1]).not.toHaveProperty('text');
    expect(textless.flow.nodes[1]!.label).toBe('Greeting');
    const unlabelled = repaired((d) => (nodesOf(d)[1]!.label = 7));
    expect(unlabelled.flow.nodes[1]).not.toHaveProperty('label');
    expect(unlabelled.flow.nodes[1]!.text).toBe('Hello');
    // A verb without a usable id cannot be connected to: it goes, with its connections.
    expect(repaired((d) => (nodesOf(d)[1]!.id = 1)).flow).toEqual(without(sayId()));
  });

  it('an unknown dialect becomes the default, said so', () => {
    const { flow, repairs } = repaired((d) => {
      d.dialect = 'twiml';
    });
    expect(flow).toEqual(base);
    expect(repairs[0]).toMatch(/dialect/);
  });

  it('no list of connections: the verbs are kept, unconnected', () => {
    const { flow, repairs } = repaired((d) => {
      delete d.edges;
    });
    expect(flow).toEqual({ ...base, edges: [] });
    expect(repairs).toEqual(['The flow had no list of connections; its verbs are not connected.']);
  });

  it('a verb or connection that is not an object is removed', () => {
    expect(repaired((d) => nodesOf(d).push('say' as unknown as Data)).flow).toEqual(base);
    expect(repaired((d) => (d.edges as unknown[]).push(null)).flow).toEqual(base);
  });

  it('a damaged unknown element: the verb holding it is removed', () => {
    for (const raw of [
      { name: 'Sms', attributes: [['to']], children: [] },
      { name: 'Sms', attributes: [], children: 'none' },
    ]) {
      const { flow, repairs } = repaired((d) => {
        nodesOf(d).find((n) => n.kind === 'unknown')!.raw = raw;
      });
      expect(flow).toEqual(without('unknown-1'));
      expect(repairs[0]).toMatch(/was removed: the element it keeps from an import is damaged/);
    }
  });
});

describe('fields RCML Studio does not know are kept', () => {
  it('on the flow, its verbs, nested elements and connections, through a save and a read', () => {
    const data = validData();
    data.comment = { by: 'another tool', tags: ['a', 'b'] };
    nodesOf(data)[1]!.colour = 'teal';
    const dial = nodesOf(data).find((n) => n.kind === 'dial')!;
    (dial.children as Data[])[0]!.note = 'reception';
    (data.edges as Data[])[0]!.style = 'dashed';
    const read = readFlowFile(JSON.stringify(data));
    if (!read.ok) throw new Error(read.error);
    expect(read.repairs).toBeUndefined();
    const again = readFlowFile(writeFlowFile(read.flow));
    expect(again).toEqual(read);
    expect(JSON.parse(writeFlowFile(read.flow))).toEqual(data);
  });

  it('beside a repaired part', () => {
    const data = validData();
    data.comment = 'kept';
    nodesOf(data)[1]!.colour = 'teal';
    nodesOf(data)[2]!.position = 'nowhere';
    const read = readFlowFile(JSON.stringify(data));
    if (!read.ok) throw new Error(read.error);
    expect(read.repairs).toHaveLength(1);
    expect(read.flow).toMatchObject({ comment: 'kept' });
    expect(read.flow.nodes[1]).toMatchObject({ colour: 'teal' });
  });
});

describe('reading never throws', () => {
  it('for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = readFlowFile(JSON.stringify(value) ?? '');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => readFlowFile(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('for a valid file with one value replaced by anything', () => {
    const paths: (readonly (string | number)[])[] = [];
    (function collect(value: unknown, path: (string | number)[]) {
      paths.push(path);
      if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          collect(v, [...path, Array.isArray(value) ? Number(k) : k]);
        }
      }
    })(validData(), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.slice(1)), fc.jsonValue(), (path, value) => {
        const data = validData();
        let at = data as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
        at[path.at(-1)!] = value;
        const result = readFlowFile(JSON.stringify(data));
        // Values come at random, so only what the program itself could leak is ruled out.
        if (!result.ok) expect(result.error).toMatch(/^The flow file|^This /);
        if (!result.ok)
          expect(result.error).not.toMatch(
            /TypeError|Cannot read|is not a function|is not iterable/,
          );
      }),
      { numRuns: 500 },
    );
  });
});

describe('every flow it accepts can be shown and exported', () => {
  const verbIds = ['start', ...elementVerbs.map((d) => d.id), 'unknown'];
  /** One change a damaged or hand-written file could hold, to a valid file's parsed JSON. */
  const damage = fc.oneof(
    fc.record({ kind: fc.constant('attribute' as const), node: fc.nat(), key: fc.string() }),
    fc.record({ kind: fc.constant('raw' as const), name: fc.string(), attribute: fc.string() }),
    fc.record({
      kind: fc.constant('child' as const),
      node: fc.nat(),
      verb: fc.constantFrom(...verbIds),
      key: fc.string(),
    }),
    fc.record({
      kind: fc.constant('verb' as const),
      node: fc.nat(),
      verb: fc.constantFrom(...verbIds),
    }),
    fc.record({
      kind: fc.constant('dialect' as const),
      dialect: fc.constantFrom('rcml', 'flexml', 'voiceml'),
    }),
    fc.record({
      kind: fc.constant('edge' as const),
      source: fc.nat(),
      target: fc.nat(),
      outlet: fc.oneof(fc.constantFrom('next', 'action', 'sideways'), fc.string()),
    }),
  );

  function apply(data: Data, change: typeof damage extends fc.Arbitrary<infer T> ? T : never) {
    const nodes = nodesOf(data);
    const pick = (n: number) => nodes[1 + (n % (nodes.length - 1))]!;
    switch (change.kind) {
      case 'attribute':
        (pick(change.node).attributes as Data)[change.key] = 'x';
        break;
      case 'raw': {
        const raw = nodes.find((n) => n.raw)?.raw as Data | undefined;
        if (!raw) break;
        raw.name = change.name;
        (raw.attributes as unknown[]).push([change.attribute, 'v']);
        break;
      }
      case 'child': {
        const node = pick(change.node);
        node.children = [
          ...((node.children as Data[] | undefined) ?? []),
          { id: 'c-1', kind: change.verb, attributes: { [change.key]: 'v' } },
        ];
        break;
      }
      case 'verb':
        pick(change.node).kind = change.verb;
        break;
      case 'dialect':
        data.dialect = change.dialect;
        break;
      case 'edge': {
        const source = nodes[change.source % nodes.length]!.id as string;
        const target = nodes[change.target % nodes.length]!.id as string;
        (data.edges as Data[]).push({
          id: `e-${source}-${target}`,
          source,
          outlet: change.outlet,
          target,
        });
      }
    }
  }

  it('names and structure a file can hold are repaired or refused, never exported broken', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), (changes) => {
        const data = validData();
        for (const change of changes) apply(data, change);
        const result = readFlowFile(JSON.stringify(data));
        if (!result.ok) return;
        expect(() => serializeFlow(result.flow)).not.toThrow();
        expect(() => validateFlow(result.flow)).not.toThrow();
        // What the canvas writes on each node face.
        for (const node of result.flow.nodes) {
          const verb = resolveVerb(node.kind, result.flow.dialect);
          expect(typeof verb.def.summary(node, verb.fields)).toBe('string');
        }
        // What was repaired reads back unchanged: nothing is left to repair.
        const again = readFlowFile(writeFlowFile(result.flow));
        expect(again).toEqual({ ok: true, flow: result.flow });
      }),
      { numRuns: 400 },
    );
  });
});
