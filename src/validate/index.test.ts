import { describe, expect, it } from 'vitest';
import { FlowValidation, problemsByNode, rules, validateFlow, validationContext } from './index';
import { FlowAnalysis } from '../model/documents';
import { addVerb, buildFlow, flowOf, pause, reject, say } from '../test/builders';
import { addChildren, child, nestedFlow } from '../test/nested';
import { PLAIN_SENTENCE } from '../test/validation';
import type { Flow } from '../schema/flow';
import { connect } from '../model/operations';

/** Flows that, together, make every rule fire at least once. */
const badFlows: Record<string, () => Flow> = {
  empty: () => flowOf('rcml'),
  'base URL with a space': () => ({ ...flowOf('rcml', say('Hi')), baseUrl: 'https://a.test/b c' }),
  'say then reject': () => flowOf('rcml', say('Hi'), reject('busy')),
  'pause in voiceml': () => flowOf('voiceml', pause('2'), reject('busy')),
  'pause in flexml': () => flowOf('flexml', pause('2'), reject('busy-here')),
  'wrong reason and message': () =>
    flowOf('rcml', reject('busy-here', { errorMessage: 'x', text: 'y' })),
  'long error message': () => flowOf('voiceml', reject('busy', { errorMessage: 'a'.repeat(65) })),
  'empty say, bad pause': () => flowOf('rcml', pause('abc'), { kind: 'say' }),
  'control character': () => flowOf('rcml', say('a\u0001')),
  unreachable: () => addVerb(flowOf('rcml', reject('busy')), say('Hi')).flow,
  'hangup first': () => flowOf('rcml', { kind: 'hangup' }),
  'say, then redirect to itself': () => {
    const { flow, ids } = buildFlow('rcml', say('Hello'), { kind: 'redirect' });
    return connect(flow, ids[1]!, 'action', ids[0]!);
  },
  'record that fetches its document again (documented)': () =>
    flowOf('rcml', say('Leave a message'), { kind: 'record' }),
  'nobody to call': () => flowOf('rcml', { kind: 'dial' }),
  'careless gather': () =>
    nestedFlow(
      'rcml',
      { kind: 'gather', attributes: { hints: Array(51).fill('yes').join(',') } },
      child('say', 'Press 1'),
      child('pause'),
    ).flow,
  'careless dial': () => {
    const dial = { kind: 'dial', attributes: { callerId: '0415', action: 'javascript:x' } };
    const { flow, ids } = buildFlow('rcml', dial, say('Never heard'));
    const events = { statusCallbackEvent: 'initiated ringing' };
    return addChildren(flow, ids[0]!, child('conference', 'room'), child('number', '+1', events))
      .flow;
  },
  'decisions astray': () => {
    // A Menu after a Say, a Check caller with a bad number and an outlet to nowhere, and a
    // Check caller whose blocked callers are sent round and round.
    const blocked = { kind: 'checkCaller', attributes: { numbers: '+14155550199\nreception' } };
    const { flow, ids } = buildFlow('rcml', blocked);
    const back = addVerb(flow, { kind: 'redirect' });
    let looped = connect(back.flow, ids[0]!, 'matches', back.nodeId);
    looped = connect(looped, back.nodeId, 'action', ids[0]!);
    const prompt = addVerb(looped, say('Press 1'));
    looped = connect(prompt.flow, ids[0]!, 'otherwise', prompt.nodeId);
    const menu = addVerb(looped, { kind: 'menu', attributes: { keys: '1' } });
    return connect(menu.flow, prompt.nodeId, 'next', menu.nodeId);
  },
  'template not filled in': () => {
    const { flow, ids } = buildFlow('rcml', say('Welcome to Example Company'));
    return {
      ...flow,
      fillIn: [
        {
          nodeId: ids[0]!,
          field: 'text',
          what: 'your business’s name',
          example: 'Example Company',
        },
      ],
    };
  },
  'imported oddities': () => {
    // As an import leaves them: a mis-cased element, and a verb kept after a Reject.
    const flow = flowOf('rcml', reject('busy'), say('Never runs'));
    const [, rejectNode, sayNode] = flow.nodes;
    const sms = {
      id: 'unknown-1',
      kind: 'unknown',
      attributes: {},
      raw: { name: 'SMS', attributes: [], children: [] },
      position: { x: 0, y: 0 },
    };
    return {
      ...flow,
      nodes: [...flow.nodes, sms],
      edges: [
        ...flow.edges,
        {
          id: `${rejectNode!.id}:next`,
          source: rejectNode!.id,
          outlet: 'next',
          target: sayNode!.id,
        },
        { id: `${sayNode!.id}:next`, source: sayNode!.id, outlet: 'next', target: 'unknown-1' },
      ],
    };
  },
};

