/**
 * What a flow file can hold but the designer cannot show or export is repaired where the file
 * is read, and each repair is reported in plain words. Before these repairs, a name XML cannot
 * carry made the preview throw "Invalid XML name" (a blank page), and structure the catalog does
 * not allow opened without a word.
 */
import { describe, expect, it } from 'vitest';
import { readFlowFile, restoreFlow, type ReadResult } from './flowFile';
import { FLOW_FORMAT, FLOW_VERSION, START_NODE_ID, type Flow, type FlowEdge } from '../schema/flow';
import { validateFlow } from '../validate';
import { serializeFlow } from '../xml/serialize';

type Data = Record<string, unknown>;

const at = (x: number) => ({ x, y: 0 });

/** A flow file as parsed JSON: the start node, then `nodes`, and `edges`. */
function file(nodes: Data[], edges: Data[] = []): Data {
  return {
    format: FLOW_FORMAT,
    version: FLOW_VERSION,
    id: 'flow-1',
    name: 'Test',
    dialect: 'rcml',
    baseUrl: '',
    nodes: [{ id: START_NODE_ID, kind: 'start', attributes: {}, position: at(0) }, ...nodes],
    edges,
  };
}

function edge(source: string, outlet: string, target: string): Data {
  return { id: `${source}:${outlet}:${target}`, source, outlet, target };
}

const say = (id: string, extra: Data = {}): Data => ({
  id,
  kind: 'say',
  attributes: {},
  text: `Hello from ${id}`,
  position: at(100),
  ...extra,
});

/** Reads the file as the app does, and checks the flow can be exported and checked. */
function opened(data: Data): { flow: Flow; repairs: readonly string[]; xml: string } {
  const result: ReadResult = readFlowFile(JSON.stringify(data));
  if (!result.ok) throw new Error(`Refused: ${result.error}`);
  const documents = serializeFlow(result.flow);
  expect(() => validateFlow(result.flow)).not.toThrow();
  return {
    flow: result.flow,
    repairs: result.repairs ?? [],
    xml: documents.map((d) => d.xml).join(''),
  };
}

