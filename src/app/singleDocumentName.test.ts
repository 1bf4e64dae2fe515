import { describe, expect, it } from 'vitest';
import type { Flow } from '../schema/flow';
import { createAppStore } from '../store/createAppStore';
import { selectDocuments } from '../store/selectors';
import { buildFlow, link, redirect, say } from '../test/builders';
import { singleDocumentName, whereItGoes } from './downloadFlow';

function onlyDocument(flow: Flow) {
  const documents = selectDocuments(createAppStore(flow).getState());
  expect(documents).toHaveLength(1);
  return documents[0]!;
}

describe('the file name of a flow of one document', () => {
  it('is the flow’s name', () => {
    const document = onlyDocument(buildFlow('rcml', say('Hello')).flow);
    expect(singleDocumentName('Front desk', document)).toBe('front-desk.xml');
  });

  it('stays the document’s own name when the document points at itself', () => {
    const built = buildFlow('rcml', say('Hello'), redirect);
    const flow = link(built.flow, built.ids[1]!, 'action', built.ids[0]!);
    const document = onlyDocument(flow);
    expect(document.xml).toContain(`<Redirect>${document.fileName}</Redirect>`);
    expect(singleDocumentName('Front desk', document)).toBe(document.fileName);
  });
});

describe('where a downloaded document goes', () => {
  it('names the setting of the flow’s own platform', () => {
    expect(whereItGoes({ dialect: 'rcml', baseUrl: '' }, 'front-desk.xml', 'it')).toBe(
      'Put it on a web server your platform can reach, then paste the address of front-desk.xml as the phone number’s Voice URL (“Voice Request URL”), under Numbers in Restcomm.',
    );
    expect(whereItGoes({ dialect: 'voiceml', baseUrl: '' }, 'main.xml', 'them')).toContain(
      'Put the files on a web server your platform can reach, then paste the address of main.xml as the phone number’s VoiceML URL, in its voice settings in the Enfonica Console.',
    );
    expect(whereItGoes({ dialect: 'flexml', baseUrl: '' }, 'main.xml', 'them')).toContain(
      'FlexML URL',
    );
  });

  it('says the address in full under the flow’s Base URL', () => {
    expect(
      whereItGoes({ dialect: 'rcml', baseUrl: 'https://example.com/ivr' }, 'front-desk.xml', 'it'),
    ).toMatch(
      /^Put it at https:\/\/example\.com\/ivr, then paste https:\/\/example\.com\/ivr\/front-desk\.xml as /,
    );
  });
});
