/**
 * Several documents, one flow: action URLs and Redirect bodies that name an imported document
 * become connections, each document keeps its name through a label, and the export gives back
 * the same files (design.md, "The flow model").
 */
import { describe, expect, it } from 'vitest';
import { analyzeFlow } from '../../model/graph';
import { nodeOf } from '../../test/builders';
import { parseRcmlFiles } from './parse';
import { exported, importedFiles, messages } from '../../test/importing';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const document = (...lines: string[]) =>
  [DECLARATION, '<Response>', ...lines.map((l) => `  ${l}`), '</Response>', ''].join('\n');

const main = document(
  '<Gather action="https://example.com/ivr/menu.xml" numDigits="1">',
  '  <Say>Press 1 for sales.</Say>',
  '</Gather>',
  '<Redirect>https://example.com/ivr/goodbye.xml</Redirect>',
);
const menu = document(
  '<Dial action="https://example.com/ivr/voicemail.xml">',
  '  <Number>+14155550123</Number>',
  '</Dial>',
);
const voicemail = document(
  '<Record maxLength="60"/>',
  '<Redirect>https://example.com/ivr/goodbye.xml</Redirect>',
);
const goodbye = document('<Say>Goodbye.</Say>', '<Hangup/>');

const files = [
  { name: 'voicemail.xml', text: voicemail },
  { name: 'main.xml', text: main },
  { name: 'goodbye.xml', text: goodbye },
  { name: 'menu.xml', text: menu },
];

