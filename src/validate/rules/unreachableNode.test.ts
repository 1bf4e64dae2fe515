import { describe, expect, it } from 'vitest';
import { removeEdges } from '../../model/operations';
import { addVerb, buildFlow, flowOf, reject, say } from '../../test/builders';
import { addAt } from '../../test/nested';
import { brief, problemsOf } from '../../test/validation';

const RULE = 'unreachable-node';

describe(RULE, () => {
  it('warns about a verb not connected to the incoming call', () => {
    const { flow, nodeId } = addVerb(flowOf('rcml', say('Hi')), reject('busy'));
    expect(problemsOf(flow, RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'warning', nodeId, field: undefined },
    ]);
  });

  it('warns about every verb of a chain cut off from the start', () => {
    const { flow, ids } = buildFlow('rcml', say('Hi'), reject('busy'));
    const cut = removeEdges(
      flow,
      new Set(flow.edges.filter((e) => e.source === 'start').map((e) => e.id)),
    );
    expect(problemsOf(cut, RULE).map((p) => p.nodeId)).toEqual(ids);
  });

  it('stays quiet when every verb is reachable, and never reports the start', () => {
    expect(problemsOf(flowOf('rcml', say('Hi'), reject('busy')), RULE)).toEqual([]);
    expect(problemsOf(flowOf('rcml'), RULE)).toEqual([]);
  });

  it('warns about a decision not connected to the incoming call', () => {
    const { flow, nodeId } = addVerb(flowOf('rcml', say('Hi')), { kind: 'checkCaller' });
    expect(problemsOf(flow, RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'warning', nodeId, field: undefined },
    ]);
  });

  it('counts a verb a decision leads to as reached', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'checkCaller' });
    const welcome = addAt(flow, ids[0]!, 'otherwise', say('Welcome'));
    expect(problemsOf(welcome.flow, RULE)).toEqual([]);
  });
});
