import { describe, expect, it } from 'vitest';
import { FlowSerializer, MAIN_DOCUMENT, serializeFlow } from './serialize';
import { planDocuments } from '../model/documents';
import { updateNode } from '../model/operations';
import { addVerb, buildFlow, flowOf, nodeOf, pause, reject, say, xmlOf } from '../test/builders';
import { DEFAULT_REASON, DIALECTS, REJECT_FACTS, reasonsOf } from '../test/rejectFacts';
import { onlyVerb, verbsOf } from '../test/xmlTree';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** The exact document whose `<Response>` holds `lines`, one verb per line. */
function documentWith(...lines: string[]): string {
  return [DECLARATION, '<Response>', ...lines.map((l) => `  ${l}`), '</Response>', ''].join('\n');
}

const everyReason = DIALECTS.flatMap((dialect) =>
  reasonsOf(dialect).map((reason) => ({ dialect, reason })),
);

describe('Reject reasons', () => {
  it('writes the exact document for a one-Reject RCML flow', () => {
    expect(xmlOf(flowOf('rcml', reject('busy')))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Reject reason="busy"/>\n</Response>\n',
    );
  });

  it('covers the documented number of reasons per dialect', () => {
    expect(DIALECTS.map((d) => reasonsOf(d).length)).toEqual([8, 12, 7]);
  });

  it.each(everyReason)(
    '$dialect writes reason $reason with its documented spelling and case',
    ({ dialect, reason }) => {
      const attribute = REJECT_FACTS[dialect].reasonAttribute;
      expect(xmlOf(flowOf(dialect, reject(reason)))).toBe(
        documentWith(`<Reject ${attribute}="${reason}"/>`),
      );
    },
  );

  it.each(DIALECTS)('%s writes the default reason when it is set explicitly', (dialect) => {
    const attribute = REJECT_FACTS[dialect].reasonAttribute;
    expect(xmlOf(flowOf(dialect, reject(DEFAULT_REASON)))).toBe(
      documentWith(`<Reject ${attribute}="rejected"/>`),
    );
  });

  it.each(DIALECTS)(
    '%s writes the default reason when the node has no reason at all',
    (dialect) => {
      const { flow, ids } = buildFlow(dialect, reject(undefined));
      expect(flow.nodes.find((n) => n.id === ids[0])?.attributes).not.toHaveProperty('reason');
      const attribute = REJECT_FACTS[dialect].reasonAttribute;
      expect(xmlOf(flow)).toBe(documentWith(`<Reject ${attribute}="rejected"/>`));
    },
  );

  it('writes VoiceML ErrorMessage with a capital E and M', () => {
    const flow = flowOf('voiceml', reject('busy', { errorMessage: 'Blocked caller' }));
    expect(xmlOf(flow)).toBe(documentWith('<Reject Reason="busy" ErrorMessage="Blocked caller"/>'));
  });

  it('writes a FlexML intermediary-rejected message as the element body', () => {
    const flow = flowOf('flexml', reject('intermediary-rejected', { text: 'message' }));
    expect(xmlOf(flow)).toBe(
      documentWith('<Reject reason="intermediary-rejected">message</Reject>'),
    );
  });

  it('never writes a lower-case reason attribute in VoiceML, nor a capitalised one elsewhere', () => {
    for (const dialect of DIALECTS) {
      const element = onlyVerb(xmlOf(flowOf(dialect, reject('busy'))));
      expect(Object.keys(element.attributes)).toEqual([REJECT_FACTS[dialect].reasonAttribute]);
    }
  });
});

describe('attribute order', () => {
  it('writes VoiceML Reason before ErrorMessage whatever order they were set in', () => {
    // Remove the reason, set the message, then the reason: the node's keys are in reverse order.
    const { flow, ids } = buildFlow('voiceml', reject(undefined, { errorMessage: 'Sorry' }));
    const reordered = updateNode(flow, ids[0]!, { attributes: { reason: 'busy' } });
    expect(Object.keys(nodeOf(reordered, ids[0]!).attributes)).toEqual(['errorMessage', 'reason']);
    expect(xmlOf(reordered)).toBe(documentWith('<Reject Reason="busy" ErrorMessage="Sorry"/>'));
  });

  it('writes Say attributes in catalog order: voice, language, loop', () => {
    const flow = flowOf('rcml', say('Hello', { loop: '2', language: 'fr', voice: 'woman' }));
    expect(xmlOf(flow)).toBe(documentWith('<Say voice="woman" language="fr" loop="2">Hello</Say>'));
  });
});

describe('documents', () => {
  it('writes an empty Response for a flow with no verb', () => {
    expect(xmlOf(flowOf('rcml'))).toBe(`${DECLARATION}\n<Response/>\n`);
  });

  it('writes the main chain in order, with two-space indentation', () => {
    const flow = flowOf('rcml', pause('2'), say('Hi'), { kind: 'hangup' });
    expect(xmlOf(flow)).toBe(documentWith('<Pause length="2"/>', '<Say>Hi</Say>', '<Hangup/>'));
  });

  it('leaves out verbs not connected to the incoming call', () => {
    const { flow } = buildFlow('rcml', reject('busy'));
    const withStray = addVerb(flow, say('never said')).flow;
    expect(verbsOf(xmlOf(withStray)).map((v) => v.name)).toEqual(['Reject']);
  });

  it('names the main document main.xml and lists its nodes', () => {
    const { flow, ids } = buildFlow('rcml', pause('1'), reject('busy'));
    const [main, ...others] = serializeFlow(flow);
    expect(others).toEqual([]);
    expect(main?.fileName).toBe(MAIN_DOCUMENT);
    expect(MAIN_DOCUMENT).toBe('main.xml');
    expect(planDocuments(flow).documents[0]!.nodes.map((n) => n.id)).toEqual(ids);
  });

  it('returns the same string for the same flow from one serializer (preview and export are the same bytes)', () => {
    const flow = flowOf('flexml', reject('busy-here'));
    const serializer = new FlowSerializer();
    const documents = serializeFlow(flow, serializer);
    expect(serializeFlow(flow, serializer)).toBe(documents);
    // After another flow, the first is still known (the preview may show the flow last checked).
    serializeFlow(flowOf('rcml', reject('busy')), serializer);
    expect(serializer.serialize(flow)).toBe(documents);
    // Nothing is kept at module level: without a serializer, the flow is written again.
    expect(serializeFlow(flow)).not.toBe(serializeFlow(flow));
    expect(serializeFlow(flow)).toEqual(documents);
  });
});
