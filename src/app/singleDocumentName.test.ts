import { describe, expect, it } from 'vitest';
import type { Flow } from '../model/types';
import { createAppStore } from '../store/createAppStore';
import { selectDocuments } from '../store/selectors';
import { buildFlow, link, redirect, say } from '../test/builders';
import { singleDocumentName } from './useExport';

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