describe('validateFlow', () => {
  it('runs exactly the documented rules', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(
      [
        'answered-before-reject',
        'base-url',
        'body-not-allowed',
        'decision-field',
        'decision-out-of-place',
        'decision-outlet-unconnected',
        'dial-conference-mix',
        'dial-targets',
        'empty-call',
        'endless-loop',
        'fill-in',
        'gather-hints',
        'gather-num-digits',
        'gather-trailing-pause',
        'gather-without-action',
        'hangup-first',
        'invalid-number',
        'invalid-url',
        'loop-on-some-platforms',
        'never-reached',
        'never-runs-after-action',
        'non-xml-characters',
        'not-e164',
        'required-field',
        'status-callback-events',
        'too-long',
        'unknown-element',
        'unreachable-node',
        'value-not-allowed',
        'verb-not-documented',
        'verb-not-in-dialect',
      ].sort(),
    );
  });

  it('makes every rule fire on the bad flows, with plain-sentence messages', () => {
    const fired = new Set<string>();
    for (const [name, build] of Object.entries(badFlows)) {
      const problems = validateFlow(build());
      expect(problems.length, name).toBeGreaterThan(0);
      for (const p of problems) {
        fired.add(p.ruleId);
        expect(p.message, `${name}: ${p.ruleId}`).toMatch(PLAIN_SENTENCE);
        expect(p.message).not.toMatch(/[<>]/);
      }
    }
    expect([...fired].sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it.each(['rcml', 'flexml', 'voiceml'] as const)(
    'finds nothing wrong in a lone %s Reject',
    (d) => {
      expect(validateFlow(flowOf(d, reject('rejected')))).toEqual([]);
    },
  );

  it('lists errors before warnings, each in flow order', () => {
    const { flow, ids } = buildFlow('rcml', say(''), pause('0'), reject('busy'));
    const { flow: withStray, nodeId: stray } = addVerb(flow, say('\u0001'));
    const problems = validateFlow(withStray);
    const severities = problems.map((p) => p.severity);
    expect(severities).toEqual(
      [...severities].sort((a, b) => (a === b ? 0 : a === 'error' ? -1 : 1)),
    );
    const errorNodes = problems.filter((p) => p.severity === 'error').map((p) => p.nodeId);
    expect(errorNodes).toEqual([ids[0], ids[1], ids[2]]);
    expect(problems.filter((p) => p.severity === 'warning').every((p) => p.nodeId === stray)).toBe(
      true,
    );
  });

  it('gives each problem a stable key of rule, node, nested element and field', () => {
    const { flow, ids } = buildFlow('rcml', pause('abc'));
    const problem = validateFlow(flow).find((p) => p.ruleId === 'invalid-number');
    expect(problem?.key).toBe(`invalid-number|${ids[0]}||length`);
  });

  it('keys two problems of one rule on one field apart, and a problem on a line by its line', () => {
    const tue = '09:00–13:00, 12:00–18:00, 17:00–19:00';
    const hours = { kind: 'checkHours', attributes: { tue, timeZone: 'UTC' } };
    const numbers = { kind: 'checkCaller', attributes: { numbers: 'a\n+14155550199\nb' } };
    const { flow, ids } = buildFlow('rcml', hours);
    const both = addVerb(flow, numbers);
    const keys = validateFlow(both.flow)
      .filter((p) => p.ruleId === 'decision-field')
      .map((p) => p.key);
    expect(keys).toEqual([
      `decision-field|${ids[0]}||tue`,
      `decision-field|${ids[0]}||tue#2`,
      `decision-field|${both.nodeId}||numbers|1`,
      `decision-field|${both.nodeId}||numbers|3`,
    ]);
  });

  it('returns the same list for the same flow object from one validation, and keeps nothing without one', () => {
    const flow = flowOf('rcml', say('Hi'), reject('busy'));
    const validation = new FlowValidation();
    expect(validateFlow(flow, validation)).toBe(validateFlow(flow, validation));
    expect(validation.problems(flow)).toBe(validateFlow(flow, validation));
    // Nothing is kept at module level: two validations, or none, check the flow again.
    expect(validateFlow(flow)).not.toBe(validateFlow(flow));
    expect(new FlowValidation().problems(flow)).not.toBe(validation.problems(flow));
    expect(validateFlow(flow)).toEqual(validation.problems(flow));
  });

  it('shares one analysis with whoever passes it in', () => {
    const flow = flowOf('rcml', say('Hi'), reject('busy'));
    const analysis = new FlowAnalysis();
    const validation = new FlowValidation(analysis);
    expect(validationContext(flow, analysis).graph).toBe(analysis.graph(flow));
    expect(validationContext(flow, analysis).plan).toBe(analysis.plan(flow));
    expect(validation.analysis).toBe(analysis);
  });

  it('groups problems by node', () => {
    const { flow, ids } = buildFlow('rcml', say(''), reject('busy-here'));
    const byNode = problemsByNode(validateFlow(flow));
    expect(byNode.get(ids[0]!)?.map((p) => p.ruleId)).toEqual(['required-field']);
    expect(
      byNode
        .get(ids[1]!)
        ?.map((p) => p.ruleId)
        .sort(),
    ).toEqual(['answered-before-reject', 'value-not-allowed'].sort());
  });
});
