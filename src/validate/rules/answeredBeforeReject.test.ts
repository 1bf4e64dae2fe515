import { describe, expect, it } from 'vitest';
import { connect, connectionProblem } from '../../model/operations';
import { buildFlow, flowOf, pause, reject, say } from '../../test/builders';
import { brief, problemsOf } from '../../test/validation';

const RULE = 'answered-before-reject';

describe(RULE, () => {
  it.each([
    ['Reject first', [reject('busy')]],
    ['Pause then Reject', [pause('2'), reject('busy')]],
    ['two Pauses then Reject', [pause('1'), pause('3'), reject('busy')]],
  ])('stays quiet for %s', (_name, verbs) => {
    expect(problemsOf(flowOf('rcml', ...verbs), RULE)).toEqual([]);
  });

  it.each([
    ['Say then Reject', [say('Hello'), reject('busy')]],
    ['Pause, Say, then Reject', [pause('1'), say('Hello'), reject('busy')]],
    ['Say, Pause, then Reject', [say('Hello'), pause('1'), reject('busy')]],
  ])('reports an error on the Reject for %s', (_name, verbs) => {
    const { flow, ids } = buildFlow('rcml', ...verbs);
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids.at(-1), field: undefined },
    ]);
    expect(problems[0]!.message).toMatch(/Say/);
  });

  it.each(['flexml', 'voiceml'] as const)('applies in %s too', (dialect) => {
    const { flow, ids } = buildFlow(dialect, say('Hello'), reject('busy'));
    expect(problemsOf(flow, RULE).map((p) => p.nodeId)).toEqual([ids[1]]);
  });

  it('names the answering verb by its label when it has one', () => {
    const flow = flowOf('rcml', { ...say('Hi'), label: 'Greeting' }, reject('busy'));
    expect(problemsOf(flow, RULE)[0]!.message).toContain('Greeting');
  });

  it('cannot even be set up after a Hangup: nothing connects after it', () => {
    const { flow, ids } = buildFlow('rcml', { verb: 'hangup' }, reject('busy'));
    const [hangup, rejectId] = [ids[0]!, ids[1]!];
    expect(flow.edges.some((e) => e.source === hangup)).toBe(false);
    expect(connectionProblem(flow, hangup, 'next', rejectId)).toMatch(/Hangup/);
    expect(connect(flow, hangup, 'next', rejectId)).toBe(flow);
  });

  it('reports a Reject reached only through another outlet than the incoming call chain', () => {
    // No current verb has an action outlet, so the edge is written by hand.
    const { flow, ids } = buildFlow('rcml', say('Hello'));
    const base = buildFlow('rcml', reject('busy'));
    const rejectNode = base.flow.nodes.find((n) => n.id === base.ids[0])!;
    const withBranch = {
      ...flow,
      nodes: [...flow.nodes, rejectNode],
      edges: [...flow.edges, { id: 'x', source: ids[0]!, outlet: 'action', target: rejectNode.id }],
    };
    expect(problemsOf(withBranch, RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: rejectNode.id, field: undefined },
    ]);
  });

  it('ignores a Reject that is not connected at all (another rule reports it)', () => {
    const { flow } = buildFlow('rcml', say('Hello'));
    const stray = buildFlow('rcml', reject('busy')).flow.nodes[1]!;
    expect(problemsOf({ ...flow, nodes: [...flow.nodes, stray] }, RULE)).toEqual([]);
  });
});
