/** Unzipping within limits counted on the bytes produced, whatever the zip claims. */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_VERBS } from '../../model/limits';
import { MAX_DOCUMENT_SIZE, MAX_IMPORT_DOCUMENTS, MAX_TOTAL_SIZE } from '../../xml/parse/limits';
import { asZip64, bomb, sharingOneStream, zipOf } from '../../test/hostileZips';
import { unzipDocuments, type UnzipResult } from './unzip';

/** What one 4 KB slice of deflate data can unpack to, at most, past a limit. */
const ONE_SLICE_AT_MOST = 4 * 1024 * 1032 + 32 * 1024;

/** 163 KB that unpack to 64 MB, claiming to unpack to nothing. */
const BOMB = bomb(64);

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function refusal(result: UnzipResult) {
  if (result.ok) throw new Error('Expected the zip to be refused');
  return result;
}

describe('unzipDocuments', () => {
  it('unpacks the XML documents of an honest zip, in name order', () => {
    const zip = zipOf({
      'flows/voicemail.xml': '<Response><Record/></Response>',
      'flows/main.xml': '<Response><Say>Hi</Say></Response>',
      'README.txt': 'not a document',
      '__MACOSX/flows/._main.xml': 'resource fork',
    });
    const result = unzipDocuments('flows.zip', zip);
    if (!result.ok) throw new Error(result.message);
    expect(result.entries.map((e) => [e.name, text(e.bytes)])).toEqual([
      ['flows/main.xml', '<Response><Say>Hi</Say></Response>'],
      ['flows/voicemail.xml', '<Response><Record/></Response>'],
    ]);
  });

  it('reads a ZIP64 zip', () => {
    const document = `<Response>${'<Say>Hello</Say>'.repeat(100)}</Response>`;
    const result = unzipDocuments('wide.zip', asZip64(zipOf({ 'main.xml': document })));
    if (!result.ok) throw new Error(result.message);
    expect(result.entries.map((e) => [e.name, text(e.bytes)])).toEqual([['main.xml', document]]);
  });

  it('refuses an entry that claims to be empty but unpacks to 64 MB, stopping near the limit', () => {
    expect(BOMB.length).toBeLessThan(1024 * 1024);
    const refused = refusal(unzipDocuments('bomb.zip', BOMB));
    expect(refused.message).toBe(
      'In “bomb.zip”, “d000.xml” unpacks to more than 5.0 MB, the most one document can be.',
    );
    // Counted for real: past the limit, by no more than one slice's worth.
    expect(refused.inflated).toBeGreaterThan(MAX_DOCUMENT_SIZE);
    expect(refused.inflated).toBeLessThanOrEqual(MAX_DOCUMENT_SIZE + ONE_SLICE_AT_MOST);
  });

  it('refuses 200 "empty" entries sharing one 64 MB stream at the first of them', () => {
    const zip = sharingOneStream(BOMB, 200);
    const refused = refusal(unzipDocuments('shared.zip', zip));
    expect(refused.message).toMatch(/^In “shared\.zip”, “d000\.xml” unpacks to more/);
    expect(refused.inflated).toBeLessThanOrEqual(MAX_DOCUMENT_SIZE + ONE_SLICE_AT_MOST);
  });

  it('counts the total: 200 entries sharing one 4 MB stream stop after about 20 MB, not 800', () => {
    const zip = sharingOneStream(bomb(4), 200);
    const refused = refusal(unzipDocuments('shared.zip', zip));
    expect(refused.message).toBe(
      'The documents in “shared.zip” unpack to more than 20.0 MB, the most RCML Studio imports at a time.',
    );
    expect(refused.inflated).toBeGreaterThan(MAX_TOTAL_SIZE);
    expect(refused.inflated).toBeLessThanOrEqual(MAX_TOTAL_SIZE + ONE_SLICE_AT_MOST);
  });

  it('refuses a zip of more documents than the limit before unpacking any', () => {
    const over = MAX_IMPORT_DOCUMENTS + 1;
    const files = Object.fromEntries(
      Array.from({ length: over }, (_, i) => [`d${i}.xml`, '<Response/>']),
    );
    const refused = refusal(unzipDocuments('many.zip', zipOf(files)));
    expect(refused.message).toBe(
      `“many.zip” holds ${over} documents; RCML Studio imports at most ${MAX_IMPORT_DOCUMENTS} at a time.`,
    );
    expect(refused.inflated).toBe(0);
  });

  it('takes as many documents as the largest flow RCML Studio opens has verbs', () => {
    const files = Object.fromEntries(
      Array.from({ length: MAX_VERBS }, (_, i) => [`d${i}.xml`, '<Response><Hangup/></Response>']),
    );
    const result = unzipDocuments('flow.zip', zipOf(files));
    expect(result.ok && result.entries).toHaveLength(MAX_VERBS);
  });

  it('applies the limits to stored (uncompressed) entries too', () => {
    const zip = zipOf({ 'a.xml': 'x'.repeat(10) });
    const limits = { documents: 10, documentBytes: 5, totalBytes: 100 };
    // fflate stores tiny files uncompressed: the method is "stored".
    expect(unzipSync(zip)['a.xml']).toHaveLength(10);
    expect(refusal(unzipDocuments('s.zip', zip, limits)).message).toMatch(/“a\.xml” unpacks/);
  });

  it('calls a truncated or garbled zip damaged', () => {
    const zip = zipOf({ 'main.xml': '<Response><Say>Hello there</Say></Response>' });
    for (const broken of [zip.subarray(0, zip.length - 30), zip.map((b, i) => (i < 60 ? b : 0))]) {
      expect(refusal(unzipDocuments('broken.zip', broken)).message).toBe(
        '“broken.zip” is damaged and cannot be read.',
      );
    }
  });
});
