import { describe, expect, it } from 'vitest';
import { updateNode } from '../../model/operations';
import { buildFlow, flowOf, say } from '../../test/builders';
import { addAt, child, nestedFlow } from '../../test/nested';
import { brief, located, problemsOf } from '../../test/validation';

const RULE = 'invalid-url';
const play = (url: string) => ({ kind: 'play', text: url });

describe(RULE, () => {
  it.each([
    ['a space', 'https://example.com/my file.wav', /space/],
    ['a javascript: link', 'javascript:alert(1)', /“javascript:”/],
    ['an ftp: address', 'ftp://example.com/a.wav', /“ftp:”/],
    ['a host name without http', 'localhost:8080/a.wav', /“localhost:”/],
    ['no host', 'http://', /not a valid web address/],
    ['a broken host', 'https://[example/a.wav', /not a valid web address/],
  ])('reports a Play URL with %s', (_name, url, message) => {
    const { flow, ids } = buildFlow('rcml', play(url));
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'text' },
    ]);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.message).toContain('Audio URL');
  });

  it.each([
    'https://example.com/welcome.wav',
    'HTTP://EXAMPLE.COM/A.WAV',
    'http://10.0.0.5:8080/audio/a.wav?v=2',
    'welcome.wav',
    '/audio/welcome.wav',
    '../audio/welcome.wav',
    '//cdn.example.com/welcome.wav',
    ' https://example.com/trimmed.wav ',
  ])('accepts %j', (url) => {
    expect(problemsOf(flowOf('rcml', play(url)), RULE)).toEqual([]);
  });

  it('checks attributes: a Dial action URL', () => {
    const { flow, ids } = buildFlow('rcml', { kind: 'dial', attributes: { action: 'next page' } });
    expect(problemsOf(flow, RULE).map(brief)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId: ids[0], field: 'action' },
    ]);
  });

  it('checks nested elements: a Number screening URL and a Conference waiting music', () => {
    const { flow, nodeId, childIds } = nestedFlow(
      'rcml',
      { kind: 'dial' },
      child('number', '+14155550123', { url: 'javascript:void(0)' }),
      child('conference', 'standup', { waitUrl: 'https://example.com/hold music.wav' }),
    );
    expect(problemsOf(flow, RULE).map(located)).toEqual([
      { ruleId: RULE, severity: 'error', nodeId, field: 'url', childId: childIds[0] },
      { ruleId: RULE, severity: 'error', nodeId, field: 'waitUrl', childId: childIds[1] },
    ]);
  });

  it('skips a typed URL that a connected outlet replaces in the export', () => {
    const { flow, ids } = buildFlow('rcml', say('Hi'), { kind: 'redirect' });
    const connected = addAt(flow, ids[1]!, 'action', say('Elsewhere')).flow;
    const typedAfter = updateNode(connected, ids[1]!, { text: 'not a url' });
    expect(problemsOf(typedAfter, RULE)).toEqual([]);
    const alone = flowOf('rcml', say('Hi'), { kind: 'redirect', text: 'not a url' });
    expect(problemsOf(alone, RULE)).toHaveLength(1);
  });
});
