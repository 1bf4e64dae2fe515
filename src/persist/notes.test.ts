/**
 * Notes are saved with the flow: flow files, the library and the clipboard keep them; repair
 * keeps them and takes away only what a note cannot have; files from before notes open unchanged,
 * and a file with notes is refused, with a plain message, by a version that does not know them.
 */
import { describe, expect, it } from 'vitest';
import { extractFragment } from '../model/fragment';
import { FLOW_FORMAT, FLOW_VERSION, type Flow } from '../schema/flow';
import { NOTE_KIND } from '../notes';
import { addVerb, buildFlow, reject, say } from '../test/builders';
import { memoryStorage } from '../test/storage';
import { parseFragment } from './clipboard';
import { readFlowFile, restoreFlow, writeFlowFile } from './flowFile';
import { FlowLibrary } from './library';
import { migrate } from './migrations';

const TEXT = 'Ask Sam before changing the hours.\nSecond line.';

function flowWithNote(): { flow: Flow; note: string; say: string } {
  const { flow, ids } = buildFlow('rcml', say('Welcome'), reject('busy'));
  const added = addVerb(flow, { kind: NOTE_KIND, text: TEXT });
  return { flow: added.flow, note: added.nodeId, say: ids[0]! };
}

describe('notes saved with the flow', () => {
  it('a flow file keeps its notes, exactly, with nothing to repair', () => {
    const { flow } = flowWithNote();
    const read = readFlowFile(writeFlowFile(flow));
    expect(read).toEqual({ ok: true, flow });
  });

  it('the library keeps them, and does not count them as verbs', () => {
    const { flow } = flowWithNote();
    const library = new FlowLibrary(memoryStorage(), 'tab-a', () => 1_700_000_000_000);
    expect(library.save(flow, null).ok).toBe(true);
    expect(library.load(flow.id)?.flow).toEqual(flow);
    // The flow list counts the call's verbs (Say, Reject), not the note.
    expect(library.list().find((s) => s.id === flow.id)?.verbs).toBe(2);
  });

  it('the clipboard keeps them', () => {
    const { flow, note, say } = flowWithNote();
    const fragment = extractFragment(flow, [say, note])!;
    const pasted = parseFragment(JSON.stringify(fragment));
    expect(pasted?.nodes).toEqual(fragment.nodes);
    expect(pasted?.repairs).toBeUndefined();
  });

  it('a file saved before notes (version 3) opens unchanged but for its version', () => {
    const { flow } = buildFlow('rcml', say('Welcome'));
    const older = { ...flow, version: 3 };
    const read = restoreFlow(JSON.parse(JSON.stringify(older)));
    expect(read).toEqual({ ok: true, flow, migratedFrom: 3 });
    expect(migrate(older, 3, FLOW_VERSION, { flowId: 'x' })).toEqual(flow);
  });

  it('the format version says a file may hold notes, so older versions refuse it plainly', () => {
    // Version 3 read a note as a verb it does not know and dropped it; from 4 on it is refused.
    expect(FLOW_VERSION).toBeGreaterThanOrEqual(4);
    const newer = restoreFlow({ ...flowWithNote().flow, version: FLOW_VERSION + 1 });
    expect(newer.ok === false && newer.error).toMatch(/saved by a newer RCML Studio/);
  });

  it('repair keeps a note and takes away connections and values a note cannot have', () => {
    const { flow, note, say } = flowWithNote();
    const damaged = {
      ...flow,
      format: FLOW_FORMAT,
      nodes: flow.nodes.map((n) =>
        n.id === note ? { ...n, attributes: { colour: 'pink' }, label: 'Sam' } : n,
      ),
      edges: [
        ...flow.edges,
        { id: `${note}:next`, source: note, outlet: 'next', target: say },
        { id: 'reject-1:next', source: 'reject-1', outlet: 'next', target: note },
      ],
    };
    const read = restoreFlow(damaged);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.flow.nodes.find((n) => n.id === note)).toEqual(
      flow.nodes.find((n) => n.id === note),
    );
    expect(read.flow.edges).toEqual(flow.edges);
    expect(read.repairs).toHaveLength(3);
    expect(read.repairs!.join(' ')).toMatch(/a note cannot be connected/);
  });

  it('a note is never nested inside a verb', () => {
    const { flow } = buildFlow('rcml', say('Welcome'));
    const damaged = {
      ...flow,
      nodes: flow.nodes.map((n) =>
        n.id === 'say-1' ? { ...n, children: [{ id: 'n', kind: NOTE_KIND, attributes: {} }] } : n,
      ),
    };
    const read = restoreFlow(damaged);
    expect(read.ok && read.flow.nodes[1]!.children).toEqual([]);
  });
});
