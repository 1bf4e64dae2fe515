import { describe, expect, it } from 'vitest';
import { planDocuments } from '../../model/documents';
import { analyzeFlow } from '../../model/graph';
import { connect, connectionProblem } from '../../model/operations';
import { buildFlow, flowOf, gather, link, pause, reject, say } from '../../test/builders';
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
    const { flow, ids } = buildFlow('rcml', { kind: 'hangup' }, reject('busy'));
    const [hangup, rejectId] = [ids[0]!, ids[1]!];
    expect(flow.edges.some((e) => e.source === hangup)).toBe(false);
    expect(connectionProblem(flow, hangup, 'next', rejectId)).toMatch(/Hangup/);
    expect(connect(flow, hangup, 'next', rejectId)).toBe(flow);
  });

  it('reports a Reject that only an action reaches', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'gather', attributes: { numDigits: '1' } });
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
    const gather = { kind: 'gather', attributes: { numDigits: '1' } };
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

  describe('across decisions', () => {
    const blockList = { kind: 'checkCaller', attributes: { numbers: '+14155550199' } };
    const hours = { kind: 'checkHours', attributes: { timeZone: 'Europe/Paris' } };

    it('stays quiet for a Reject a decision connected to the incoming call leads to', () => {
      // The issue's own example: refuse one number with busy, welcome everyone else.
      const { flow, ids } = buildFlow('rcml', blockList);
      const refused = addAt(flow, ids[0]!, 'matches', reject('busy'));
      const welcomed = addAt(refused.flow, ids[0]!, 'otherwise', say('Welcome'));
      expect(problemsOf(welcomed.flow, RULE)).toEqual([]);
    });

    it('stays quiet through two decisions in a row, and after a Pause on the branch', () => {
      const { flow, ids } = buildFlow('rcml', blockList);
      const second = addAt(flow, ids[0]!, 'otherwise', hours);
      const wait = addAt(second.flow, second.nodeId, 'closed', pause('1'));
      const refused = addAt(wait.flow, wait.nodeId, 'next', reject('busy'));
      expect(problemsOf(refused.flow, RULE)).toEqual([]);
    });

    it('reports a Reject a decision sends a call to after a Say answered it', () => {
      const { flow, ids } = buildFlow('rcml', { ...say('Hello'), label: 'Greeting' }, hours);
      const { flow: closed, nodeId } = addAt(flow, ids[1]!, 'closed', reject('busy'));
      const problems = problemsOf(closed, RULE);
      expect(problems.map(brief)).toEqual([
        { ruleId: RULE, severity: 'error', nodeId, field: undefined },
      ]);
      expect(problems[0]!.message).toBe(
        '“Greeting” answers the call before Check hours decides, so when Check hours sends the call here the platform skips the Reject and hangs up instead of refusing the call. Connect Check hours straight to the incoming call, with nothing before it, or end this branch with a Hangup.',
      );
    });

    it('reports it after a Pause too: the chain reaches the decision through a Redirect', () => {
      const { flow, ids } = buildFlow('rcml', pause('1'), blockList);
      const { flow: refused, nodeId } = addAt(flow, ids[1]!, 'matches', reject('busy'));
      const problems = problemsOf(refused, RULE);
      expect(problems.map((p) => p.nodeId)).toEqual([nodeId]);
      expect(problems[0]!.message).toMatch(/reaches Check caller through a Redirect/);
      expect(problems[0]!.message).toMatch(/Redirect answers the call/);
    });

    it('reports a Reject after a Menu, whose Gather answered the call', () => {
      const { flow, ids } = buildFlow('rcml', gather({ numDigits: '1' }));
      const menu = addAt(flow, ids[0]!, 'action', { kind: 'menu', attributes: { keys: '9' } });
      const { flow: refused, nodeId } = addAt(menu.flow, menu.nodeId, 'key:9', reject('busy'));
      const problems = problemsOf(refused, RULE);
      expect(problems.map((p) => p.nodeId)).toEqual([nodeId]);
      expect(problems[0]!.message).toContain('Menu runs after Gather’s “After input”');
      expect(problems[0]!.message).toMatch(/use a Hangup/);
    });

    it('reports a Say before the Reject on a branch as in any document', () => {
      const { flow, ids } = buildFlow('rcml', blockList);
      const warn = addAt(flow, ids[0]!, 'matches', say('Go away'));
      const { flow: refused, nodeId } = addAt(warn.flow, warn.nodeId, 'next', reject('busy'));
      const problems = problemsOf(refused, RULE);
      expect(problems.map((p) => p.nodeId)).toEqual([nodeId]);
      expect(problems[0]!.message).toMatch(/^Say answers the call before this Reject runs/);
    });

    it('reports a Reject one branch reaches ringing and another after a Say', () => {
      const { flow, ids } = buildFlow('rcml', blockList);
      const refused = addAt(flow, ids[0]!, 'matches', reject('busy'));
      const welcome = addAt(refused.flow, ids[0]!, 'otherwise', say('Welcome'));
      const joined = link(welcome.flow, welcome.nodeId, 'next', refused.nodeId);
      expect(problemsOf(joined, RULE).map((p) => p.nodeId)).toEqual([refused.nodeId]);
    });
  });
});
