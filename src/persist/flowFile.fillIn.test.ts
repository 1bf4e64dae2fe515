/** Flow files keep a template's fields to fill (Flow.fillIn), and drop a damaged entry with a note. */
import { describe, expect, it } from 'vitest';
import type { FillIn, Flow } from '../schema/flow';
import { buildFlow, say } from '../test/builders';
import { readFlowFile, restoreFlow, writeFlowFile } from './flowFile';

const ENTRY: FillIn = {
  nodeId: 'say-1',
  field: 'text',
  what: 'your business’s name',
  example: 'Example Company',
};

function marked(fillIn: unknown): Flow {
  const { flow } = buildFlow('rcml', say('Thank you for calling Example Company.'));
  return { ...flow, fillIn } as Flow;
}

describe('flow files and fields to fill', () => {
  it('read back what they wrote, nested fields and unknown keys included', () => {
    const nested = { ...ENTRY, childId: 'number-1', field: 'url', note: 'kept' };
    const flow = marked([ENTRY, nested]);
    const read = readFlowFile(writeFlowFile(flow));
    expect(read).toEqual({ ok: true, flow });
  });

  it('leave the field out of flows that have none', () => {
    const read = readFlowFile(writeFlowFile(marked(undefined)));
    expect(read.ok && 'fillIn' in read.flow).toBe(false);
  });

  it('keep an entry whose verb was deleted, as the store does (undo brings the verb back)', () => {
    const stale = { ...ENTRY, nodeId: 'dial-7' };
    const read = restoreFlow(marked([stale]));
    expect(read.ok && read.flow.fillIn).toEqual([stale]);
    expect(read.ok && read.repairs).toBeUndefined();
  });

  it('drop a damaged entry, saying which, and keep the others', () => {
    const read = restoreFlow(
      marked([ENTRY, { nodeId: 'say-1', field: 3 }, 'text', { ...ENTRY, childId: 7 }]),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.flow.fillIn).toEqual([ENTRY]);
    expect(read.repairs).toEqual([2, 3, 4].map((n) => expect.stringContaining(`fill in ${n} `)));
    expect(read.repairs![0]).toBe(
      'Field to fill in 2 of the flow was removed: it does not say, as text, which field it is and what goes there.',
    );
  });

  it('leave out a list of fields to fill that is not a list, with a note', () => {
    const read = restoreFlow(marked({ nodeId: 'say-1' }));
    expect(read.ok && 'fillIn' in read.flow).toBe(false);
    expect(read.ok && read.repairs).toEqual([
      'The flow’s list of fields to fill in was not a list; it was left out.',
    ]);
  });
});
