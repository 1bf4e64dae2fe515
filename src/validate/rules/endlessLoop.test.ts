import { describe, expect, it } from 'vitest';
import { createFlow } from '../../model/flow';
import { NEXT_OUTLET, START_NODE_ID, type Flow, type FlowNode } from '../../schema/flow';
import { buildFlow, gather, importedFlow, link, pause, redirect, say } from '../../test/builders';
import { addAt } from '../../test/nested';
import { brief, PLAIN_SENTENCE, problemsOf } from '../../test/validation';
import { validateFlow } from '..';

const RULE = 'endless-loop';

describe(RULE, () => {
  it('finds a document that redirects to itself, naming what the caller hears', () => {
    const { flow, ids } = buildFlow('rcml', say('Hello'), redirect);
    const looped = link(flow, ids[1]!, 'action', ids[0]!);
    const problems = problemsOf(looped, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: undefined },
    ]);
    expect(problems[0]!.message).toContain(
      'the caller hears “Hello” again and again until they hang up',
    );
    expect(problems[0]!.message).toMatch(PLAIN_SENTENCE);
  });

  it('finds it in an imported document that redirects to itself', () => {
    const flow = importedFlow(
      '<Response><Say>Hello</Say><Redirect>main.xml</Redirect></Response>',
      'rcml',
    );
    const problems = problemsOf(flow, RULE);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('“Hello” again and again');
  });

  it('counts an action URL naming its own document as a connection to it', () => {
    // The first verb cannot be connected to itself, so the import keeps its action as a URL.
    const flow = importedFlow(
      '<Response><Gather action="main.xml"><Say>Press any key</Say></Gather><Redirect>main.xml</Redirect></Response>',
      'rcml',
    );
    const problems = problemsOf(flow, RULE);
    expect(problems.map((p) => p.nodeId)).toEqual(['gather-1']);
    expect(problems[0]!.message).toContain('“Press any key” again and again');
    // A document that is only a Redirect to itself.
    const alone = importedFlow('<Response><Redirect>main.xml</Redirect></Response>', 'rcml');
    expect(problemsOf(alone, RULE).map((p) => p.nodeId)).toEqual(['redirect-1']);
  });

  it('counts a typed URL naming a document of the flow, under the base URL or not', () => {
    const typed = (action: string, baseUrl = '') => {
      const { flow } = buildFlow('rcml', gather({ action }), redirect);
      const looped = link({ ...flow, baseUrl }, flow.nodes[2]!.id, 'action', flow.nodes[1]!.id);
      return problemsOf(looped, RULE).length;
    };
    expect(typed('main.xml')).toBe(1);
    expect(typed('main.xml?step=2')).toBe(1);
    expect(typed('https://x.test/ivr/main.xml', 'https://x.test/ivr')).toBe(1);
    // Elsewhere: another server's main.xml is a way out.
    expect(typed('https://elsewhere.test/main.xml', 'https://x.test/ivr')).toBe(0);
    expect(typed('https://elsewhere.test/main.xml')).toBe(0);
    expect(typed('menu.xml')).toBe(0);
  });

  it('says “nothing” for a silent loop, and names a Play by its file', () => {
    const silent = buildFlow('rcml', pause('2'), redirect);
    const problems = problemsOf(link(silent.flow, silent.ids[1]!, 'action', silent.ids[0]!), RULE);
    expect(problems[0]!.message).toContain('the caller hears nothing until they hang up');

    const music = buildFlow(
      'rcml',
      pause(),
      { kind: 'play', text: 'https://x.test/a/hold.wav?v=2' },
      redirect,
    );
    const played = problemsOf(link(music.flow, music.ids[2]!, 'action', music.ids[0]!), RULE);
    expect(played[0]!.message).toContain('the recording “hold.wav” again and again');
  });

  it('finds a Gather whose every path comes back to its own document', () => {
    const { flow, ids } = buildFlow('rcml', say('Menu'), gather(), redirect);
    let looped = link(flow, ids[2]!, 'action', ids[0]!);
    const input = addAt(looped, ids[1]!, 'action', say('Thanks'));
    const back = addAt(input.flow, input.nodeId, NEXT_OUTLET, redirect);
    looped = link(back.flow, back.nodeId, 'action', ids[0]!);
    const problems = problemsOf(looped, RULE);
    expect(problems.map((p) => p.nodeId)).toEqual([ids[0]]);
    expect(problems[0]!.message).toContain('“Menu” again and again');
  });

  it('stays quiet when the caller can leave by entering something', () => {
    const { flow, ids } = buildFlow('rcml', say('Menu'), gather(), redirect);
    const looped = link(flow, ids[2]!, 'action', ids[0]!);
    // Without input the call goes round; with input it goes to a document that ends.
    const leaving = addAt(looped, ids[1]!, 'action', say('Goodbye')).flow;
    expect(problemsOf(leaving, RULE)).toEqual([]);
    // A typed action URL leads to a document elsewhere: a way out too.
    const typed = buildFlow(
      'rcml',
      say('Menu'),
      gather({ action: 'https://x.test/menu.xml' }),
      redirect,
    );
    expect(problemsOf(link(typed.flow, typed.ids[2]!, 'action', typed.ids[0]!), RULE)).toEqual([]);
  });

  it('counts a Dial as a move the caller does not choose', () => {
    // The same “After the call” document is fetched whatever the outcome of the call.
    const { flow, ids } = buildFlow('rcml', say('Connecting you'), { kind: 'dial' });
    const looped = link(flow, ids[1]!, 'action', ids[0]!);
    expect(problemsOf(looped, RULE).map((p) => p.nodeId)).toEqual([ids[0]]);
  });

  it('reports a loop once, where it starts, not the verbs leading into it', () => {
    const { flow, ids } = buildFlow('rcml', say('Welcome'), redirect);
    const held = addAt(flow, ids[1]!, 'action', say('Please hold'));
    const back = addAt(held.flow, held.nodeId, NEXT_OUTLET, redirect);
    const looped = link(back.flow, back.nodeId, 'action', held.nodeId);
    const problems = problemsOf(looped, RULE);
    expect(problems.map((p) => p.nodeId)).toEqual([held.nodeId]);
    expect(problems[0]!.message).toContain('“Please hold”');
  });

  it('stays quiet for flows that end', () => {
    expect(problemsOf(buildFlow('rcml', say('Hello'), { kind: 'hangup' }).flow, RULE)).toEqual([]);
    expect(problemsOf(buildFlow('rcml', say('Hello')).flow, RULE)).toEqual([]);
    expect(problemsOf(createFlow({ dialect: 'rcml' }), RULE)).toEqual([]);
  });

  it('leaves a Record with no “After recording” to loop-on-some-platforms', () => {
    const { flow } = buildFlow('rcml', say('Leave a message'), { kind: 'record' });
    expect(problemsOf(flow, RULE)).toEqual([]);
    expect(problemsOf(flow, 'loop-on-some-platforms')).toHaveLength(1);
  });

  it('walks 20,000 verbs in a loop without running out of stack', () => {
    const count = 20_000;
    const base = createFlow({ dialect: 'rcml' });
    const nodes: FlowNode[] = [...base.nodes];
    const edges = [];
    let previous = START_NODE_ID;
    for (let i = 0; i < count; i++) {
      const id = `n${i}`;
      const last = i === count - 1;
      nodes.push({
        id,
        kind: last ? 'redirect' : 'say',
        attributes: {},
        ...(last ? {} : { text: `Step ${i}` }),
        position: { x: 0, y: i },
      });
      edges.push({ id: `${previous}-next`, source: previous, outlet: NEXT_OUTLET, target: id });
      previous = id;
    }
    edges.push({ id: 'back', source: previous, outlet: 'action', target: 'n0' });
    const flow: Flow = { ...base, nodes, edges };
    const problems = validateFlow(flow).filter((p) => p.ruleId === RULE);
    expect(problems.map((p) => p.nodeId)).toEqual(['n0']);
    expect(problems[0]!.message).toContain('“Step 0”');
  });
});
