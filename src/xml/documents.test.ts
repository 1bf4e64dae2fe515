/**
 * The documents a flow exports: action URLs, the Redirects that join documents, and the base
 * URL (design.md, "The flow model"). Expected XML is written by hand.
 */
import { describe, expect, it } from 'vitest';
import { planDocuments } from '../model/documents';
import { connect, updateChild, updateNode } from '../model/operations';
import type { Flow } from '../schema/flow';
import { addVerb, buildFlow, say } from '../test/builders';
import { addAt, addChildren, child } from '../test/nested';
import { onlyVerb, verbsOf } from '../test/xmlTree';
import { serializeFlow } from './serialize';

/** The ids of each document's verbs, as the export writes them. */
function nodeIdsOf(flow: Flow): string[][] {
  return planDocuments(flow).documents.map((d) => d.nodes.map((n) => n.id));
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** The exact document whose `<Response>` holds `lines` (already indented past the root). */
function documentWith(...lines: string[]): string {
  return [DECLARATION, '<Response>', ...lines.map((l) => `  ${l}`), '</Response>', ''].join('\n');
}

function files(flow: Flow): string[] {
  return serializeFlow(flow).map((d) => d.fileName);
}

function xmlIn(flow: Flow, fileName: string): string {
  const document = serializeFlow(flow).find((d) => d.fileName === fileName);
  if (!document) throw new Error(`No document ${fileName} in ${files(flow).join(', ')}`);
  return document.xml;
}

/** main: Dial +14155550123, whose "After the call" leads to a Record labelled Voicemail. */
function dialToVoicemail(baseUrl = '') {
  const built = buildFlow('rcml', { kind: 'dial' });
  const dialId = built.ids[0]!;
  const numbered = addChildren(built.flow, dialId, child('number', '+14155550123')).flow;
  const rec = addAt(numbered, dialId, 'action', {
    kind: 'record',
    label: 'Voicemail',
    attributes: { maxLength: '60' },
  });
  return { flow: { ...rec.flow, baseUrl }, dialId, recordId: rec.nodeId };
}

describe('action outlets', () => {
  it('writes main.xml and voicemail.xml, and Dial points at voicemail.xml', () => {
    const { flow, dialId, recordId } = dialToVoicemail();
    const documents = serializeFlow(flow);
    expect(documents.map((d, at) => [d.fileName, nodeIdsOf(flow)[at]])).toEqual([
      ['main.xml', [dialId]],
      ['voicemail.xml', [recordId]],
    ]);
    expect(documents[0]!.xml).toBe(
      documentWith('<Dial action="voicemail.xml">', '  <Number>+14155550123</Number>', '</Dial>'),
    );
    expect(documents[1]!.xml).toBe(documentWith('<Record maxLength="60"/>'));
  });

  it.each(['https://example.com/ivr', 'https://example.com/ivr/'])(
    'writes action URLs under the base URL %j',
    (baseUrl) => {
      const { flow } = dialToVoicemail(baseUrl);
      expect(files(flow)).toEqual(['main.xml', 'voicemail.xml']);
      expect(onlyVerb(xmlIn(flow, 'main.xml')).attributes).toEqual({
        action: 'https://example.com/ivr/voicemail.xml',
      });
    },
  );

  it('writes an unlabelled target as <nodeId>.xml', () => {
    const { flow, dialId, recordId } = dialToVoicemail();
    const unlabelled = updateNode(flow, recordId, { label: undefined });
    expect(files(unlabelled)).toEqual(['main.xml', `${recordId}.xml`]);
    expect(onlyVerb(xmlIn(unlabelled, 'main.xml')).attributes.action).toBe(`${recordId}.xml`);
    expect(dialId).toBe('dial-1');
    expect(recordId).toBe('record-1');
  });

  it('writes a typed action URL when the outlet is not connected', () => {
    const built = buildFlow('rcml', {
      kind: 'gather',
      attributes: { action: 'https://other.example.com/menu.xml', numDigits: '1' },
    });
    expect(files(built.flow)).toEqual(['main.xml']);
    expect(xmlIn(built.flow, 'main.xml')).toBe(
      documentWith('<Gather action="https://other.example.com/menu.xml" numDigits="1"/>'),
    );
  });

  it('writes the connection, not a URL typed after connecting', () => {
    const { flow, dialId } = dialToVoicemail();
    const typed = updateNode(flow, dialId, {
      attributes: { action: 'https://other.example.com/x.xml' },
    });
    expect(onlyVerb(xmlIn(typed, 'main.xml')).attributes.action).toBe('voicemail.xml');
  });

  it('writes the document of a target whose label is "main" as main-2.xml', () => {
    const { flow, recordId } = dialToVoicemail();
    const renamed = updateNode(flow, recordId, { label: 'main' });
    expect(files(renamed)).toEqual(['main.xml', 'main-2.xml']);
    expect(onlyVerb(xmlIn(renamed, 'main.xml')).attributes.action).toBe('main-2.xml');
    expect(xmlIn(renamed, 'main-2.xml')).toBe(documentWith('<Record maxLength="60"/>'));
  });

  it('gives the second target with the same file name a -2, in its URL too', () => {
    const built = buildFlow('rcml', { kind: 'gather' }, { kind: 'sms', text: 'Thanks' });
    const [gatherId, smsId] = built.ids as [string, string];
    const a = addAt(built.flow, gatherId, 'action', { kind: 'say', text: 'A', label: 'Next' });
    const b = addAt(a.flow, smsId, 'action', { kind: 'say', text: 'B', label: 'NEXT' });
    expect(files(b.flow)).toEqual(['main.xml', 'next.xml', 'next-2.xml']);
    expect(xmlIn(b.flow, 'main.xml')).toBe(
      documentWith('<Gather action="next.xml"/>', '<Sms action="next-2.xml">Thanks</Sms>'),
    );
    expect(xmlIn(b.flow, 'next.xml')).toBe(documentWith('<Say>A</Say>'));
    expect(xmlIn(b.flow, 'next-2.xml')).toBe(documentWith('<Say>B</Say>'));
  });

  it('leaves unreachable verbs out of every document', () => {
    const { flow } = dialToVoicemail();
    const stray = addVerb(flow, say('never said', {})).flow;
    const documents = serializeFlow(stray);
    expect(documents.map((d) => d.fileName)).toEqual(['main.xml', 'voicemail.xml']);
    for (const d of documents) expect(d.xml).not.toContain('never said');
  });
});

describe('Redirect "Go to"', () => {
  it('writes the target document as the body of a connected Redirect', () => {
    const built = buildFlow('rcml', say('One moment'), {
      kind: 'redirect',
      attributes: { method: 'GET' },
    });
    const sales = addAt(built.flow, built.ids[1]!, 'action', {
      kind: 'say',
      text: 'Sales here',
      label: 'Sales',
    });
    const flow = { ...sales.flow, baseUrl: 'https://example.com/ivr' };
    expect(files(flow)).toEqual(['main.xml', 'sales.xml']);
    expect(xmlIn(flow, 'main.xml')).toBe(
      documentWith(
        '<Say>One moment</Say>',
        '<Redirect method="GET">https://example.com/ivr/sales.xml</Redirect>',
      ),
    );
    expect(xmlIn(flow, 'sales.xml')).toBe(documentWith('<Say>Sales here</Say>'));
  });

  it('writes a typed body when "Go to" is not connected', () => {
    const built = buildFlow('rcml', { kind: 'redirect', text: 'https://other.example.com/a.xml' });
    expect(files(built.flow)).toEqual(['main.xml']);
    expect(xmlIn(built.flow, 'main.xml')).toBe(
      documentWith('<Redirect>https://other.example.com/a.xml</Redirect>'),
    );
  });

  it('writes main.xml as the body of a Redirect that goes back to the first verb', () => {
    const built = buildFlow('rcml', say('Menu'), say('Again'), { kind: 'redirect' });
    const back = connect(built.flow, built.ids[2]!, 'action', built.ids[0]!);
    expect(files(back)).toEqual(['main.xml']);
    expect(xmlIn(back, 'main.xml')).toBe(
      documentWith('<Say>Menu</Say>', '<Say>Again</Say>', '<Redirect>main.xml</Redirect>'),
    );
  });
});

describe('joins and loops', () => {
  it('ends a chain that runs into another document with a Redirect to it', () => {
    // main: Gather -next-> Goodbye; Gather -action-> Thanks -next-> Goodbye.
    const built = buildFlow(
      'rcml',
      { kind: 'gather', attributes: { numDigits: '1' } },
      {
        kind: 'say',
        text: 'Goodbye',
        label: 'Goodbye',
      },
    );
    const [gatherId, byeId] = built.ids as [string, string];
    const thanks = addAt(built.flow, gatherId, 'action', {
      kind: 'say',
      text: 'Thanks',
      label: 'Thanks',
    });
    const joined = connect(thanks.flow, thanks.nodeId, 'next', byeId);
    expect(files(joined)).toEqual(['main.xml', 'thanks.xml', 'goodbye.xml']);
    expect(xmlIn(joined, 'main.xml')).toBe(
      documentWith(
        '<Gather action="thanks.xml" numDigits="1"/>',
        '<Redirect>goodbye.xml</Redirect>',
      ),
    );
    expect(xmlIn(joined, 'thanks.xml')).toBe(
      documentWith('<Say>Thanks</Say>', '<Redirect>goodbye.xml</Redirect>'),
    );
    expect(xmlIn(joined, 'goodbye.xml')).toBe(documentWith('<Say>Goodbye</Say>'));
  });

  it('writes the joining Redirect under the base URL', () => {
    const built = buildFlow('rcml', { kind: 'gather' }, { kind: 'hangup', label: 'End' });
    const [gatherId, endId] = built.ids as [string, string];
    const thanks = addAt(built.flow, gatherId, 'action', say('Thanks'));
    const joined = connect(thanks.flow, thanks.nodeId, 'next', endId);
    const flow = { ...joined, baseUrl: 'https://example.com/ivr/' };
    const main = verbsOf(xmlIn(flow, 'main.xml'));
    expect(main.map((v) => [v.name, v.attributes, v.text])).toEqual([
      ['Gather', { action: `https://example.com/ivr/${thanks.nodeId}.xml` }, ''],
      ['Redirect', {}, 'https://example.com/ivr/end.xml'],
    ]);
  });

  it('keeps main going when the chain loops back to its first verb, ending with main.xml', () => {
    const built = buildFlow('rcml', say('Still there?'), {
      kind: 'pause',
      attributes: { length: '3' },
    });
    const looped = connect(built.flow, built.ids[1]!, 'next', built.ids[0]!);
    expect(files(looped)).toEqual(['main.xml']);
    expect(xmlIn(looped, 'main.xml')).toBe(
      documentWith(
        '<Say>Still there?</Say>',
        '<Pause length="3"/>',
        '<Redirect>main.xml</Redirect>',
      ),
    );
  });

  it('sends a retry document back to main.xml', () => {
    const built = buildFlow('rcml', { kind: 'gather', attributes: { numDigits: '4' } });
    const gatherId = built.ids[0]!;
    const { flow: prompted } = addChildren(built.flow, gatherId, child('say', 'Enter your PIN'));
    const retry = addAt(prompted, gatherId, 'action', {
      kind: 'say',
      text: 'That PIN is wrong.',
      label: 'Wrong PIN',
    });
    const looped = connect(retry.flow, retry.nodeId, 'next', gatherId);
    expect(files(looped)).toEqual(['main.xml', 'wrong-pin.xml']);
    expect(xmlIn(looped, 'main.xml')).toBe(
      documentWith(
        '<Gather action="wrong-pin.xml" numDigits="4">',
        '  <Say>Enter your PIN</Say>',
        '</Gather>',
      ),
    );
    expect(xmlIn(looped, 'wrong-pin.xml')).toBe(
      documentWith('<Say>That PIN is wrong.</Say>', '<Redirect>main.xml</Redirect>'),
    );
  });
});

describe('a flow with three documents and a join', () => {
  /**
   * main:        Gather (press 1) with a Say prompt; "If no input" -> Goodbye
   *              Gather "After input" -> Voicemail
   * voicemail:   Say, Record; Record "After recording" -> Goodbye
   * goodbye:     Say, Hangup
   * Goodbye is reached from main's next chain and from Record's action: a join.
   */
  function build(): Flow {
    const built = buildFlow(
      'rcml',
      { kind: 'gather', attributes: { numDigits: '1', timeout: '10' } },
      {
        kind: 'say',
        text: 'Goodbye & thanks for calling.',
        label: 'Goodbye',
        attributes: { voice: 'woman' },
      },
      { kind: 'hangup' },
    );
    const [gatherId, byeId] = built.ids as [string, string, string];
    const { flow: prompted, childIds } = addChildren(
      built.flow,
      gatherId,
      child('say', 'Press 1 to leave a message.'),
      child('pause'),
      child('play', 'https://example.com/beep.wav'),
    );
    const withPause = updateChild(prompted, gatherId, childIds[1]!, {
      attributes: { length: '2' },
    });
    const intro = addAt(withPause, gatherId, 'action', {
      kind: 'say',
      text: 'Leave a message after the beep.',
      label: 'Voicemail',
    });
    const rec = addVerb(intro.flow, {
      kind: 'record',
      attributes: { maxLength: '120', playBeep: 'true' },
    });
    let flow = connect(rec.flow, intro.nodeId, 'next', rec.nodeId);
    flow = connect(flow, rec.nodeId, 'action', byeId);
    return { ...flow, baseUrl: 'https://example.com/ivr' };
  }

  it('exports the right documents and redirects', () => {
    const documents = serializeFlow(build());
    expect(documents.map((d) => d.fileName)).toEqual(['main.xml', 'voicemail.xml', 'goodbye.xml']);
    expect(documents[0]!.xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Response>',
        '  <Gather action="https://example.com/ivr/voicemail.xml" timeout="10" numDigits="1">',
        '    <Say>Press 1 to leave a message.</Say>',
        '    <Pause length="2"/>',
        '    <Play>https://example.com/beep.wav</Play>',
        '  </Gather>',
        '  <Redirect>https://example.com/ivr/goodbye.xml</Redirect>',
        '</Response>',
        '',
      ].join('\n'),
    );
    expect(documents[1]!.xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Response>',
        '  <Say>Leave a message after the beep.</Say>',
        '  <Record action="https://example.com/ivr/goodbye.xml" maxLength="120" playBeep="true"/>',
        '</Response>',
        '',
      ].join('\n'),
    );
    expect(documents[2]!.xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Response>',
        '  <Say voice="woman">Goodbye &amp; thanks for calling.</Say>',
        '  <Hangup/>',
        '</Response>',
        '',
      ].join('\n'),
    );
  });

  it('lists each document’s nodes, every exported node exactly once', () => {
    const flow = build();
    const documents = serializeFlow(flow);
    const byId = new Map(flow.nodes.map((n) => [n.id, n.kind]));
    expect(documents).toHaveLength(nodeIdsOf(flow).length);
    expect(nodeIdsOf(flow).map((ids) => ids.map((id) => byId.get(id)))).toEqual([
      ['gather'],
      ['say', 'record'],
      ['say', 'hangup'],
    ]);
    const all = nodeIdsOf(flow).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(flow.nodes.length - 1);
  });
});
