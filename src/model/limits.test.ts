import { describe, expect, it } from 'vitest';
import { readFlowFile, writeFlowFile } from '../persist/flowFile';
import { generateFlow } from '../test/generateFlow';
import { MAX_VERBS, overVerbLimit, tooManyVerbsMessage, verbCount } from './limits';

describe('the verb limit', () => {
  it('says how big the flow is and how big a flow can be, in plain words', () => {
    expect(tooManyVerbsMessage(20_000)).toBe(
      `This flow has 20,000 verbs; RCML Studio opens flows of up to ${MAX_VERBS.toLocaleString('en-US')} verbs.`,
    );
  });

  it('refuses a flow file over the limit with that message', () => {
    // 20,000 verbs froze the page for 21 s on opening, and every reload after it for 29 s.
    const result = readFlowFile(writeFlowFile(generateFlow({ verbs: 20_000, seed: 1 })));
    expect(result).toEqual({ ok: false, error: tooManyVerbsMessage(20_000), overLimit: true });
  });

  it('opens a flow file at the limit', () => {
    const result = readFlowFile(writeFlowFile(generateFlow({ verbs: MAX_VERBS, seed: 1 })));
    expect(result.ok && result.flow.nodes.length).toBe(MAX_VERBS + 1);
  });

  it('counts every node but the incoming call, and is passed at one verb more than the limit', () => {
    const atLimit = generateFlow({ verbs: MAX_VERBS, seed: 2 });
    expect(verbCount(atLimit.nodes)).toBe(MAX_VERBS);
    expect(overVerbLimit(atLimit.nodes)).toBeUndefined();
    const over = generateFlow({ verbs: MAX_VERBS + 1, seed: 2 });
    expect(overVerbLimit(over.nodes)).toBe(tooManyVerbsMessage(MAX_VERBS + 1));
    expect(readFlowFile(writeFlowFile(over))).toMatchObject({ ok: false, overLimit: true });
    expect(verbCount([])).toBe(0);
  });
});
