/**
 * What a document becomes: a `next` chain from the incoming call with readable ids, attributes
 * by catalog name, nested elements as children, text exactly as written. Expected values are
 * written by hand from rcml-verbs.md.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFlow } from '../../model/graph';
import { START_NODE_ID } from '../../schema/flow';
import { importedFlow, nodeOf } from '../../test/builders';
import { COLUMN_WIDTH, ROW_HEIGHT } from './build';
import { parseRcml } from './parse';
import { exported, imported, semanticTree } from '../../test/importing';
import { describeProblem } from './types';

const doc = (...verbs: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n${verbs.map((v) => `  ${v}\n`).join('')}</Response>\n`;

describe('a document becomes a chain of verbs', () => {
  const xml = doc(
    '<Pause length="2"/>',
    '<Say voice="woman" language="en-gb">Welcome to Acme.</Say>',
    '<Say>Please hold.</Say>',
    '<Reject reason="busy"/>',
  );

  it('runs the verbs in order from the incoming call, with readable ids', () => {
    const { flow } = imported(xml);
    expect(analyzeFlow(flow).mainChain.map((n) => n.id)).toEqual([
      'pause-1',
      'say-1',
      'say-2',
      'reject-1',
    ]);
    expect(flow.edges.map((e) => e.id)).toEqual([
      'start:next',
      'pause-1:next',
      'say-1:next',
      'say-2:next',
    ]);
    expect(flow.nodes[0]!.id).toBe(START_NODE_ID);
  });

  it('reads attributes by catalog name and the body as text', () => {
    const { flow } = imported(xml);
    expect(nodeOf(flow, 'say-1')).toMatchObject({
      kind: 'say',
      attributes: { voice: 'woman', language: 'en-gb' },
      text: 'Welcome to Acme.',
    });
    expect(nodeOf(flow, 'pause-1').attributes).toEqual({ length: '2' });
    expect(nodeOf(flow, 'reject-1').attributes).toEqual({ reason: 'busy' });
  });

  it('lays the verbs out in a column, 130 px apart', () => {
    const { flow } = imported(xml);
    expect(flow.nodes.map((n) => n.position)).toEqual(
      [0, 1, 2, 3, 4].map((row) => ({ x: 0, y: row * ROW_HEIGHT })),
    );
    expect(COLUMN_WIDTH).toBeGreaterThan(200);
  });

  it('exports the same document, byte for byte', () => {
    expect(exported(imported(xml).flow)['main.xml']).toBe(xml);
  });

  it('names the flow as asked, and in the dialect asked', () => {
    const result = parseRcml(xml, { name: 'Night line', dialect: 'flexml' });
    expect(result.ok && [result.flow.name, result.flow.dialect, result.dialect]).toEqual([
      'Night line',
      'flexml',
      'flexml',
    ]);
  });

  it('imports an empty <Response/> as a flow with only the incoming call', () => {
    const { flow, warnings } = imported('<Response/>');
    expect(flow.nodes.map((n) => n.id)).toEqual([START_NODE_ID]);
    expect(flow.edges).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([
      'The document has no verbs: <Response> is empty.',
    ]);
  });
});

describe('nested nouns and verbs', () => {
  it('become children with ids unique in the node', () => {
    const { flow } = imported(
      doc(
        '<Dial callerId="+14155550100" timeout="20">\n    <Number sendDigits="ww12">+14155550123</Number>\n    <Client>alice</Client>\n    <Number>+14155550124</Number>\n  </Dial>',
      ),
    );
    const dial = nodeOf(flow, 'dial-1');
    expect(dial.attributes).toEqual({ callerId: '+14155550100', timeout: '20' });
    expect(dial.text).toBeUndefined();
    expect(dial.children).toEqual([
      {
        id: 'number-1',
        kind: 'number',
        attributes: { sendDigits: 'ww12' },
        text: '+14155550123',
      },
      { id: 'client-2', kind: 'client', attributes: {}, text: 'alice' },
      { id: 'number-3', kind: 'number', attributes: {}, text: '+14155550124' },
    ]);
  });

  it('keeps Gather prompts in order', () => {
    const { flow } = imported(
      doc(
        '<Gather numDigits="1" action="https://example.com/menu"><Say>Press 1.</Say><Pause length="1"/><Play>https://example.com/beep.wav</Play></Gather>',
      ),
    );
    const gather = nodeOf(flow, 'gather-1');
    expect(gather.attributes).toEqual({ numDigits: '1', action: 'https://example.com/menu' });
    expect(gather.children?.map((c) => [c.id, c.kind, c.text])).toEqual([
      ['say-1', 'say', 'Press 1.'],
      ['pause-2', 'pause', undefined],
      ['play-3', 'play', 'https://example.com/beep.wav'],
    ]);
  });
});

describe('text', () => {
  // The platform trims element text (rcml-verbs.md §1); the import keeps it exactly as written,
  // so that a round trip never changes a document. Only whitespace between child elements is
  // layout, and dropped.
  it('is kept exactly, leading and trailing whitespace included', () => {
    const { flow } = imported(doc('<Say>\n    Welcome,\tcaller.  \n  </Say>'));
    expect(nodeOf(flow, 'say-1').text).toBe('\n    Welcome,\tcaller.  \n  ');
  });

  it('reads CDATA, entities and character references', () => {
    const { flow } = imported(
      doc('<Say>R&amp;D <![CDATA[<b>&amp;</b>]]> &#233;&#x20AC; &lt;&gt;&quot;&apos;</Say>'),
    );
    expect(nodeOf(flow, 'say-1').text).toBe('R&D <b>&amp;</b> é€ <>"\'');
  });

  it('reads line ends as LF and attribute whitespace as spaces, as XML does', () => {
    const { flow } = imported(
      '<Response>\r\n<Say language="en\tgb">a\r\nb\rc</Say>\r\n</Response>',
    );
    expect(nodeOf(flow, 'say-1')).toMatchObject({
      text: 'a\nb\nc',
      attributes: { language: 'en gb' },
    });
  });

  it('leaves an empty element without text', () => {
    const { flow } = imported(doc('<Say></Say>', '<Play/>'));
    expect('text' in nodeOf(flow, 'say-1')).toBe(false);
    expect('text' in nodeOf(flow, 'play-1')).toBe(false);
  });
});

describe('attributes', () => {
  it('keeps an attribute the catalog does not know under its XML name, and writes it back', () => {
    const xml = doc(
      '<Email to="a@example.com" from="b@example.com" statusCallback="https://x/cb">Hi</Email>',
    );
    const { flow, warnings } = imported(xml);
    expect(nodeOf(flow, 'email-1').attributes).toEqual({
      to: 'a@example.com',
      from: 'b@example.com',
      statusCallback: 'https://x/cb',
    });
    expect(warnings[0]!.message).toContain('statusCallback');
    expect(semanticTree(exported(flow)['main.xml']!)).toEqual(semanticTree(xml));
  });

  it('reads attributes in any order and with single quotes', () => {
    const { flow } = imported("<Response><Say loop='2' voice='man'>x</Say></Response>");
    expect(nodeOf(flow, 'say-1').attributes).toEqual({ voice: 'man', loop: '2' });
  });

  it('keeps names such as __proto__ as plain data', () => {
    const { flow } = imported('<Response><Say __proto__="x" constructor="y">z</Say></Response>');
    const attributes = nodeOf(flow, 'say-1').attributes;
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(Object.entries(attributes)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
  });

  it('leaves out empty values, which the export would not write', () => {
    const { flow, warnings } = imported('<Response><Say voice="">x</Say></Response>');
    expect(nodeOf(flow, 'say-1').attributes).toEqual({});
    expect(warnings[0]!.message).toContain('empty voice');
  });
});

describe('messages', () => {
  it('name the file given to parseRcml, and read as one line', () => {
    const result = parseRcml('<Response>\n<Say>', { fileName: 'night.xml' });
    expect(!result.ok && result.error).toMatchObject({ fileName: 'night.xml', line: 2, column: 1 });
    expect(!result.ok && describeProblem(result.error)).toBe(
      'night.xml, line 2, column 1: <Say> is opened here but never closed: the document ends before </Say>.',
    );
    expect(describeProblem({ message: 'The file is empty.' })).toBe('The file is empty.');
  });

  it('leave the file name out when none was given', () => {
    const result = parseRcml('<Response><SMS/></Response>');
    expect(result.ok && result.warnings[0]).not.toHaveProperty('fileName');
  });
});

describe('test builders', () => {
  it('importedFlow gives the flow of a document', () => {
    expect(nodeOf(importedFlow('<Response><Hangup/></Response>'), 'hangup-1').kind).toBe('hangup');
    expect(() => importedFlow('<response/>')).toThrow(/root element is <response>/);
  });
});
