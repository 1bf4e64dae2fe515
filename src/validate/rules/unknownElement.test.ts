import { describe, expect, it } from 'vitest';
import { createFlow } from '../../model/flow';
import type { Flow, FlowNode } from '../../schema/flow';
import { validateFlow } from '../index';

function flowWith(...nodes: FlowNode[]): Flow {
  const flow = createFlow();
  const edges = nodes.map((n, i) => ({
    id: `${i === 0 ? 'start' : nodes[i - 1]!.id}:next`,
    source: i === 0 ? 'start' : nodes[i - 1]!.id,
    outlet: 'next',
    target: n.id,
  }));
  return { ...flow, nodes: [...flow.nodes, ...nodes], edges };
}

const unknown = (id: string, name: string): FlowNode => ({
  id,
  kind: 'unknown',
  attributes: {},
  raw: { name, attributes: [], children: [] },
  position: { x: 0, y: 0 },
});

const findings = (flow: Flow, ruleId: string) =>
  validateFlow(flow).filter((p) => p.ruleId === ruleId);

describe('unknown-element', () => {
  it('suggests the element a wrong-case name probably meant', () => {
    const [problem] = findings(flowWith(unknown('u1', 'SMS')), 'unknown-element');
    expect(problem).toMatchObject({ nodeId: 'u1', severity: 'warning' });
    expect(problem!.message).toContain('probably meant “Sms”');
  });

  it('says an element of another vocabulary is skipped and exported unchanged', () => {
    const [problem] = findings(flowWith(unknown('u1', 'Enqueue')), 'unknown-element');
    expect(problem!.message).toContain('“Enqueue” is not RCML');
  });

  it('flags unknown elements nested in a known verb', () => {
    const dial: FlowNode = {
      id: 'dial-1',
      kind: 'dial',
      attributes: {},
      children: [
        {
          id: 'x-1',
          kind: 'unknown',
          attributes: {},
          raw: { name: 'NUMBER', attributes: [], children: [] },
        },
      ],
      position: { x: 0, y: 0 },
    };
    const [problem] = findings(flowWith(dial), 'unknown-element');
    expect(problem).toMatchObject({ nodeId: 'dial-1', childId: 'x-1' });
    expect(problem!.message).toContain('probably meant “Number”');
  });

  it('is quiet for known verbs, and is not a "verb not in dialect" error', () => {
    const say: FlowNode = {
      id: 's',
      kind: 'say',
      attributes: {},
      text: 'Hi',
      position: { x: 0, y: 0 },
    };
    expect(findings(flowWith(say), 'unknown-element')).toEqual([]);
    expect(findings(flowWith(unknown('u1', 'Foo')), 'verb-not-in-dialect')).toEqual([]);
  });
});

describe('never-reached', () => {
  const reject: FlowNode = {
    id: 'reject-1',
    kind: 'reject',
    attributes: { reason: 'busy' },
    position: { x: 0, y: 0 },
  };
  const say = (id: string): FlowNode => ({
    id,
    kind: 'say',
    attributes: {},
    text: 'Hi',
    position: { x: 0, y: 0 },
  });

  it('flags every verb chained after a terminal verb, once', () => {
    const flow = flowWith(reject, say('say-1'), { ...reject, id: 'reject-2' }, say('say-2'));
    expect(findings(flow, 'never-reached').map((p) => p.nodeId)).toEqual([
      'say-1',
      'reject-2',
      'say-2',
    ]);
  });

  it('is quiet when nothing follows the terminal verb', () => {
    expect(findings(flowWith(say('say-1'), reject), 'never-reached')).toEqual([]);
  });
});
