import { describe, expect, it } from 'vitest';
import { buildFlow, gather, link, redirect, say } from '../../test/builders';
import { addAt } from '../../test/nested';
import { brief, PLAIN_SENTENCE, problemsOf } from '../../test/validation';

const RULE = 'loop-on-some-platforms';

describe('a Record with no “After recording”', () => {
  it('says both: the documentation loops, the open-source server goes on', () => {
    const { flow, ids } = buildFlow('rcml', say('Leave a message'), { kind: 'record' });
    const problems = problemsOf(flow, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'warning', nodeId: ids[1], field: 'action' },
    ]);
    const { message } = problems[0]!;
    expect(message).toContain('documentation says');
    expect(message).toContain('“Leave a message” again and again');
    expect(message).toContain('Some platforms go on to the next step instead');
    expect(message).toMatch(PLAIN_SENTENCE);
  });

  it('leaves out the open-source server outside RCML', () => {
    const { flow } = buildFlow('voiceml', say('Leave a message'), { kind: 'record' });
    const [problem] = problemsOf(flow, RULE);
    expect(problem?.message).toContain('documentation says');
    expect(problem?.message).not.toContain('Some platforms');
  });

  it('is left to endless-loop when the open-source server loops too', () => {
    const { flow, ids } = buildFlow('rcml', say('Leave a message'), { kind: 'record' }, redirect);
    const looped = link(flow, ids[2]!, 'action', ids[0]!);
    // A loop on both platforms: endless-loop reports it, as an error.
    expect(problemsOf(looped, RULE)).toEqual([]);
    const [problem] = problemsOf(looped, 'endless-loop');
    expect(problem?.nodeId).toBe(ids[0]);
    expect(problem?.message).not.toContain('documentation');
  });

  it('reports a loop only the open-source server reaches, past the Record', () => {
    // Documented: the Record fetches main again, where the caller can leave by pressing a
    // key. Open source: the Record goes on into a document that redirects to itself.
    const { flow, ids } = buildFlow(
      'rcml',
      gather({ action: 'https://x.test/menu.xml' }),
      { kind: 'record' },
      say('Still here'),
      redirect,
    );
    const looped = link(flow, ids[3]!, 'action', ids[2]!);
    const problems = problemsOf(looped, RULE);
    expect(problems.map(brief)).toEqual([
      { ruleId: RULE, severity: 'warning', nodeId: ids[2], field: undefined },
    ]);
    expect(problemsOf(looped, 'endless-loop')).toEqual([]);
    expect(problems[0]!.message).toMatch(/^On platforms that go on to the next step/);
    expect(problems[0]!.message).toContain('“Still here” again and again');
  });

  it('stays quiet once “After recording” leads to a document that ends', () => {
    const { flow, ids } = buildFlow('rcml', say('Leave a message'), { kind: 'record' });
    expect(problemsOf(addAt(flow, ids[1]!, 'action', say('Thanks')).flow, RULE)).toEqual([]);
  });
});