describe('linked documents', () => {
  it('become one flow: links are connections to the first verb of each document', () => {
    const { flow, warnings } = importedFiles(files);
    expect(warnings).toEqual([]);
    const edges = flow.edges.map((e) => `${e.source} ${e.outlet} ${e.target}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        'start next gather-1',
        'gather-1 next redirect-1',
        'gather-1 action dial-1',
        'redirect-1 action say-1',
        'dial-1 action record-1',
        'record-1 next redirect-2',
        'redirect-2 action say-1',
        'say-1 next hangup-1',
      ]),
    );
    expect(edges).toHaveLength(8);
  });

  it('takes the URLs out of the verbs, and keeps the base URL on the flow', () => {
    const { flow } = importedFiles(files);
    expect(flow.baseUrl).toBe('https://example.com/ivr');
    expect(nodeOf(flow, 'gather-1').attributes).toEqual({ numDigits: '1' });
    expect('text' in nodeOf(flow, 'redirect-1')).toBe(false);
  });

  it('labels each document’s first verb with its file name, so the export names it the same', () => {
    const { flow } = importedFiles(files);
    expect(flow.nodes.filter((n) => n.label).map((n) => [n.id, n.label])).toEqual([
      ['record-1', 'voicemail'],
      ['say-1', 'goodbye'],
      ['dial-1', 'menu'],
    ]);
  });

  it('exports the same documents, byte for byte', () => {
    expect(exported(importedFiles(files).flow)).toEqual({
      'main.xml': main,
      'menu.xml': menu,
      'goodbye.xml': goodbye,
      'voicemail.xml': voicemail,
    });
  });

  it('lays documents out side by side, main first', () => {
    const { flow } = importedFiles(files);
    const columnOf = (id: string) => nodeOf(flow, id).position.x;
    expect(columnOf('gather-1')).toBe(0);
    expect(new Set(['record-1', 'say-1', 'dial-1'].map(columnOf)).size).toBe(3);
    expect(columnOf('record-1')).toBeGreaterThan(0);
    expect(nodeOf(flow, 'hangup-1').position.y - nodeOf(flow, 'say-1').position.y).toBe(130);
  });
});

describe('the main document', () => {
  it('is the one no other document leads to, when there is no main.xml', () => {
    const { flow, warnings } = importedFiles([
      { name: 'end.xml', text: '<Response><Hangup/></Response>' },
      { name: 'start.xml', text: '<Response><Redirect>end.xml</Redirect></Response>' },
    ]);
    expect(analyzeFlow(flow).mainChain.map((n) => n.id)).toEqual(['redirect-1']);
    expect(messages(warnings)).toContain(
      'start.xml is where the call starts, so it is exported as main.xml.',
    );
  });

  it('is the first file when every document is led to', () => {
    const { flow } = importedFiles([
      { name: 'a.xml', text: '<Response><Redirect>b.xml</Redirect></Response>' },
      { name: 'b.xml', text: '<Response><Redirect>a.xml</Redirect></Response>' },
    ]);
    expect(analyzeFlow(flow).mainChain[0]!.id).toBe('redirect-1');
    expect(Object.keys(exported(flow))).toEqual(['main.xml', 'b.xml']);
  });
});

describe('links that cannot be kept exactly', () => {
  it('drops a query string, saying so', () => {
    const { flow, warnings } = importedFiles([
      { name: 'main.xml', text: '<Response><Redirect>next.xml?step=2</Redirect></Response>' },
      { name: 'next.xml', text: '<Response><Hangup/></Response>' },
    ]);
    expect(flow.edges.some((e) => e.id === 'redirect-1:action')).toBe(true);
    expect(messages(warnings)).toContain('“next.xml?step=2” is exported as “next.xml”');
  });

  it('matches a file name ignoring case, and says the export renames it', () => {
    const { flow, warnings } = importedFiles([
      { name: 'main.xml', text: '<Response><Redirect>Next.XML</Redirect></Response>' },
      { name: 'Next.XML', text: '<Response><Hangup/></Response>' },
    ]);
    expect(nodeOf(flow, 'hangup-1').label).toBe('Next');
    expect(messages(warnings)).toContain('Next.XML is exported as next.xml.');
  });

  it('keeps a URL that leads to a document without verbs', () => {
    const { flow, warnings } = importedFiles([
      { name: 'main.xml', text: '<Response><Redirect>empty.xml</Redirect></Response>' },
      { name: 'empty.xml', text: '<Response/>' },
    ]);
    expect(nodeOf(flow, 'redirect-1').text).toBe('empty.xml');
    expect(messages(warnings)).toContain('leads to empty.xml, which has no verbs');
  });

  it('keeps a verb that leads to its own document as a URL', () => {
    const { flow } = importedFiles([
      { name: 'main.xml', text: '<Response><Redirect>main.xml</Redirect></Response>' },
    ]);
    expect(nodeOf(flow, 'redirect-1').text).toBe('main.xml');
    expect(flow.edges).toHaveLength(1);
  });

  it('imports a document nothing leads to, unconnected, with a warning', () => {
    const { flow, warnings } = importedFiles([
      { name: 'main.xml', text: '<Response><Hangup/></Response>' },
      { name: 'spare.xml', text: '<Response><Say>Hi</Say></Response>' },
    ]);
    expect(nodeOf(flow, 'say-1').label).toBe('spare');
    expect(flow.edges.some((e) => e.target === 'say-1')).toBe(false);
    expect(warnings).toEqual([
      {
        message:
          'Nothing leads to spare.xml from the main document. Its verbs are imported unconnected, and are not exported until you connect them.',
        fileName: 'spare.xml',
        nodeId: 'say-1',
      },
    ]);
  });

  it('writes links that used other addresses under the one base URL, saying so', () => {
    const { flow, warnings } = importedFiles([
      {
        name: 'main.xml',
        text: '<Response><Sms action="https://a.example/x/next.xml">Hi</Sms><Redirect>https://a.example/x/next.xml</Redirect></Response>',
      },
      { name: 'next.xml', text: '<Response><Redirect>other.xml</Redirect></Response>' },
      { name: 'other.xml', text: '<Response><Hangup/></Response>' },
    ]);
    expect(flow.baseUrl).toBe('https://a.example/x');
    expect(messages(warnings)).toContain(
      '<Redirect> URL “other.xml” is exported as “https://a.example/x/other.xml”',
    );
  });
});

describe('refusals name the file', () => {
  it('refuses the whole import when one document is refused', () => {
    const result = parseRcmlFiles([
      { name: 'main.xml', text: '<Response><Hangup/></Response>' },
      { name: 'flows/broken.xml', text: '<Response>\n<Say>\n</Response>' },
    ]);
    expect(result).toEqual({
      ok: false,
      error: {
        message: expect.stringContaining('does not close <Say>'),
        line: 3,
        column: 1,
        fileName: 'flows/broken.xml',
      },
    });
  });

  it('refuses two files with the same name, and no files at all', () => {
    const twice = parseRcmlFiles([
      { name: 'a/main.xml', text: '<Response/>' },
      { name: 'b/main.xml', text: '<Response/>' },
    ]);
    expect(!twice.ok && twice.error.message).toMatch(/^Two of the files are named main\.xml/);
    const none = parseRcmlFiles([]);
    expect(!none.ok && none.error.message).toBe('There is no document to import.');
  });

  it('puts the file name in warnings', () => {
    const { warnings } = importedFiles([{ name: 'main.xml', text: '<Response><SMS/></Response>' }]);
    expect(warnings[0]).toMatchObject({ fileName: 'main.xml', line: 1, column: 11 });
  });
});