/** Each note is a sentence for a person. */
function expectPlain(notes: readonly string[]): void {
  for (const note of notes) {
    expect(note).toMatch(/^[A-Z“]/);
    expect(note).toMatch(/\.$/);
    expect(note).not.toMatch(/undefined|null|\[object|Error/);
  }
}

describe('names XML cannot carry', () => {
  it.each([['a b'], ['1st'], ['onclick="alert(1)" x'], [''], ['a:b:c']])(
    'an attribute named %j on a verb is left out, and the note names it',
    (bad) => {
      const { flow, repairs, xml } = opened(
        file(
          [say('say-1', { attributes: { voice: 'woman', [bad]: 'x', 'data-kept': 'yes' } })],
          [edge(START_NODE_ID, 'next', 'say-1')],
        ),
      );
      expect(flow.nodes[1]!.attributes).toEqual({ voice: 'woman', 'data-kept': 'yes' });
      expect(repairs).toHaveLength(1);
      expect(repairs[0]).toContain(`“${bad}”`);
      expect(repairs[0]).toMatch(/Hello from say-1/);
      expectPlain(repairs);
      // A valid name the catalog does not know is kept, and exported as it is.
      expect(xml).toContain('<Say voice="woman" data-kept="yes">Hello from say-1</Say>');
    },
  );

  it('an attribute of a nested element', () => {
    const dial: Data = {
      id: 'dial-1',
      kind: 'dial',
      attributes: {},
      position: at(100),
      children: [{ id: 'number-1', kind: 'number', attributes: { 'x y': '1' }, text: '+1415' }],
    };
    const { flow, repairs, xml } = opened(file([dial], [edge(START_NODE_ID, 'next', 'dial-1')]));
    expect(flow.nodes[1]!.children![0]!.attributes).toEqual({});
    expect(repairs).toEqual([expect.stringMatching(/Number “\+1415” inside a Dial.*“x y”/)]);
    expect(xml).toContain('<Number>+1415</Number>');
  });

  it('an unknown element with a bad name is removed; bad names inside one are left out', () => {
    const unknown = (id: string, name: string): Data => ({
      id,
      kind: 'unknown',
      attributes: {},
      position: at(200),
      raw: {
        name,
        attributes: [
          ['ok', '1'],
          ['not ok', '2'],
        ],
        children: [
          { name: 'Kept', attributes: [], children: [] },
          { name: '9lives', attributes: [], children: [] },
        ],
      },
    });
    const { flow, repairs, xml } = opened(
      file(
        [unknown('unknown-1', 'Foo'), unknown('unknown-2', 'bad name')],
        [edge(START_NODE_ID, 'next', 'unknown-1'), edge('unknown-1', 'next', 'unknown-2')],
      ),
    );
    expect(flow.nodes.map((n) => n.id)).toEqual([START_NODE_ID, 'unknown-1']);
    expect(flow.edges).toHaveLength(1);
    expect(flow.nodes[1]!.raw).toEqual({
      name: 'Foo',
      attributes: [['ok', '1']],
      children: [{ name: 'Kept', attributes: [], children: [] }],
    });
    expect(xml).toContain('<Foo ok="1">\n    <Kept/>\n  </Foo>');
    expect(repairs.join('\n')).toMatch(/“not ok”/);
    expect(repairs.join('\n')).toMatch(/“9lives” is not a name/);
    expect(repairs.join('\n')).toMatch(/“bad name” was removed|“bad name” is not a name/);
    expectPlain(repairs);
  });

  it('a nested unknown element with a bad name is removed', () => {
    const dial: Data = {
      id: 'dial-1',
      kind: 'dial',
      attributes: {},
      position: at(100),
      children: [
        { id: 'number-1', kind: 'number', attributes: {}, text: '+1415' },
        {
          id: 'unknown-1',
          kind: 'unknown',
          attributes: {},
          raw: { name: '<x>', attributes: [], children: [] },
        },
      ],
    };
    const { flow, repairs } = opened(file([dial], [edge(START_NODE_ID, 'next', 'dial-1')]));
    expect(flow.nodes[1]!.children!.map((c) => c.id)).toEqual(['number-1']);
    expect(repairs).toHaveLength(1);
  });
});

describe('structure the catalog does not allow', () => {
  it('a Dial nested in a Say is removed', () => {
    const data = file(
      [
        say('say-1', {
          children: [
            { id: 'dial-1', kind: 'dial', attributes: {} },
            { id: 'start-2', kind: 'start', attributes: {} },
          ],
        }),
      ],
      [edge(START_NODE_ID, 'next', 'say-1')],
    );
    const { flow, repairs, xml } = opened(data);
    expect(flow.nodes[1]!.children).toEqual([]);
    expect(repairs).toEqual([
      'A Dial inside the Say “Hello from say-1” was removed: a Say cannot hold other elements.',
      'An Incoming call inside the Say “Hello from say-1” was removed: a Say cannot hold other elements.',
    ]);
    expect(xml).toContain('<Say>Hello from say-1</Say>');
  });

  it('a Say nested in a Dial is removed, naming what a Dial holds', () => {
    const dial: Data = {
      id: 'dial-1',
      kind: 'dial',
      attributes: {},
      position: at(100),
      children: [
        { id: 'number-1', kind: 'number', attributes: {}, text: '+1415' },
        { id: 'say-1', kind: 'say', attributes: {}, text: 'Hi' },
      ],
    };
    const { flow, repairs } = opened(file([dial], [edge(START_NODE_ID, 'next', 'dial-1')]));
    expect(flow.nodes[1]!.children!.map((c) => c.kind)).toEqual(['number']);
    expect(repairs).toEqual([
      'The Say “Hi” inside a Dial was removed: a Dial holds only Number, App user, SIP address or Conference, not a Say.',
    ]);
  });

  it('a Number as a top-level verb is put inside a new Dial, keeping its connections', () => {
    const number: Data = {
      id: 'number-1',
      kind: 'number',
      label: 'Sales',
      attributes: { sendDigits: 'ww12' },
      text: '+14155550100',
      position: at(100),
    };
    const { flow, repairs, xml } = opened(
      file(
        [number, say('say-1')],
        [edge(START_NODE_ID, 'next', 'number-1'), edge('number-1', 'next', 'say-1')],
      ),
    );
    expect(flow.nodes[1]).toMatchObject({
      id: 'number-1',
      kind: 'dial',
      label: 'Sales',
      position: at(100),
      children: [{ kind: 'number', attributes: { sendDigits: 'ww12' }, text: '+14155550100' }],
    });
    expect(flow.edges).toHaveLength(2);
    expect(repairs).toEqual([
      '“Sales” stood on its own, where the platform skips it; it is now inside a new Dial.',
    ]);
    expect(xml).toContain(
      '<Dial>\n    <Number sendDigits="ww12">+14155550100</Number>\n  </Dial>\n  <Say>',
    );
  });

  it('a second start node is removed with its connections', () => {
    const { flow, repairs } = opened(
      file(
        [{ id: 'start-2', kind: 'start', attributes: {}, position: at(5) }, say('say-1')],
        [edge('start-2', 'next', 'say-1'), edge(START_NODE_ID, 'next', 'say-1')],
      ),
    );
    expect(flow.nodes.map((n) => n.id)).toEqual([START_NODE_ID, 'say-1']);
    expect(flow.edges).toEqual([edge(START_NODE_ID, 'next', 'say-1')]);
    expect(repairs).toEqual([expect.stringMatching(/second “Incoming call” was removed/)]);
  });

  it('a connection from an outlet the verb does not have is removed', () => {
    const { flow, repairs } = opened(
      file(
        [
          say('say-1'),
          say('say-2'),
          { id: 'hangup-1', kind: 'hangup', attributes: {}, position: at(3) },
        ],
        [
          edge(START_NODE_ID, 'next', 'say-1'),
          edge('say-1', 'sideways', 'say-2'),
          edge('hangup-1', 'next', 'say-2'),
        ],
      ),
    );
    expect(flow.edges).toEqual([edge(START_NODE_ID, 'next', 'say-1')]);
    expect(repairs).toEqual([
      'The connection from the Say “Hello from say-1” to the Say “Hello from say-2” was removed: a Say has no connection point “sideways”, only “Then”.',
      'The connection from a Hangup to the Say “Hello from say-2” was removed: nothing runs after a Hangup.',
    ]);
  });

  it('of two connections from one outlet, the one the export followed is kept', () => {
    const data = file(
      [say('say-1'), say('say-2'), say('say-3')],
      [
        edge(START_NODE_ID, 'next', 'say-1'),
        edge('say-1', 'next', 'say-2'),
        edge('say-1', 'next', 'say-3'),
      ],
    );
    // What the export wrote before the repair: the last connection.
    const before = restoreFlowWithoutRepair(data);
    expect(serializeFlow(before)[0]!.xml).toContain('say-3');
    expect(serializeFlow(before)[0]!.xml).not.toContain('say-2');

    const { flow, repairs, xml } = opened(data);
    expect(flow.edges.map((e) => e.target)).toEqual(['say-1', 'say-3']);
    expect(xml).toContain('say-3');
    expect(repairs).toEqual([
      'The connection from the Say “Hello from say-1” to the Say “Hello from say-2” was removed: its “Then” also led to the Say “Hello from say-3”, and one outlet leads to one verb.',
    ]);
  });

  it('connections into the start node or back to the same verb are removed', () => {
    const { flow, repairs } = opened(
      file(
        [say('say-1'), { id: 'gather-1', kind: 'gather', attributes: {}, position: at(3) }],
        [
          edge(START_NODE_ID, 'next', 'say-1'),
          edge('say-1', 'next', START_NODE_ID),
          edge('gather-1', 'action', 'gather-1'),
        ],
      ),
    );
    expect(flow.edges).toEqual([edge(START_NODE_ID, 'next', 'say-1')]);
    expect(repairs[0]).toMatch(/nothing can lead into the incoming call/);
    expect(repairs[1]).toMatch(/a verb cannot lead to itself/);
  });

  it('a flow that needs nothing is given back as it is, with no repairs', () => {
    const data = file([say('say-1')], [edge(START_NODE_ID, 'next', 'say-1')]);
    const result = restoreFlow(data);
    expect(result.ok && result.repairs).toBe(undefined);
  });
});

/** The flow with its connections as the file has them, to see what the export did with them. */
function restoreFlowWithoutRepair(data: Data): Flow {
  const result = restoreFlow({ ...data, edges: [] });
  if (!result.ok) throw new Error(result.error);
  return { ...result.flow, edges: data.edges as FlowEdge[] };
}
