import { describe, expect, it } from 'vitest';
import { removeNodes, updateChild, updateNode } from '../../model/operations';
import type { FillIn, Flow } from '../../schema/flow';
import { buildFlow, say } from '../../test/builders';
import { child, nestedFlow } from '../../test/nested';
import { PLAIN_SENTENCE } from '../../test/validation';
import { validationContext } from '..';
import { fillIn, stillToFill } from './fillIn';

/** What the rule finds, run on its own (as validateFlow runs it once it is registered). */
function findings(flow: Flow) {
  return [...fillIn.check(validationContext(flow))];
}

const OFFICE = '+14155550100';

function greetingFlow(text = 'Thank you for calling Example Company.') {
  const { flow, ids } = buildFlow('rcml', say(text));
  const entry: FillIn = {
    nodeId: ids[0]!,
    field: 'text',
    what: 'your business’s name',
    example: 'Example Company',
  };
  return { flow: { ...flow, fillIn: [entry] }, nodeId: ids[0]! };
}

describe('fill-in', () => {
  it('is a warning, so that a template is valid as it stands', () => {
    expect(fillIn.severity).toBe('warning');
  });

  it('warns while a field still holds the template’s example, where it is', () => {
    const { flow, nodeId } = greetingFlow();
    const found = findings(flow);
    expect(found).toEqual([{ nodeId, field: 'text', message: expect.any(String) }]);
    expect(found[0]!.message).toBe(
      'Fill in your business’s name: “Example Company” is only the template’s example.',
    );
    expect(found[0]!.message).toMatch(PLAIN_SENTENCE);
  });

  it('is quiet once the user wrote their own value', () => {
    const { flow, nodeId } = greetingFlow();
    const filled = updateNode(flow, nodeId, { text: 'Thank you for calling Acme Plumbing.' });
    expect(findings(filled)).toEqual([]);
    expect(stillToFill(filled, filled.fillIn![0]!)).toBeUndefined();
  });

  it('says a field is empty when the example was deleted and nothing written', () => {
    const { flow, nodeId } = greetingFlow();
    const emptied = updateNode(flow, nodeId, { text: '' });
    expect(findings(emptied).map((f) => f.message)).toEqual([
      'Fill in your business’s name: it is empty.',
    ]);
  });

  it('still warns while the example is one line of a list among the user’s own', () => {
    const { flow, ids } = buildFlow('rcml', 'checkCaller');
    const listed = updateNode(flow, ids[0]!, {
      attributes: { numbers: `+33612345678\n${OFFICE}` },
    });
    const entry: FillIn = {
      nodeId: ids[0]!,
      field: 'numbers',
      what: 'the numbers to block',
      example: OFFICE,
    };
    expect(findings({ ...listed, fillIn: [entry] })).toHaveLength(1);
    const own = updateNode(listed, ids[0]!, { attributes: { numbers: '+33612345678' } });
    expect(findings({ ...own, fillIn: [entry] })).toEqual([]);
  });

  it('points into a nested element: a Dial’s Number', () => {
    const { flow, nodeId, childIds } = nestedFlow('rcml', 'dial', child('number', OFFICE));
    const entry: FillIn = {
      nodeId: nodeId,
      childId: childIds[0]!,
      field: 'text',
      what: 'the office number',
      example: OFFICE,
    };
    const marked = { ...flow, fillIn: [entry] };
    expect(findings(marked)).toEqual([
      { nodeId, childId: childIds[0], field: 'text', message: expect.any(String) },
    ]);
    const filled = updateChild(marked, nodeId, childIds[0]!, { text: '+33612345678' });
    expect(findings(filled)).toEqual([]);
  });

  it('reads attributes too: a Number’s Screening URL', () => {
    const { flow, nodeId, childIds } = nestedFlow('rcml', 'dial', child('number', '+33612345678'));
    const url = 'https://example.com/whisper.xml';
    const withUrl = updateChild(flow, nodeId, childIds[0]!, { attributes: { url } });
    const entry: FillIn = {
      nodeId: nodeId,
      childId: childIds[0]!,
      field: 'url',
      what: 'the address of the whisper document',
      example: url,
    };
    expect(findings({ ...withUrl, fillIn: [entry] })).toHaveLength(1);
  });

  it('says nothing of a field whose verb was deleted: there is nothing left to fill', () => {
    const { flow, nodeId } = greetingFlow();
    const deleted = removeNodes(flow, new Set([nodeId]));
    expect(deleted.fillIn).toHaveLength(1);
    expect(findings(deleted)).toEqual([]);
    const { flow: dial, nodeId: dialId } = nestedFlow('rcml', 'dial', child('number', OFFICE));
    const gone = {
      ...dial,
      fillIn: [{ nodeId: dialId, childId: 'number-9', field: 'text', what: 'x', example: OFFICE }],
    };
    expect(findings(gone)).toEqual([]);
  });

  it('is quiet once the user has edited the example away and typed it back on purpose', () => {
    const { flow, nodeId } = greetingFlow();
    const typing = updateNode(flow, nodeId, { text: 'Thank you for calling Example' });
    const retyped = updateNode(typing, nodeId, { text: 'Thank you for calling Example Company.' });
    expect(findings(retyped)).toEqual([]);
    // Emptied later, it asks again, as for any field to fill.
    expect(findings(updateNode(retyped, nodeId, { text: '' })).map((f) => f.message)).toEqual([
      'Fill in your business’s name: it is empty.',
    ]);
  });

  it('keeps warning while every edit leaves the example in place (a line added below it)', () => {
    const { flow, ids } = buildFlow('rcml', 'checkCaller');
    const entry: FillIn = { nodeId: ids[0]!, field: 'numbers', what: 'x', example: OFFICE };
    const marked = {
      ...updateNode(flow, ids[0]!, { attributes: { numbers: OFFICE } }),
      fillIn: [entry],
    };
    const added = updateNode(marked, ids[0]!, {
      attributes: { numbers: `${OFFICE}\n+33612345678` },
    });
    expect(findings(added)).toHaveLength(1);
  });

  it('releases a nested example retyped on purpose: a Dial’s Number', () => {
    const { flow, nodeId, childIds } = nestedFlow('rcml', 'dial', child('number', OFFICE));
    const entry: FillIn = {
      nodeId,
      childId: childIds[0]!,
      field: 'text',
      what: 'x',
      example: OFFICE,
    };
    const marked = { ...flow, fillIn: [entry] };
    const cleared = updateChild(marked, nodeId, childIds[0]!, { text: '+1415' });
    const retyped = updateChild(cleared, nodeId, childIds[0]!, { text: OFFICE });
    expect(findings(retyped)).toEqual([]);
  });

  it('says nothing for a flow not made from a template', () => {
    const { flow } = buildFlow('rcml', say('Thank you for calling Example Company.'));
    expect(findings(flow)).toEqual([]);
    const { flow: more } = nestedFlow('rcml', 'gather', child('say', 'Example Company'));
    expect(findings(more)).toEqual([]);
  });
});
