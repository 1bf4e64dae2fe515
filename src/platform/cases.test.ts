/** Saved test calls: kept with their inputs and transcript, replayed after edits, compared. */
import { describe, expect, it } from 'vitest';
import { removeNodes, updateNode } from '../model/operations';
import { planDocuments } from '../model/documents';
import type { Flow } from '../schema/flow';
import { tableFromFlow } from '../router';
import { BLOCKED, frontDesk } from '../test/frontDesk';
import { call, setupOf } from '../test/simulate';
import {
  compare,
  dialOutcome,
  end,
  press,
  readTestCase,
  replay,
  run,
  runAll,
  saveCase,
  step,
  testCaseToJson,
  transcript,
  type TestCase,
} from '.';

const desk = frontDesk();

/** The front desk: a caller presses 1 for sales, and the line is answered. */
function salesCall(flow: Flow): TestCase {
  const session = run(dialOutcome(run(press(run(call(flow)), '1')), 'answered'));
  return saveCase('Sales answers', session);
}

const replayed = (flow: Flow, testCase: TestCase) =>
  replay(tableFromFlow(flow), planDocuments(flow), testCase).transcript;

describe('saving and replaying a call', () => {
  it('keeps the set-up, the inputs and the transcript', () => {
    const saved = salesCall(desk.flow);
    expect(saved.setup).toEqual({ from: setupOf().from, to: setupOf().to, at: setupOf().at });
    expect(saved.inputs).toEqual([
      { kind: 'keys', keys: '1' },
      { kind: 'dial', outcome: 'answered' },
    ]);
    expect(saved.transcript.at(-1)).toBe('Call ended: completed, no verbs left to run');
    expect(saved.transcript).toContain('Say (man, en): “Thank you for calling. Goodbye.”');
  });

  it('replayed against the same flow, it gives the same transcript', () => {
    const saved = salesCall(desk.flow);
    const now = replayed(desk.flow, saved);
    expect(now).toEqual(saved.transcript);
    expect(compare(saved.transcript, now)).toEqual({ changed: false });
  });

  it('an edit on its path changes it; compare says where', () => {
    const saved = salesCall(desk.flow);
    const edited = updateNode(desk.flow, desk.ids.bye!, { text: 'Bye now.' });
    const now = replayed(edited, saved);
    const comparison = compare(saved.transcript, now);
    expect(comparison.changed).toBe(true);
    expect(comparison.firstDifference).toMatchObject({
      saved: 'Say (man, en): “Thank you for calling. Goodbye.”',
      now: 'Say (man, en): “Bye now.”',
    });
  });

  it('Run all marks only the cases whose transcript changed', () => {
    const blocked = saveCase('Blocked', run(call(desk.flow, { from: BLOCKED })));
    const cases = [salesCall(desk.flow), blocked];
    const edited = updateNode(desk.flow, desk.ids.bye!, { text: 'Bye now.' });
    const results = runAll(tableFromFlow(edited), planDocuments(edited), cases);
    expect(results.map((r) => [r.name, r.changed])).toEqual([
      ['Sales answers', true],
      ['Blocked', false],
    ]);
  });

  it('an input the call no longer waits for stops the replay, and says so', () => {
    const saved = salesCall(desk.flow);
    // Without the Dial the call ends after the menu: nothing waits for the Dial's outcome.
    const edited = removeNodes(desk.flow, new Set([desk.ids.sales!]));
    const now = replayed(edited, saved);
    expect(now.at(-1)).toBe(
      'Replay stopped: the saved call went on with “Dial answered”, but now the call has ended.',
    );
    expect(compare(saved.transcript, now).changed).toBe(true);
  });

  it('a caller hanging up part way is replayed after as many verbs', () => {
    const started = call(desk.flow);
    const hungUp = end(step(started));
    const saved = saveCase('Hung up', hungUp);
    expect(saved.inputs).toEqual([{ kind: 'hang-up', afterSteps: 1 }]);
    expect(replayed(desk.flow, saved)).toEqual(transcript(hungUp));
    expect(saved.transcript.at(-1)).toBe('Call ended: the caller hung up');
  });
});

describe('saved cases as JSON', () => {
  it('round-trips through JSON', () => {
    const saved = salesCall(desk.flow);
    const json = JSON.parse(JSON.stringify(testCaseToJson(saved)));
    expect(json.setup.at).toBe('2026-11-30T10:00:00.000Z');
    expect(readTestCase(json)).toEqual(saved);
  });

  it('refuses a damaged case', () => {
    const json = testCaseToJson(salesCall(desk.flow));
    expect(readTestCase({ ...json, inputs: [{ kind: 'dial', outcome: 'maybe' }] })).toBeUndefined();
    expect(readTestCase({ ...json, setup: { ...json.setup, at: 'yesterday' } })).toBeUndefined();
    expect(readTestCase({ ...json, transcript: [1] })).toBeUndefined();
    expect(readTestCase('nothing')).toBeUndefined();
  });
});
