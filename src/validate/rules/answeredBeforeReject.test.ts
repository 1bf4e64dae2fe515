import { describe, expect, it } from 'vitest';
import { planDocuments } from '../../model/documents';
import { analyzeFlow } from '../../model/graph';
import { connect, connectionProblem } from '../../model/operations';
import { buildFlow, flowOf, pause, reject, say } from '../../test/builders';
import { addAt } from '../../test/nested';
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

  it('reports a Reject that only an action reaches', () => {
    const { flow, ids } = buildFlow('rcml', { verb: 'gather', attributes: { numDigits: '1' } });
    const { flow: withAction, nodeId } = addAt(flow, ids[0]!, 'action', reject('busy'));
    const problems = problemsOf(withAction, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId, field: undefined },
    ]);
    expect(problems[0]!.message).toMatch(/only after the call has been answered/);
  });

  it('reports a Reject on the main chain that a join moves into another document', () => {
    // Gather -> Pause -> Pause -> Reject, and Gather's "After input" also leads to the second
    // Pause: main.xml ends with a Redirect to the second Pause's document, which holds the Reject.
    const gather = { verb: 'gather', attributes: { numDigits: '1' } };
    const { flow, ids } = buildFlow('rcml', gather, pause('1'), pause('2'), reject('busy'));
    const joined = connect(flow, ids[0]!, 'action', ids[2]!);
    expect(joined).not.toBe(flow);
    expect(planDocuments(joined).documents[0]!.nodes.map((n) => n.id)).toEqual(ids.slice(0, 2));
    const problems = problemsOf(joined, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[3], field: undefined },
    ]);
    expect(problems[0]!.message).toContain(`${ids[2]}.xml`);
    expect(problems[0]!.message).toMatch(/Redirect answers the call/);
  });

  it('judges what is first by main.xml, not by the chain of connections', () => {
    // A hand-made loop on the second Pause (an edge no outlet of the catalog makes) turns it into
    // a join: main.xml then redirects to it before the Reject, and the Redirect answers the call.
    const { flow, ids } = buildFlow('rcml', pause('1'), pause('2'), reject('busy'));
    expect(problemsOf(flow, RULE)).toEqual([]);
    const loop = { id: 'loop', source: ids[1]!, outlet: 'imported', target: ids[1]! };
    const looped = { ...flow, edges: [...flow.edges, loop] };
    expect(analyzeFlow(looped).mainChain.map((n) => n.id)).toEqual(ids);
    expect(problemsOf(looped, RULE).map((p) => p.nodeId)).toEqual([ids[2]]);
  });

  it('ignores a Reject that is not connected at all (another rule reports it)', () => {
    const { flow } = buildFlow('rcml', say('Hello'));
    const stray = buildFlow('rcml', reject('busy')).flow.nodes[1]!;
    expect(problemsOf({ ...flow, nodes: [...flow.nodes, stray] }, RULE)).toEqual([]);
  });
});
